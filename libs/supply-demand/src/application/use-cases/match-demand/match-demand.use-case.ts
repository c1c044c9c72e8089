import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxPublisher } from '#platform';
import { DemandMatched, type DemandMatchedV1 } from '../../../contracts/index.js';
import { type MatchScore, rankSuppliers } from '../../../domain/supply-demand.js';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import type { MatchDemandCommand } from './match-demand.command.js';

/**
 * Ranks the candidate suppliers of a published demand (schools and institutes serving one of its
 * clusters or running one of its programs) by the explainable score, keeps the best, and pushes
 * the demand to each of them: a `matched` event per supplier (change feed and webhooks, with the
 * demand's districts and the supplier's) and a row in its "for you" list. Runs in the caller's
 * transaction; a rerun replaces the matches and pushes nothing twice (the job runs once per event).
 */
@Injectable()
export class MatchDemandUseCase {
  constructor(
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
  ) {}

  async executeIn(m: EntityManager, command: MatchDemandCommand): Promise<MatchScore[]> {
    const d = await this.repository.demand(m, command.demandId);
    if (!d || !['PUBLISHED', 'IN_DOCKING'].includes(d.status)) return [];
    const candidates = await this.repository.candidates(m, d.clusterCodes, d.programCodes, d.publisherOrganizationId);
    const ranked = rankSuppliers(d, candidates);
    await this.repository.replaceMatches(
      m,
      d.id,
      ranked.map((x, i) => ({ organizationId: x.organizationId, score: x.score, rank: i + 1, reasons: x.reasons })),
    );
    const byId = new Map(candidates.map((c) => [c.organizationId, c]));
    await this.outbox.publish(
      m,
      ranked.map((x, i) => {
        const supplier = byId.get(x.organizationId)!;
        const payload: DemandMatchedV1 = {
          v: 1,
          demandId: d.id,
          title: d.title,
          kind: d.kind,
          organizationId: x.organizationId,
          organizationName: supplier.organizationName,
          score: x.score,
          rank: i + 1,
          reasons: x.reasons.map((r) => ({ factor: r.factor, points: r.points, text: r.text })),
        };
        return DemandMatched.of(d.id, payload, [...d.districtCodes, supplier.districtCode]);
      }),
    );
    return ranked;
  }
}
