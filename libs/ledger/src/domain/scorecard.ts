/**
 * 区县履职评价 — the district scorecard, method version 1 (seeds/004: "把产教联合体建设运行情况纳入相关区县政府
 * 履行教育职责评价考核指标"). Three components, each 0–100:
 * - `results` 联合体赛马成绩: for each consortium on the list in the district, its place in the year's
 *   published annual competition within its level, 100 × (n − rank + 1) / n; the mean over them;
 * - `completion` 台账完成率: done / all of the district's top-level ledger tasks of the year;
 * - `onTime` 按时推进率: not overdue / all of them.
 * The score is the weighted mean of the components a district has (weights 0.5, 0.3, 0.2,
 * re-normalised over those present), one decimal; districts rank by score, ties sharing a rank.
 * A district with no component has no score and no rank.
 */
export const SCORECARD_METHOD = { version: 1, weights: { results: 0.5, completion: 0.3, onTime: 0.2 } } as const;

export type ScorecardComponent = keyof (typeof SCORECARD_METHOD)['weights'];

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

export function districtScore(components: Record<ScorecardComponent, number | null>, method = SCORECARD_METHOD): number | null {
  const present = (Object.keys(method.weights) as ScorecardComponent[]).filter((k) => components[k] !== null);
  if (present.length === 0) return null;
  const weight = present.reduce((sum, k) => sum + method.weights[k], 0);
  return round1(present.reduce((sum, k) => sum + method.weights[k] * components[k]!, 0) / weight);
}

/** Ranks by score, highest first; equal scores share a rank (1, 1, 3); no score, no rank. */
export function rankByScore<T extends { score: number | null }>(rows: readonly T[]): (T & { rank: number | null })[] {
  const scored = rows.filter((r) => r.score !== null).sort((a, b) => b.score! - a.score!);
  return [
    ...scored.map((r) => ({ ...r, rank: scored.findIndex((s) => s.score === r.score) + 1 })),
    ...rows.filter((r) => r.score === null).map((r) => ({ ...r, rank: null })),
  ];
}
