import type { AnswerValue } from './answer-sheet.js';
import type { IndicatorNormalization, SchemeSettings } from './scheme.js';
import { type CriterionNormalization, scoreAlternatives } from './scoring/index.js';

/** One indicator of a level group, its weight already the expert product (dimension × indicator). */
export interface GroupIndicator {
  code: string;
  dimension: string;
  direction: 'benefit' | 'cost';
  normalization: IndicatorNormalization;
  expertWeight: number;
  /**
   * Where entropy weighting counts this indicator's values from: the lowest value its range allows
   * when that is negative (a growth rate of −100 … 1000 %), else 0. See README, *Entropy and
   * negative values*.
   */
  entropyOrigin?: number;
}

export interface GroupMember {
  consortiumId: string;
  /** False: no submitted or accepted sheet — ranked last, flagged NOT_SUBMITTED. */
  submitted: boolean;
  answers: Record<string, AnswerValue>;
  /** This consortium's targets (scheme level target or the task force's override). */
  targets: Record<string, number | null>;
  /** Level score of the previous round, for improvement (进步); null when it had none. */
  previousLevelScore: number | null;
}

export interface GroupSettings extends SchemeSettings {
  mc: { draws: number; noise: number; seed: number };
}

export type Grade = 'A' | 'B' | 'C' | 'D';

export interface MemberResult {
  consortiumId: string;
  status: 'SCORED' | 'NOT_SUBMITTED';
  levelScore: number;
  improvement: number;
  total: number;
  rank: number;
  grade: Grade;
  dimensionScores: Record<string, number>;
  contributions: Record<string, number>;
  /** The three indicators with the largest weighted gap to the group's best. */
  gaps: { code: string; gap: number }[];
  medianRank: number;
  rankInterval: [number, number];
  /** The weights the scoring actually used (expert, entropy or combined, rescaled), by indicator code. */
  weights: Record<string, number>;
  /** The scheme's expert weights (dimension × indicator), rescaled over the group's indicators. */
  declaredWeights: Record<string, number>;
  /** Each indicator's normalized value (1 is best), null when not answered. */
  normalized: Record<string, number | null>;
  /** Share of the Monte Carlo draws that gave each rank: index 0 is rank 1. */
  rankProbabilities: number[];
}

const GRADE_VALUE: Record<string, number> = { A: 1, B: 0.75, C: 0.5, D: 0.25, E: 0 };

/** Answers as numbers: booleans 1/0, grades A–E on 1…0, missing as null. */
function rawValue(value: AnswerValue | undefined): number | null {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (typeof value === 'string') return GRADE_VALUE[value] ?? null;
  return value;
}

/** The scheme's normalization as the engine names it. */
const NORMALIZATION: Record<IndicatorNormalization, CriterionNormalization> = {
  MIN_MAX: 'min-max',
  MAX: 'max',
  TARGET: 'target',
  VECTOR: 'vector',
  GRADE: 'grade',
  BOOLEAN: 'boolean',
};

export { MIN_RELATIVE_GROUP } from './scoring/index.js';

/** How many of the ascending `sorted` are ≤ x (binary search; NaN sorts last and is never ≤ x). */
function countAtMost(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid] <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Scores one level group of one round (DESIGN §3) with the scoring engine (`scoreAlternatives`):
 * the submitted consortia are its alternatives, the level's indicators its criteria (expert
 * weights, each consortium's own targets, the scheme's weighting, aggregation and missing-answer
 * policy, improvement against the previous round, the round's Monte Carlo). On top of the engine:
 * the non-submitters ranked last, grades, and an explanation per consortium. Pure and deterministic.
 */
export function scoreGroup(indicators: GroupIndicator[], members: GroupMember[], settings: GroupSettings): MemberResult[] {
  const scored = members.filter((m) => m.submitted);
  const engine = scoreAlternatives({
    criteria: indicators.map((ind) => ({
      direction: ind.direction,
      normalization: NORMALIZATION[ind.normalization],
      weight: ind.expertWeight,
      entropyOrigin: ind.entropyOrigin,
    })),
    matrix: scored.map((m) => indicators.map((ind) => rawValue(m.answers[ind.code]))),
    targets: scored.map((m) => indicators.map((ind) => m.targets[ind.code] ?? null)),
    cap: settings.cap,
    weighting: settings.weighting === 'EXPERT' ? 'given' : settings.weighting === 'ENTROPY' ? 'entropy' : 'combined',
    alpha: settings.alpha,
    aggregation: settings.aggregation === 'TOPSIS' ? 'topsis' : 'weighted-sum',
    missing: settings.missingOptional === 'GROUP_MINIMUM' ? 'group-minimum' : 'renormalize',
    previous: scored.map((member) => member.previousLevelScore),
    beta: settings.beta,
    mc: settings.mc,
  });
  const { weights, normalized, totals, ranks } = engine;
  const expert = engine.declaredWeights!;
  const mc = engine.mc!;

  const sortedTotals = Float64Array.from(totals).sort();
  const dimensions = [...new Set(indicators.map((i) => i.dimension))];
  const byDimension = dimensions.map((dim) => indicators.flatMap((ind, j) => (ind.dimension === dim ? [j] : [])));
  const best = indicators.map((_, j) => Math.max(0, ...normalized.map((r) => r[j] ?? 0)));
  const byCode = (values: number[]) => Object.fromEntries(indicators.map((ind, j) => [ind.code, values[j]]));
  const results = new Map<string, MemberResult>();
  scored.forEach((member, i) => {
    const row = normalized[i];
    const share = (100 * countAtMost(sortedTotals, totals[i])) / totals.length;
    const value = settings.grades.method === 'PERCENTILE' ? share : totals[i] * 100;
    const [a, b, c] = settings.grades.bounds;
    const grade: Grade = value >= a ? 'A' : value >= b ? 'B' : value >= c ? 'C' : 'D';
    const dimensionScores = Object.fromEntries(
      dimensions.map((dim, k) => {
        let s = 0;
        let w = 0;
        for (const j of byDimension[k]) {
          if (row[j] === null) continue;
          s += weights[j] * row[j];
          w += weights[j];
        }
        return [dim, w > 0 ? s / w : 0];
      }),
    );
    const contributions = Object.fromEntries(indicators.map((ind, j) => [ind.code, weights[j] * (row[j] ?? 0)]));
    const gaps = indicators
      .map((ind, j) => ({ code: ind.code, gap: weights[j] * (best[j] - (row[j] ?? 0)) }))
      .filter((g) => g.gap > 1e-12)
      .sort((x, y) => y.gap - x.gap || x.code.localeCompare(y.code))
      .slice(0, 3);
    // The engine's probabilities cover the scored consortia's ranks; the non-submitters' ranks after them get 0.
    const rankProbabilities = [...mc.rankProbabilities[i], ...new Array<number>(members.length - scored.length).fill(0)];
    results.set(member.consortiumId, {
      consortiumId: member.consortiumId,
      status: 'SCORED',
      levelScore: engine.scores[i],
      improvement: engine.improvement[i],
      total: totals[i],
      rank: ranks[i],
      grade,
      dimensionScores,
      contributions,
      gaps,
      medianRank: mc.medianRank[i],
      rankInterval: mc.rankInterval[i],
      weights: byCode(weights),
      declaredWeights: byCode(expert),
      normalized: Object.fromEntries(indicators.map((ind, j) => [ind.code, row[j] ?? null])),
      rankProbabilities,
    });
  });
  const last = scored.length + 1;
  return members.map(
    (m) =>
      results.get(m.consortiumId) ?? {
        consortiumId: m.consortiumId,
        status: 'NOT_SUBMITTED',
        levelScore: 0,
        improvement: 0,
        total: 0,
        rank: last,
        grade: 'D',
        dimensionScores: {},
        contributions: {},
        gaps: [],
        medianRank: last,
        rankInterval: [last, last],
        weights: byCode(weights),
        declaredWeights: byCode(expert),
        normalized: Object.fromEntries(indicators.map((ind) => [ind.code, null])),
        rankProbabilities: Array.from({ length: members.length }, (_, k) => (k === last - 1 ? 1 : 0)),
      },
  );
}
