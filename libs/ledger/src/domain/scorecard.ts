/**
 * 区县履职评价 — the district scorecard (seeds/004: "把产教联合体建设运行情况纳入相关区县政府履行教育职责评价考核指标").
 * Components, each 0–100:
 * - `results` 联合体赛马成绩: for each consortium on the list in the district, its place in the year's
 *   published annual competition within its level, 100 × (n − rank + 1) / n; the mean over them;
 * - `completion` 台账完成率: done / all of the district's top-level ledger tasks of the year;
 * - `onTime` 按时推进率: not overdue / all of them;
 * - `coverage` 成员覆盖率 (from method 2): of the district's units in the reference directories (名录:
 *   key parks, higher vocational colleges, above-scale firms, pooled), those in a listed consortium;
 * - `supplyDemand` 供需对接 (from method 2): a 0–100 figure per district from the supply–demand
 *   context, when it provides one (see application/supply-demand.port.ts).
 * The score is the weighted mean of the components a district has (weights re-normalised over
 * those present: an absent component's weight is shared out in proportion), one decimal; districts
 * rank by score, ties sharing a rank. A district with no component has no score and no rank.
 * Every method stays computable (`?method=1` reproduces a version 1 scorecard).
 */
export const SCORECARD_METHODS = {
  1: { version: 1, weights: { results: 0.5, completion: 0.3, onTime: 0.2 } },
  2: { version: 2, weights: { results: 0.4, completion: 0.2, onTime: 0.15, coverage: 0.15, supplyDemand: 0.1 } },
} as const;

export type ScorecardMethodVersion = keyof typeof SCORECARD_METHODS;
export type ScorecardMethod = (typeof SCORECARD_METHODS)[ScorecardMethodVersion];
export const SCORECARD_METHOD_VERSIONS = [1, 2] as const satisfies readonly ScorecardMethodVersion[];

/** The method in use unless another is asked for. */
export const SCORECARD_METHOD: ScorecardMethod = SCORECARD_METHODS[2];

export type ScorecardComponent = keyof (typeof SCORECARD_METHODS)[2]['weights'];

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A consortium's place within its level as points: first of n → 100, last of n → 100 / n. */
export const placePoints = (rank: number, groupSize: number): number => (100 * (groupSize - rank + 1)) / groupSize;

export function resultsComponent(places: readonly { rank: number; groupSize: number }[]): number | null {
  return places.length === 0 ? null : round1(places.reduce((sum, p) => sum + placePoints(p.rank, p.groupSize), 0) / places.length);
}

export function ledgerComponents(statuses: readonly string[]): { completion: number | null; onTime: number | null } {
  if (statuses.length === 0) return { completion: null, onTime: null };
  return {
    completion: round1((100 * statuses.filter((s) => s === 'DONE').length) / statuses.length),
    onTime: round1((100 * statuses.filter((s) => s !== 'OVERDUE').length) / statuses.length),
  };
}

/** Covered / directory units in per cent, one decimal; no directory unit in the district, no figure. */
export function coverageComponent(covered: number, total: number): number | null {
  return total === 0 ? null : round1((100 * covered) / total);
}

/** The weighted mean of the method's components present (a component the method does not name is ignored). */
export function districtScore(components: Partial<Record<ScorecardComponent, number | null>>, method: ScorecardMethod = SCORECARD_METHOD): number | null {
  const weights: Partial<Record<ScorecardComponent, number>> = method.weights;
  const present = (Object.keys(weights) as ScorecardComponent[]).filter((k) => components[k] !== null && components[k] !== undefined);
  if (present.length === 0) return null;
  const weight = present.reduce((sum, k) => sum + weights[k]!, 0);
  return round1(present.reduce((sum, k) => sum + weights[k]! * components[k]!, 0) / weight);
}

/** Ranks by score, highest first; equal scores share a rank (1, 1, 3); no score, no rank. */
export function rankByScore<T extends { score: number | null }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const scored = rows.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!);
  return [
    ...scored.map((r) => ({ ...r, rank: scored.findIndex((s) => s.score === r.score) + 1 })),
    ...rows.filter((r) => r.score === null).map((r) => ({ ...r, rank: null })),
  ];
}
