import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { ProgramRegistered, type ProgramRegisteredV1 } from '../../../contracts/index.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { PROGRAM_CODE } from '../../../domain/supply-demand.js';
import { type ProgramRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { assertActsFor } from '../../supply-demand.support.js';
import type { ProgramInput, RegisterProgramCommand } from './register-program.command.js';

/** Registers a program (专业布点) of a school: its staff or the city; the school must be a supplier (school or institute). */
@Injectable()
export class RegisterProgramUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: RegisterProgramCommand): Promise<ProgramRecord> {
    assertActsFor(command.scope, command.organizationId);
    return this.dataSource.transaction(async (m) => {
      const id = await this.registerIn(m, command.organizationId, command.program, 'program');
      await this.audit.record(m, {
        action: 'supply-demand.program.register',
        entityType: 'sd-program',
        entityId: id,
        before: null,
        after: { organizationId: command.organizationId, ...command.program },
        actor: command.actor,
      });
      return (await this.repository.programs(m, command.organizationId)).find((p) => p.id === id)!;
    });
  }

  /** Checks and inserts one program in the caller's transaction (the XLSX import goes through here too); `field` prefixes the field names of problems. */
  async registerIn(m: EntityManager, organizationId: string, p: ProgramInput, field: string): Promise<string> {
    const org = (await this.repository.organizations(m, [organizationId])).get(organizationId);
    if (!org) throw supplyDemandError('ORGANIZATION_UNKNOWN', 'organizationId');
    if (!['SCHOOL', 'RESEARCH_INSTITUTE'].includes(org.type)) throw supplyDemandError('NOT_A_SUPPLIER', 'organizationId', org.name);
    if (!PROGRAM_CODE.test(p.code)) throw supplyDemandError('PROGRAM_CODE', `${field}.code`, p.code);
    const unknown = await this.repository.unknownClusters(m, p.clusterCodes);
    if (unknown.length) throw supplyDemandError('UNKNOWN_CLUSTER', `${field}.clusterCodes`, unknown.join('、'));
    const id = await this.repository.insertProgram(m, { organizationId, ...p, districtCode: org.districtCode });
    if (!id) throw supplyDemandError('PROGRAM_EXISTS', `${field}.code`, `${p.code} ${p.name}（${p.year}）`);
    const payload: ProgramRegisteredV1 = { v: 1, id, organizationId, code: p.code, name: p.name, level: p.level, year: p.year };
    await this.outbox.publish(m, ProgramRegistered.of(id, payload, [org.districtCode]));
    return id;
  }
}
