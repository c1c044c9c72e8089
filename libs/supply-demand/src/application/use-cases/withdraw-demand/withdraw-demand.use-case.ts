import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { DemandWithdrawn } from '../../../contracts/index.js';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertAllows, demandPayload, type DemandView, demandView, ownDemand } from '../../supply-demand.support.js';
import type { WithdrawDemandCommand } from './withdraw-demand.command.js';

/** The publisher withdraws a demand (draft, published or in docking) with its reason; recorded outcomes stay. */
@Injectable()
export class WithdrawDemandUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: WithdrawDemandCommand): Promise<DemandView> {
    return this.dataSource.transaction(async (m) => {
      const d = await ownDemand(m, this.repository, command.scope, command.demandId);
      assertAllows('withdraw', d);
      await this.repository.setDemandStatus(m, d.id, 'WITHDRAWN', { closedAt: new Date(), closeReason: command.reason });
      const after = (await this.repository.demand(m, d.id))!;
      await this.outbox.publish(m, DemandWithdrawn.of(d.id, demandPayload(after), after.districtCodes));
      await this.audit.record(m, {
        action: 'supply-demand.demand.withdraw',
        entityType: 'sd-demand',
        entityId: d.id,
        before: { status: d.status },
        after: { status: after.status, reason: command.reason },
        actor: command.actor,
      });
      return demandView(after);
    });
  }
}
