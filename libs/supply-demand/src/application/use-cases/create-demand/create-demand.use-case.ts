import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { actorRef, AuditRecorder, OutboxPublisher } from '#platform';
import { districtByCode } from '#registry';
import { DemandCreated } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { DEMAND_KINDS, PROGRAM_CODE } from '../../../domain/supply-demand.js';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { demandPayload, type DemandView, demandView, publishes } from '../../supply-demand.support.js';
import type { CreateDemandCommand } from './create-demand.command.js';

const DETAIL_FIELDS = { TALENT: 'talent', PROGRAM: 'program', TECHNOLOGY: 'technology', OVERSEAS: 'overseas' } as const;

/**
 * Drafts a demand for a publisher the caller acts for (its organization, its consortium or
 * community, or any for the city). The details of its kind — and only those — are required; the
 * clusters must be in the dictionary, the districts known.
 */
@Injectable()
export class CreateDemandUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: CreateDemandCommand): Promise<DemandView> {
    return this.dataSource.transaction((m) => this.createIn(m, command));
  }

  /** The same in the caller's transaction (the demo data drafts its demands this way). */
  async createIn(m: EntityManager, command: CreateDemandCommand): Promise<DemandView> {
    const d = command.demand;
    const publisher = { publisherOrganizationId: d.publisherOrganizationId ?? null, publisherConsortiumId: d.publisherConsortiumId ?? null };
    if (!publisher.publisherOrganizationId && !publisher.publisherConsortiumId) throw supplyDemandError('PUBLISHER_REQUIRED', 'publisherOrganizationId');
    if (!publishes(command.scope, publisher))
      throw supplyDemandError('PUBLISHER_NOT_YOURS', publisher.publisherOrganizationId ? 'publisherOrganizationId' : 'publisherConsortiumId');
    const wanted = DETAIL_FIELDS[d.kind];
    for (const kind of DEMAND_KINDS) {
      const field = DETAIL_FIELDS[kind];
      if (kind === d.kind && !d[field]) throw supplyDemandError('DETAILS_MISMATCH', field, `${d.kind} 需求须填写 ${field}`);
      if (kind !== d.kind && d[field]) throw supplyDemandError('DETAILS_MISMATCH', field, `${d.kind} 需求不填写 ${field}`);
    }
    if (d.visibility === 'MEMBERS' && !publisher.publisherConsortiumId) throw supplyDemandError('MEMBERS_ONLY_NEEDS_CONSORTIUM', 'visibility');
    if (d.validTo && d.validTo < d.validFrom) throw supplyDemandError('VALID_TO_BEFORE_FROM', 'validTo', `${d.validTo} < ${d.validFrom}`);
    d.districtCodes.forEach((code, i) => {
      if (!districtByCode(code)) throw supplyDemandError('UNKNOWN_DISTRICT', `districtCodes[${i}]`, code);
    });
    const programCodes = [...new Set([...(d.talent?.positions.flatMap((p) => p.majors) ?? []), ...(d.program ? [d.program.programCode] : [])])].sort();
    d.talent?.positions.forEach((p, i) =>
      p.majors.forEach((code, j) => {
        if (!PROGRAM_CODE.test(code)) throw supplyDemandError('PROGRAM_CODE', `talent.positions[${i}].majors[${j}]`, code);
      }),
    );
    if (d.program && !PROGRAM_CODE.test(d.program.programCode)) throw supplyDemandError('PROGRAM_CODE', 'program.programCode', d.program.programCode);
    {
      const unknown = await this.repository.unknownClusters(m, d.clusterCodes);
      if (unknown.length) throw supplyDemandError('UNKNOWN_CLUSTER', 'clusterCodes', unknown.join('、'));
      if (publisher.publisherOrganizationId && !(await this.repository.organizations(m, [publisher.publisherOrganizationId])).size) {
        throw supplyDemandError('ORGANIZATION_NOT_FOUND', 'publisherOrganizationId');
      }
      if (publisher.publisherConsortiumId && !(await this.repository.consortium(m, publisher.publisherConsortiumId)))
        throw supplyDemandError('CONSORTIUM_NOT_FOUND', 'publisherConsortiumId');
      const record = {
        kind: d.kind,
        title: d.title,
        description: d.description,
        ...publisher,
        clusterCodes: [...new Set(d.clusterCodes)].sort(),
        districtCodes: [...new Set(d.districtCodes)].sort(),
        programCodes,
        visibility: d.visibility,
        details: { ...d[wanted] } as Record<string, unknown>,
        validFrom: d.validFrom,
        validTo: d.validTo ?? null,
        demo: command.demo,
      };
      const id = await this.repository.insertDemand(m, record, actorRef(command.actor));
      const created = (await this.repository.demand(m, id))!;
      await this.outbox.publish(m, DemandCreated.of(id, demandPayload(created), created.districtCodes));
      await this.audit.record(m, {
        action: 'supply-demand.demand.create',
        entityType: 'sd-demand',
        entityId: id,
        before: null,
        after: record,
        actor: command.actor,
      });
      return demandView(created);
    }
  }
}
