import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { DemandPublished } from '../../../contracts/index.js';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertAllows, demandPayload, type DemandView, demandView, ownDemand } from '../../supply-demand.support.js';
import type { PublishDemandCommand } from './publish-demand.command.js';

/**
 * DRAFT → PUBLISHED. The `published` event commits with the change; the matching job (精准推送)
 * runs on it in the worker, so suppliers are pushed only once the publication has committed.
 */
@Injectable()
export class PublishDemandUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  execute(command: PublishDemandCommand): Promise<DemandView> {
    return this.dataSource.transaction((m) => this.publishIn(m, command));
  }

  async publishIn(m: EntityManager, command: PublishDemandCommand, publishedAt = new Date()): Promise<DemandView> {
    const d = await ownDemand(m, this.repository, command.scope, command.demandId);
    assertAllows('publish', d);
    await this.repository.setDemandStatus(m, d.id, 'PUBLISHED', { publishedAt });
    const after = (await this.repository.demand(m, d.id))!;
    await this.outbox.publish(m, DemandPublished.of(d.id, demandPayload(after), after.districtCodes));
    await this.audit.record(m, {
      action: 'supply-demand.demand.publish',
      entityType: 'sd-demand',
      entityId: d.id,
      before: { status: d.status },
      after: { status: after.status },
      actor: command.actor,
    });
    return demandView(after);
  }
}
