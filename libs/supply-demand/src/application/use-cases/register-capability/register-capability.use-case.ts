import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder } from '#platform';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type CapabilityRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertActsFor } from '../../supply-demand.support.js';
import type { RegisterCapabilityCommand } from './register-capability.command.js';

@Injectable()
export class RegisterCapabilityUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: RegisterCapabilityCommand): Promise<CapabilityRecord> {
    assertActsFor(command.scope, command.organizationId);
    return this.dataSource.transaction(async (m) => {
      const org = (await this.repository.organizations(m, [command.organizationId])).get(command.organizationId);
      if (!org) throw supplyDemandError('ORGANIZATION_UNKNOWN', 'organizationId');
      if (!['SCHOOL', 'RESEARCH_INSTITUTE'].includes(org.type)) throw supplyDemandError('NOT_A_SUPPLIER', 'organizationId', org.name);
      const unknown = await this.repository.unknownClusters(m, command.capability.clusterCodes);
      if (unknown.length) throw supplyDemandError('UNKNOWN_CLUSTER', 'clusterCodes', unknown.join('、'));
      const record = { organizationId: org.id, ...command.capability, districtCode: org.districtCode };
      const id = await this.repository.insertCapability(m, record);
      if (!id) throw supplyDemandError('CAPABILITY_EXISTS', 'name', command.capability.name);
      await this.audit.record(m, {
        action: 'supply-demand.capability.register',
        entityType: 'sd-capability',
        entityId: id,
        before: null,
        after: record,
        actor: command.actor,
      });
      return { id, ...record };
    });
  }
}
