import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorRef, AuditRecorder, OutboxPublisher } from '#platform';
import { ParticipationRecorder, quarterOfDate } from '#registry';
import { type ResponseChangedV1, ResponseSubmitted } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type ResponseRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertActsFor, assertAllows, shanghaiToday, visibleDemand } from '../../supply-demand.support.js';
import type { RespondToDemandCommand } from './respond-to-demand.command.js';

/**
 * A supplier's staff (or the city) answers an open demand it can see, once per organization. The
 * response is a participation fact (DEMAND_RESPONSE) of the supplier in each consortium it belongs
 * to that day — the facts the adjustment rules read — committed with it.
 */
@Injectable()
export class RespondToDemandUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly participation: ParticipationRecorder,
  ) {}

  execute(command: RespondToDemandCommand): Promise<ResponseRecord> {
    assertActsFor(command.scope, command.organizationId);
    return this.dataSource.transaction(async (m) => {
      const d = await visibleDemand(m, this.repository, command.scope, command.demandId, { lock: true });
      assertAllows('respond', d);
      if (d.publisherOrganizationId === command.organizationId) throw supplyDemandError('OWN_DEMAND', 'organizationId');
      const org = (await this.repository.organizations(m, [command.organizationId])).get(command.organizationId);
      if (!org) throw supplyDemandError('ORGANIZATION_NOT_FOUND', 'organizationId');
      if (!['SCHOOL', 'RESEARCH_INSTITUTE'].includes(org.type)) throw supplyDemandError('NOT_A_SUPPLIER', 'organizationId', org.name);
      const own = new Set((await this.repository.programs(m, org.id)).map((p) => p.id));
      command.programIds.forEach((id, i) => {
        if (!own.has(id)) throw supplyDemandError('ORGANIZATION_NOT_FOUND', `programIds[${i}]`, '不是该单位的专业布点');
      });
      const id = await this.repository.insertResponse(
        m,
        { demandId: d.id, organizationId: org.id, message: command.message, programIds: command.programIds },
        actorRef(command.actor),
      );
      if (!id) throw supplyDemandError('ALREADY_RESPONDED', 'organizationId', org.name);
      const today = shanghaiToday();
      const consortia = await this.repository.consortiaOf(m, org.id, today);
      await this.participation.record(
        m,
        consortia.map((consortiumId) => ({
          consortiumId,
          organizationId: org.id,
          quarter: quarterOfDate(today),
          source: 'DEMAND_RESPONSE' as const,
          ref: `sd-response:${id}`,
        })),
        actorRef(command.actor),
        () => 'organizationId',
      );
      const payload: ResponseChangedV1 = { v: 1, id, demandId: d.id, organizationId: org.id, status: 'SUBMITTED' };
      await this.outbox.publish(m, ResponseSubmitted.of(d.id, payload, [...d.districtCodes, org.districtCode]));
      await this.audit.record(m, {
        action: 'supply-demand.response.submit',
        entityType: 'sd-response',
        entityId: id,
        before: null,
        after: { demandId: d.id, organizationId: org.id, message: command.message, programIds: command.programIds },
        actor: command.actor,
      });
      return (await this.repository.responses(m, d.id, id))[0];
    });
  }
}
