import { Injectable } from '@nestjs/common';

/**
 * The port through which the district scorecard reads supply–demand figures (供需对接) per
 * district. The supply–demand context binds its implementation to `SUPPLY_DEMAND_FIGURES` (a global
 * provider: the ledger does not know that context). Where nothing is bound, the scorecard uses
 * `NoSupplyDemandFigures`: the component is absent for every district and its weight is shared out
 * over the others (domain/scorecard.ts).
 */
export interface SupplyDemandFigures {
  /** Per district code, a 0–100 figure for the year as of the day; a district left out has no figure. */
  scoresByDistrict(year: number, asOf: string): Promise<ReadonlyMap<string, number>>;
}

export const SUPPLY_DEMAND_FIGURES = Symbol('SUPPLY_DEMAND_FIGURES');

@Injectable()
export class NoSupplyDemandFigures implements SupplyDemandFigures {
  scoresByDistrict(): Promise<ReadonlyMap<string, number>> {
    return Promise.resolve(new Map());
  }
}

/** A figure the scorecard can use: finite, clamped to 0–100, one decimal. */
export const usableFigure = (x: number | undefined): number | null =>
  x === undefined || !Number.isFinite(x) ? null : Math.round(Math.min(100, Math.max(0, x)) * 10) / 10;
