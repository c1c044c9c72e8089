import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import { type DemandView, demandView, shanghaiToday } from '../../supply-demand.support.js';
import type { ListRecommendationsCommand } from './list-recommendations.command.js';

export interface Recommendation {
  demand: DemandView;
  score: number;
  rank: number;
  reasons: unknown[];
  matchedAt: Date;
}

/** The open demands the matching pushed to an organization, best score first, each with why. */
@Injectable()
export class ListRecommendationsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
  ) {}

  async execute(command: ListRecommendationsCommand): Promise<{ organizationId: string; organizationName: string; items: Recommendation[] }> {
    const m = this.dataSource.manager;
    const org = (await this.repository.organizations(m, [command.organizationId])).get(command.organizationId);
    if (!org) throw supplyDemandError('ORGANIZATION_UNKNOWN', 'organizationId');
    const today = shanghaiToday();
    const rows = await this.repository.forOrganization(m, org.id, today, command.limit);
    return { organizationId: org.id, organizationName: org.name, items: rows.map((r) => ({ ...r, demand: demandView(r.demand, today) })) };
  }
}
