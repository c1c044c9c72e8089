import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { DemandFulfilled } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertAllows, demandPayload, type DemandView, demandView, ownDemand } from '../../supply-demand.support.js';
import type { FulfilDemandCommand } from './fulfil-demand.command.js';

/** IN_DOCKING → FULFILLED: the publisher closes a demand once at least one outcome is recorded. */
@Injectable()
export class FulfilDemandUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: FulfilDemandCommand): Promise<DemandView> {
    return this.dataSource.transaction(async (m) => {
      const d = await ownDemand(m, this.repository, command.scope, command.demandId);
      assertAllows('fulfil', d);
      if (!(await this.repository.outcomes(m, { demandId: d.id })).length) throw supplyDemandError('DEMAND_STATUS', 'status', '尚无对接成果');
      await this.repository.setDemandStatus(m, d.id, 'FULFILLED', { closedAt: new Date() });
      const after = (await this.repository.demand(m, d.id))!;
      await this.outbox.publish(m, DemandFulfilled.of(d.id, demandPayload(after), after.districtCodes));
      await this.audit.record(m, {
        action: 'supply-demand.demand.fulfil',
        entityType: 'sd-demand',
        entityId: d.id,
        before: { status: d.status },
        after: { status: after.status },
        actor: command.actor,
      });
      return demandView(after);
    });
  }
}
