import { createHash } from 'node:crypto';
import { AnnualScored } from '../contracts/index.js';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '#registry';
import { ANNUAL_DEFAULTS, type AnnualMember, type QuarterStatus, scoreYear } from '../domain/annual.js';
import { LEVELS } from '../domain/scheme.js';
import { scoringJobHasWork } from '../domain/scoring-lifecycle.js';
import { AnnualCompetitionEntity, type AnnualQuarterRow, AnnualResultEntity, AnnualScoringEntity } from '../persistence/annual.entities.js';
import { yearEnd } from './annual-competition.use-cases.js';
import { ScoringRevisions } from './scoring-revisions.js';

type AnnualRow = Omit<AnnualResultEntity, 'year' | 'revision'>;

/**
 * Scores one revision of a year's annual competition (年度公平比拼), in the job's transaction
 * (`manager`). Every consortium on the official list on 31 December (read in the same
 * transaction) takes part in the group of its level on that day; each quarter contributes its
 * total in the published round revision fixed at the request (a quarter where the consortium was
 * NOT_SUBMITTED, or has no result, counts 0); `scoreYear` gives the annual total, rank and grade.
 * The results, the digest, the year's move to SCORED, its event and one audit row are written in
 * the same transaction; a retried job computes them again from the same immutable round results.
 */
@Injectable()
export class ScoreYearUseCase {
  constructor(
    private readonly consortia: ConsortiumLookup,
    private readonly revisions: ScoringRevisions,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(manager: EntityManager, year: number, revision: number): Promise<void> {
    const competition = await manager.findOne(AnnualCompetitionEntity, { where: { year }, lock: { mode: 'pessimistic_write' } });
    const scoring = await manager.findOne(AnnualScoringEntity, { where: { year, revision } });
    if (!competition || !scoring || !scoringJobHasWork(competition, scoring, revision)) return;
    await this.revisions.progress('year', year, revision, 'loading', 0);
    const listed = await this.consortia.listedOn(yearEnd(year), manager);
    const quarterResults = await Promise.all(
      scoring.sources.map(async (s) => {
        const rows: { consortium_id: string; status: string; total: number }[] = await manager.query(
          `SELECT consortium_id, status, total FROM round_result WHERE round_id = $1 AND revision = $2`,
          [s.roundId, s.revision],
        );
        return new Map(rows.map((r) => [r.consortium_id, r]));
      }),
    );
    await this.revisions.progress('year', year, revision, 'loaded', 10);

    const results: AnnualRow[] = [];
    for (const level of LEVELS) {
      const group = listed.filter((c) => c.level === level);
      if (group.length === 0) continue;
      const quarters = new Map<string, AnnualQuarterRow[]>();
      const members: AnnualMember[] = group.map((c) => {
        const own = scoring.sources.map((s, k): AnnualQuarterRow => {
          const r = quarterResults[k].get(c.id);
          const status: QuarterStatus = !r ? 'ABSENT' : r.status === 'SCORED' ? 'SCORED' : 'NOT_SUBMITTED';
          return { quarter: s.quarter, roundId: s.roundId, revision: s.revision, status, total: r ? r.total : null, counted: 0 };
        });
        quarters.set(c.id, own);
        return { consortiumId: c.id, quarters: own.map((q) => ({ status: q.status, total: q.total ?? 0 })), annualScore: null };
      });
      for (const r of scoreYear(members, ANNUAL_DEFAULTS)) {
        const own = quarters.get(r.consortiumId)!.map((q, k) => ({ ...q, counted: r.counted[k] }));
        results.push({
          consortiumId: r.consortiumId,
          level,
          quarters: own,
          notSubmitted: r.notSubmitted,
          annualTotal: r.annualTotal,
          rank: r.rank,
          grade: r.grade,
        });
      }
    }

    if (results.length > 0)
      await manager.insert(
        AnnualResultEntity,
        results.map((row) => ({ year, revision, ...row })),
      );
    const digest = annualDigest(year, results);
    await this.revisions.complete(manager, 'year', year, revision, digest);
    await this.outbox.publish(manager, AnnualScored.of(String(year), { year, revision, digest }));
    await this.audit.record(manager, {
      action: AnnualScored.name,
      entityType: 'annual-competition',
      entityId: String(year),
      before: { status: 'SCORING', revision },
      after: { status: 'SCORED', revision, digest, consortia: results.length },
      actor: { type: 'system', id: `annual-competition:${year}:${revision}`, name: 'annual competition' },
    });
  }
}

/**
 * SHA-256 over the year and its results in consortium order (quarter sources and totals included,
 * totals to 6 decimals): the same round results give the same digest.
 */
export function annualDigest(year: number, rows: AnnualRow[]): string {
  const round6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
  const canonical = [...rows]
    .sort((a, b) => a.consortiumId.localeCompare(b.consortiumId))
    .map((r) => [
      r.consortiumId,
      r.level,
      r.quarters.map((q) => [q.quarter, q.roundId, q.revision, q.status, round6(q.total), round6(q.counted)]),
      r.notSubmitted,
      round6(r.annualTotal),
      r.rank,
      r.grade,
    ]);
  return createHash('sha256')
    .update(JSON.stringify([year, canonical]))
    .digest('hex');
}
