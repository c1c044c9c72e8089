import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SupplyDemandFigures } from '#ledger';
import { DISTRICTS } from '#registry';
import { figuresOf } from '../../domain/figures.js';
import { SupplyDemandRepository } from '../../persistence/supply-demand.repository.js';

/**
 * 供需对接's component of the district scorecard (区县履职评价, the ledger's port): for each district
 * with demands published in the year up to the day, the mean of its response rate (share of demands
 * answered) and its fulfilment rate (share fulfilled), both 0–100 and computed by the same function
 * as the figures route. A district without demands in the period has no figure, and the scorecard
 * shares the component's weight out over its other components (libs/ledger, "District scorecard").
 */
@Injectable()
export class SupplyDemandScorecardFigures implements SupplyDemandFigures {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
  ) {}

  async scoresByDistrict(year: number, asOf: string): Promise<ReadonlyMap<string, number>> {
    const from = `${year}-01-01`;
    const yearEnd = `${year}-12-31`;
    const to = asOf < yearEnd ? asOf : yearEnd;
    const scores = new Map<string, number>();
    if (to < from) return scores;
    const m = this.dataSource.manager;
    for (const district of DISTRICTS) {
      const demands = await this.repository.demandFacts(m, { kind: 'DISTRICT', code: district.code }, from, to);
      if (demands.length === 0) continue;
      const f = figuresOf(demands, [], [], []);
      const rates = [f.responseRate, f.fulfilmentRate].filter((r): r is number => r !== null);
      if (rates.length > 0) scores.set(district.code, rates.reduce((s, r) => s + r, 0) / rates.length);
    }
    return scores;
  }
}
