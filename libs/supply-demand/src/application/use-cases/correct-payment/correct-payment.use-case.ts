import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type PaymentRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { ownOutcome, publishPayment } from '../record-payment/record-payment.use-case.js';
import type { CorrectPaymentCommand } from './correct-payment.command.js';

/**
 * Corrects a payment. An answer sheet whose indicator takes 技术服务到款额 from the platform follows
 * the correction while its round is open (and takes it at the close); after that, the value stands.
 */
@Injectable()
export class CorrectPaymentUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: CorrectPaymentCommand): Promise<PaymentRecord> {
    return this.dataSource.transaction(async (m) => {
      const [before] = await this.repository.payments(m, { id: command.paymentId }, { lock: true });
      if (!before) throw supplyDemandError('PAYMENT_NOT_FOUND', 'paymentId');
      const { demand } = await ownOutcome(m, this.repository, command.scope, before.outcomeId).catch((e: unknown) => {
        if (e instanceof Error && 'code' in e && e.code === 'OUTCOME_NOT_FOUND') throw supplyDemandError('PAYMENT_NOT_FOUND', 'paymentId');
        throw e;
      });
      await this.repository.correctPayment(m, before.id, command.correction);
      const [after] = await this.repository.payments(m, { id: before.id });
      await publishPayment(m, this.outbox, this.audit, command.actor, after, demand, before);
      return after;
    });
  }
}
