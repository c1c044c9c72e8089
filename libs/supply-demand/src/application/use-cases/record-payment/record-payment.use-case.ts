import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorRef, AuditRecorder, type CommandScope, OutboxPublisher } from '#platform';
import { type PaymentChangedV1, PaymentCorrected, PaymentRecorded } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type OutcomeRecord, type PaymentRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { type DemandView, demandView, ownDemand } from '../../supply-demand.support.js';
import type { RecordPaymentCommand } from './record-payment.command.js';

/** The outcome and its demand, for its publisher: 404 for whoever cannot see the demand. */
export async function ownOutcome(
  m: EntityManager,
  repository: SupplyDemandRepository,
  scope: CommandScope,
  outcomeId: string,
): Promise<{ outcome: OutcomeRecord; demand: DemandView }> {
  const [outcome] = await repository.outcomes(m, { id: outcomeId });
  if (!outcome) throw supplyDemandError('OUTCOME_NOT_FOUND', 'outcomeId');
  const demand = await ownDemand(m, repository, scope, outcome.demandId).catch((e: unknown) => {
    if (e instanceof Error && 'code' in e && e.code === 'DEMAND_NOT_FOUND') throw supplyDemandError('OUTCOME_NOT_FOUND', 'outcomeId');
    throw e;
  });
  return { outcome, demand: demandView(demand) };
}

export async function publishPayment(
  m: EntityManager,
  outbox: OutboxPublisher,
  audit: AuditRecorder,
  actor: Actor,
  p: PaymentRecord,
  demand: DemandView,
  before: PaymentRecord | null,
): Promise<void> {
  const payload: PaymentChangedV1 = {
    v: 1,
    id: p.id,
    outcomeId: p.outcomeId,
    demandId: demand.id,
    amount: p.amount,
    receivedOn: p.receivedOn,
    correctionReason: p.correctionReason,
  };
  await outbox.publish(m, (before ? PaymentCorrected : PaymentRecorded).of(demand.id, payload, demand.districtCodes));
  await audit.record(m, {
    action: before ? 'supply-demand.payment.correct' : 'supply-demand.payment.record',
    entityType: 'sd-payment',
    entityId: p.id,
    before,
    after: p,
    actor,
  });
}

/** The publisher records a payment received on a technical-service contract. */
@Injectable()
export class RecordPaymentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: RecordPaymentCommand): Promise<PaymentRecord> {
    return this.dataSource.transaction(async (m) => {
      const { outcome, demand } = await ownOutcome(m, this.repository, command.scope, command.outcomeId);
      if (outcome.kind !== 'SERVICE_CONTRACT') throw supplyDemandError('NOT_A_SERVICE_CONTRACT', 'outcomeId', outcome.kind);
      const id = await this.repository.insertPayment(m, { outcomeId: outcome.id, ...command.payment }, actorRef(command.actor));
      const [p] = await this.repository.payments(m, { id });
      await publishPayment(m, this.outbox, this.audit, command.actor, p, demand, null);
      return p;
    });
  }
}
