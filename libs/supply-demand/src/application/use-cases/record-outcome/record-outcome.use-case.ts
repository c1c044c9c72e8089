import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { actorRef, AuditRecorder, OutboxPublisher } from '#platform';
import { ParticipationRecorder, quarterOfDate } from '#registry';
import { OutcomeRecorded, type OutcomeRecordedV1 } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type OutcomeRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertAllows, ownDemand } from '../../supply-demand.support.js';
import type { RecordOutcomeCommand } from './record-outcome.command.js';

/** Which fields each kind of outcome needs. */
const NEEDS = { ORDER_CLASS: 'students', PLACEMENT: 'students', TRAINING: 'students', SERVICE_CONTRACT: 'amount' } as const;

/**
 * The publisher records an outcome with a shortlisted response (the demand in docking, or
 * fulfilled already). The supplier's participation in its consortia that quarter is recorded too.
 */
@Injectable()
export class RecordOutcomeUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly participation: ParticipationRecorder,
  ) {}

  execute(command: RecordOutcomeCommand): Promise<OutcomeRecord> {
    const o = command.outcome;
    const need = NEEDS[o.kind];
    if (o[need] === null || o[need] === undefined) throw supplyDemandError('OUTCOME_FIELDS', need, `${o.kind} 须填写 ${need}`);
    return this.dataSource.transaction(async (m) => {
      const d = await ownDemand(m, this.repository, command.scope, command.demandId);
      assertAllows('outcome', d);
      const [response] = await this.repository.responses(m, d.id, o.responseId);
      if (!response) throw supplyDemandError('RESPONSE_NOT_FOUND', 'responseId');
      if (response.status !== 'SHORTLISTED') throw supplyDemandError('DEMAND_STATUS', 'responseId', '应答尚未入围');
      const record = {
        demandId: d.id,
        responseId: response.id,
        organizationId: response.organizationId,
        kind: o.kind,
        name: o.name,
        students: o.students ?? null,
        amount: o.amount ?? null,
        occurredOn: o.occurredOn,
      };
      const id = await this.repository.insertOutcome(m, record, actorRef(command.actor));
      const consortia = await this.repository.consortiaOf(m, response.organizationId, o.occurredOn);
      await this.participation.record(
        m,
        consortia.map((consortiumId) => ({
          consortiumId,
          organizationId: response.organizationId,
          quarter: quarterOfDate(o.occurredOn),
          source: 'DEMAND_RESPONSE' as const,
          ref: `sd-outcome:${id}`,
        })),
        actorRef(command.actor),
        () => 'responseId',
      );
      const org = (await this.repository.organizations(m, [response.organizationId])).get(response.organizationId)!;
      const payload: OutcomeRecordedV1 = { v: 1, id, ...record };
      await this.outbox.publish(m, OutcomeRecorded.of(d.id, payload, [...d.districtCodes, org.districtCode]));
      await this.audit.record(m, {
        action: 'supply-demand.outcome.record',
        entityType: 'sd-outcome',
        entityId: id,
        before: null,
        after: record,
        actor: command.actor,
      });
      return (await this.repository.outcomes(m, { id }))[0];
    });
  }
}
