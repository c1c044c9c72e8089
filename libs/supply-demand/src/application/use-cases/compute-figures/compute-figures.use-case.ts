import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { districtByCode } from '#registry';
import { type Figures, figuresOf } from '../../../domain/figures.js';
import { supplyDemandError } from '../../../domain/supply-demand.errors.js';
import { type FigureScope, SupplyDemandRepository } from '../../../persistence/supply-demand.repository.js';
import type { ComputeFiguresCommand } from './compute-figures.command.js';

export interface FiguresView extends Figures {
  scope: FigureScope['kind'];
  scopeId: string | null;
  scopeName: string;
  from: string;
  to: string;
}

/**
 * 供需对接 figures of the city, a district, or a consortium or community, for a period: demands
 * published in it (by kind), their response rate, time to first response and fulfilment rate;
 * order-class students, students placed, trainings and service income (payments received) in it;
 * and the program–industry match of the programs of the period's last year. What counts for a
 * scope is in the README ("Figures"); the answer sheet's platform values are these figures.
 */
@Injectable()
export class ComputeFiguresUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: SupplyDemandRepository,
  ) {}

  async execute(command: ComputeFiguresCommand): Promise<FiguresView> {
    const scope = command.figureScope;
    const m = this.dataSource.manager;
    let scopeName = '全市';
    if (scope.kind === 'DISTRICT') {
      const district = districtByCode(scope.code);
      if (!district) throw supplyDemandError('UNKNOWN_DISTRICT', 'id', scope.code);
      scopeName = district.name;
    }
    if (scope.kind === 'CONSORTIUM') {
      const c = await this.repository.consortium(m, scope.id);
      if (!c) throw supplyDemandError('CONSORTIUM_NOT_FOUND', 'id');
      scopeName = c.name;
    }
    return {
      scope: scope.kind,
      scopeId: scope.kind === 'CITY' ? null : scope.kind === 'DISTRICT' ? scope.code : scope.id,
      scopeName,
      from: command.from,
      to: command.to,
      ...(await this.figuresIn(m, scope, command.from, command.to)),
    };
  }

  /** The figures alone, in the caller's transaction (the answer sheet reads them through the platform-value port). */
  async figuresIn(m: EntityManager, scope: FigureScope, from: string, to: string): Promise<Figures> {
    const [demands, outcomes, payments, programs] = await Promise.all([
      this.repository.demandFacts(m, scope, from, to),
      this.repository.outcomeFacts(m, scope, from, to),
      this.repository.paymentFacts(m, scope, from, to),
      this.repository.programFacts(m, scope, Number(to.slice(0, 4)), to),
    ]);
    return figuresOf(demands, outcomes, payments, programs);
  }
}
