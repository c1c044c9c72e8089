import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type ProgramRecord, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import type { ListProgramsCommand } from './list-programs.command.js';

/** A school's programs (专业布点), newest year first. Programs are public supply information: any signed-in user may read them. */
@Injectable()
export class ListProgramsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
  ) {}

  async execute(command: ListProgramsCommand): Promise<{ items: ProgramRecord[] }> {
    if (!(await this.repository.organizations(this.dataSource.manager, [command.organizationId])).size)
      throw supplyDemandError('ORGANIZATION_UNKNOWN', 'organizationId');
    return { items: await this.repository.programs(this.dataSource.manager, command.organizationId) };
  }
}
