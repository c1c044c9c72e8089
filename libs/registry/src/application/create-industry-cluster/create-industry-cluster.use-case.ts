import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, DomainError, OutboxPublisher, violatedConstraint } from '#platform';
import { IndustryClusterCreated } from '../../contracts/index.js';
import { type IndustryCluster, type IndustryClusterCategory } from '../../domain/industry-cluster.js';
import { IndustryClusterEntity, toIndustryCluster } from '../../persistence/industry-cluster.entity.js';

export interface CreateIndustryClusterCommand {
  code: string;
  name: string;
  category: IndustryClusterCategory;
}

/** Adds a cluster to the dictionary and records `registry.industry-cluster.created` with it. */
@Injectable()
export class CreateIndustryClusterUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: CreateIndustryClusterCommand): Promise<IndustryCluster> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const entity = await manager.save(manager.create(IndustryClusterEntity, { ...command }));
        const payload = { id: entity.id, code: entity.code, name: entity.name, category: entity.category };
        await this.outbox.publish(manager, IndustryClusterCreated.of(entity.id, payload));
        await this.audit.record(manager, {
          action: 'registry.industry-cluster.create',
          entityType: 'industry-cluster',
          entityId: entity.id,
          before: null,
          after: payload,
        });
        return toIndustryCluster(entity);
      });
    } catch (error) {
      const constraint = violatedConstraint(error);
      if (constraint?.startsWith('uq_industry_cluster_')) {
        const field = constraint === 'uq_industry_cluster_code' ? 'code' : 'name';
        throw new DomainError('CONFLICT', 'INDUSTRY_CLUSTER_EXISTS', `An industry cluster with this ${field} already exists`, [
          { field, code: 'DUPLICATE', message: `${field} "${command[field]}" is taken` },
        ]);
      }
      throw error;
    }
  }
}
