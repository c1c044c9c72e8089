import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import {
  type MatchRecord,
  type OutcomeRecord,
  type PaymentRecord,
  type ResponseRecord,
  SupplyDemandRepository,
} from '../../../persistence/supply-demand.repository.js';
import { type DemandView, demandView, publishes, visibleDemand } from '../../supply-demand.support.js';
import type { GetDemandCommand, GetOutcomeCommand } from './get-demand.command.js';

export interface DemandDetail extends DemandView {
  /** The publisher sees every response and the matches; a supplier its own response. */
  responses: ResponseRecord[];
  matches: MatchRecord[];
  outcomes: (OutcomeRecord & { payments: PaymentRecord[] })[];
}

/** One demand as the caller may see it (404 otherwise): responses, matches and outcomes by who the caller is. */
@Injectable()
export class GetDemandUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
  ) {}

  async execute(command: GetDemandCommand): Promise<DemandDetail> {
    const m = this.dataSource.manager;
    const d = await visibleDemand(m, this.repository, command.scope, command.demandId);
    const publisher = publishes(command.scope, d);
    const mine = (orgId: string) => publisher || command.scope.organizationIds.includes(orgId);
    const responses = (await this.repository.responses(m, d.id)).filter((r) => mine(r.organizationId));
    const outcomes = (await this.repository.outcomes(m, { demandId: d.id })).filter((o) => mine(o.organizationId));
    return {
      ...demandView(d),
      responses,
      matches: publisher ? await this.repository.matchesOfDemand(m, d.id) : [],
      outcomes: await Promise.all(outcomes.map(async (o) => ({ ...o, payments: await this.repository.payments(m, { outcomeId: o.id }) }))),
    };
  }

  /** One outcome with its payments, for whoever may see its demand (404 otherwise). */
  async outcome(command: GetOutcomeCommand): Promise<OutcomeRecord & { payments: PaymentRecord[] }> {
    const m = this.dataSource.manager;
    const [o] = await this.repository.outcomes(m, { id: command.outcomeId });
    if (!o) throw supplyDemandError('OUTCOME_NOT_FOUND', 'outcomeId');
    await visibleDemand(m, this.repository, command.scope, o.demandId).catch(() => {
      throw supplyDemandError('OUTCOME_NOT_FOUND', 'outcomeId');
    });
    return { ...o, payments: await this.repository.payments(m, { outcomeId: o.id }) };
  }
}
