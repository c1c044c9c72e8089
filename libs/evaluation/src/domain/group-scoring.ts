import type { AnswerValue } from './answer-sheet.js';
import type { IndicatorNormalization, SchemeSettings } from './scheme.js';
import { CompetitionRanker, competitionRanks, entropyWeights, mulberry32, normalizeColumn, rescaleWeights, topsis, weightedRowSums } from './scoring/index.js';

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

/**
 * Normalizes one indicator column (present values only) with the scheme's conventions: MIN_MAX,
 * MAX and VECTOR through the engine; TARGET per consortium (its own target; a = x/t or t/x,
 * min(a, cap)/cap; without a target the column falls back to MIN_MAX); GRADE and BOOLEAN are
 * already on 0…1 (flipped for a cost indicator).
 */
function normalizeIndicator(ind: GroupIndicator, values: (number | null)[], targets: (number | null)[], cap: number): (number | null)[] {
  const present = values.map((v, i) => [v, i] as const).filter(([v]) => v !== null) as [number, number][];
  const out: (number | null)[] = values.map(() => null);
  if (present.length === 0) return out;
  const xs = present.map(([v]) => v);
  if (ind.normalization === 'GRADE' || ind.normalization === 'BOOLEAN') {
    for (const [v, i] of present) out[i] = ind.direction === 'cost' ? 1 - v : v;
    return out;
  }
  if (ind.normalization === 'TARGET' && present.every(([, i]) => targets[i] !== null && targets[i]! > 0)) {
    for (const [x, i] of present) {
      const t = targets[i]!;
      const a = ind.direction === 'benefit' ? x / t : x === 0 ? cap : t / x;
      out[i] = Math.min(Math.max(a, 0), cap) / cap;
    }
    return out;
  }
  const method = ind.normalization === 'MAX' ? 'max' : ind.normalization === 'VECTOR' ? 'vector' : 'min-max';
  // A ratio means nothing below zero: a negative value (a fall in a growth rate) counts as 0 under
  // MAX and VECTOR, as TARGET counts a negative achievement as 0 (README, *Negative values*).
  const normalized = normalizeColumn(method === 'min-max' ? xs : xs.map((x) => Math.max(x, 0)), ind.direction, method);
  present.forEach(([, i], k) => (out[i] = normalized[k]!));
  return out;
}

/** A missing value counted as the column's minimum (with 0 as a floor), as entropy and TOPSIS need full matrices. */
function filledColumns(matrix: (number | null)[][], columns: number): number[] {
  const fill: number[] = [];
  for (let j = 0; j < columns; j++) {
    let min = 0;
    for (const row of matrix) if (row[j] !== null) min = Math.min(min, row[j]!);
    fill.push(min);
  }
  return fill;
}

/**
 * The normalized matrix of a group in the shape the per-draw loop wants: row-major values (0 where
 * missing), whether each row is complete, and under TOPSIS the full matrix (missing = column minimum).
 */
interface GroupMatrix {
  rows: number;
  columns: number;
  values: Float64Array;
  present: Uint8Array;
  complete: Uint8Array;
  full: number[][] | null;
}

function groupMatrix(n: (number | null)[][], columns: number, settings: SchemeSettings): GroupMatrix {
  const values = new Float64Array(n.length * columns);
  const present = new Uint8Array(n.length * columns);
  const complete = new Uint8Array(n.length);
  n.forEach((row, i) => {
    let all = 1;
    for (let j = 0; j < columns; j++) {
      const v = row[j]!;
      if (v === null) all = 0;
      else {
        values[i * columns + j] = v;
        present[i * columns + j] = 1;
      }
    }
    complete[i] = all;
  });
  let full: number[][] | null = null;
  if (settings.aggregation === 'TOPSIS') {
    // TOPSIS needs a full matrix: a missing value counts as the column's minimum.
    const fill = filledColumns(n, columns);
    full = n.map((row) => row.map((v, j) => v ?? fill[j]!));
  }
  return { rows: n.length, columns, values, present, complete, full };
}

/**
 * Level scores into `out`: TOPSIS on the full matrix, or the weighted sum over the answered
 * indicators divided by their weights (RENORMALIZE). A missing value is stored as 0 and adds
 * w · 0 = +0, which leaves a sum of non-negative terms exactly as it was, so every row's sum can go
 * through the one fast loop; only the divisor of an incomplete row is its own. Same bits as
 * summing the answered terms alone.
 */
function levelScoresInto(g: GroupMatrix, weights: number[], indicators: GroupIndicator[], out: Float64Array): void {
  if (g.full !== null) {
    out.set(topsis(g.full, weights, indicators.map(() => 'benefit'), 'min-max'));
    return;
  }
  const { rows, columns, values, present, complete } = g;
  weightedRowSums(values, Float64Array.from(weights), out);
  let allWeights = 0;
  for (let j = 0; j < columns; j++) allWeights += weights[j]!;
  for (let i = 0, offset = 0; i < rows; i++, offset += columns) {
    let weight = allWeights;
    if (complete[i] === 0) {
      weight = 0;
      for (let j = 0; j < columns; j++) if (present[offset + j] === 1) weight += weights[j]!;
    }
    out[i] = weight > 0 ? out[i]! / weight : 0; // RENORMALIZE: the weights of the answered indicators
  }
}

/**
 * The fewest consortia a normalization across the group is fair for. Below it a relative scale
 * only says "first" and "last": min-max over two values gives 1 and 0 whatever the distance, so in
 * a level of two the runner-up's improvement would always be 0 however much it rose. Such groups
 * (L1 has one or two members, L2 three) use an absolute scale instead.
 */
export const MIN_RELATIVE_GROUP = 5;

/**
 * Improvement and totals, into `improvement` and `totals`. With at least MIN_RELATIVE_GROUP
 * consortia that have a previous score, the change d = level − previous is min-max normalized over
 * them (all equal → 1); with fewer, on the absolute scale (1 + d)/2 — 0.5 for no change, 1 for a
 * rise from 0 to 1, 0 for the opposite fall — which depends on nobody else's change.
 */
function totalsInto(levels: Float64Array, previous: (number | null)[], beta: number, improvement: Float64Array, totals: Float64Array): void {
  let known = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < levels.length; i++) {
    if (previous[i] === null) continue;
    const d = levels[i]! - previous[i]!;
    known++;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  const useBeta = known > 0 ? beta : 0; // no previous round: β = 0
  const relative = known >= MIN_RELATIVE_GROUP;
  for (let i = 0; i < levels.length; i++) {
    const l = levels[i]!;
    const p = previous[i]!;
    if (previous[i] === null) improvement[i] = 0;
    else if (!relative) improvement[i] = Math.min(1, Math.max(0, (1 + l - p) / 2));
    else improvement[i] = max === min ? 1 : (l - p - min) / (max - min);
    totals[i] = (1 - useBeta) * l + useBeta * improvement[i]!;
  }
}

/** Monte Carlo draws ranked before their ranks are copied per consortium (see scoreGroup). */
const DRAW_BLOCK = 32;

const percentile = (sorted: ArrayLike<number>, p: number) => sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1]!;

/** How many of the ascending `sorted` are ≤ x (binary search; NaN sorts last and is never ≤ x). */
function countAtMost(sorted: Float64Array, x: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= x) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Scores one level group of one round (DESIGN §3): normalization per indicator, weights (expert,
 * entropy or combined, rescaled), weighted sum or TOPSIS, improvement against the previous round,
 * total = (1−β)·level + β·improvement, competition ranks with the non-submitters last, grades,
 * seeded Monte Carlo rank intervals, and an explanation per consortium. Pure and deterministic.
 */
export function scoreGroup(indicators: GroupIndicator[], members: GroupMember[], settings: GroupSettings): MemberResult[] {
  const scored = members.filter((m) => m.submitted);
  const raw = scored.map((m) => indicators.map((ind) => rawValue(m.answers[ind.code])));
  if (settings.missingOptional === 'GROUP_MINIMUM') {
    indicators.forEach((_, j) => {
      const present = raw.map((r) => r[j]).filter((x): x is number => x !== null);
      const min = present.length ? Math.min(...present) : 0;
      raw.forEach((r) => (r[j] = r[j] ?? min));
    });
  }
  const normalized = scored.map(() => indicators.map(() => null as number | null));
  indicators.forEach((ind, j) => {
    const column = normalizeIndicator(ind, raw.map((r) => r[j]!), scored.map((m) => m.targets[ind.code] ?? null), settings.cap);
    column.forEach((v, i) => (normalized[i]![j] = v));
  });

  const expert = rescaleWeights(indicators.map((i) => i.expertWeight));
  const entropy = () => {
    const fill = filledColumns(raw, indicators.length);
    return entropyWeights(raw.map((r) => r.map((v, j) => (v ?? fill[j]!) - (indicators[j]!.entropyOrigin ?? 0))));
  };
  const weights =
    settings.weighting === 'EXPERT' || scored.length === 0
      ? expert
      : settings.weighting === 'ENTROPY'
        ? entropy()
        : rescaleWeights(entropy().map((e, j) => settings.alpha * expert[j]! + (1 - settings.alpha) * e));

  const m = scored.length;
  const matrix = groupMatrix(normalized, indicators.length, settings);
  const previous = scored.map((member) => member.previousLevelScore);
  const levelsTyped = new Float64Array(m);
  const improvementTyped = new Float64Array(m);
  const totalsTyped = new Float64Array(m);
  if (m > 0) {
    levelScoresInto(matrix, weights, indicators, levelsTyped);
    totalsInto(levelsTyped, previous, settings.beta, improvementTyped, totalsTyped);
  }
  const levels = Array.from(levelsTyped);
  const improvement = Array.from(improvementTyped);
  const totals = Array.from(totalsTyped);
  const ranks = competitionRanks(totals);

  // Monte Carlo: perturbed weights, same normalization; ranks per draw. Each block of draws is
  // ranked into `block` (draw-major), then copied to `drawRanks[i · draws + d]`, so that each
  // consortium's draws end up side by side without a cache miss per draw.
  const random = mulberry32(settings.mc.seed);
  const draws = m > 1 ? settings.mc.draws : 0;
  const drawRanks = new Int32Array(draws * m);
  const block = new Int32Array(Math.min(DRAW_BLOCK, draws) * m);
  const ranker = new CompetitionRanker(m);
  const drawLevels = new Float64Array(m);
  const drawImprovement = new Float64Array(m);
  const drawTotals = new Float64Array(m);
  for (let first = 0; first < draws; first += DRAW_BLOCK) {
    const count = Math.min(DRAW_BLOCK, draws - first);
    for (let b = 0; b < count; b++) {
      const perturbed = weights.map((w) => Math.max(0, w * (1 + (random() * 2 - 1) * settings.mc.noise)));
      const w = perturbed.some((x) => x > 0) ? rescaleWeights(perturbed) : weights;
      levelScoresInto(matrix, w, indicators, drawLevels);
      totalsInto(drawLevels, previous, settings.beta, drawImprovement, drawTotals);
      ranker.rank(drawTotals, block.subarray(b * m, (b + 1) * m));
    }
    for (let i = 0; i < m; i++) for (let b = 0; b < count; b++) drawRanks[i * draws + first + b] = block[b * m + i]!;
  }
  const sortedTotals = Float64Array.from(totals).sort();
  const dimensions = [...new Set(indicators.map((i) => i.dimension))];
  const byDimension = dimensions.map((dim) => indicators.flatMap((ind, j) => (ind.dimension === dim ? [j] : [])));

  const best = indicators.map((_, j) => Math.max(0, ...normalized.map((r) => r[j] ?? 0)));
  const byCode = (values: number[]) => Object.fromEntries(indicators.map((ind, j) => [ind.code, values[j]!]));
  const results = new Map<string, MemberResult>();
  scored.forEach((member, i) => {
    const row = normalized[i]!;
    const share = (100 * countAtMost(sortedTotals, totals[i]!)) / totals.length;
    const value = settings.grades.method === 'PERCENTILE' ? share : totals[i]! * 100;
    const [a, b, c] = settings.grades.bounds;
    const grade: Grade = value >= a ? 'A' : value >= b ? 'B' : value >= c ? 'C' : 'D';
    const dimensionScores = Object.fromEntries(
      dimensions.map((dim, k) => {
        let s = 0;
        let w = 0;
        for (const j of byDimension[k]!) {
          if (row[j] === null) continue;
          s += weights[j]! * row[j]!;
          w += weights[j]!;
        }
        return [dim, w > 0 ? s / w : 0];
      }),
    );
    const contributions = Object.fromEntries(indicators.map((ind, j) => [ind.code, weights[j]! * (row[j] ?? 0)]));
    const gaps = indicators
      .map((ind, j) => ({ code: ind.code, gap: weights[j]! * (best[j]! - (row[j] ?? 0)) }))
      .filter((g) => g.gap > 1e-12)
      .sort((x, y) => y.gap - x.gap || x.code.localeCompare(y.code))
      .slice(0, 3);
    const ownDraws = drawRanks.subarray(i * draws, (i + 1) * draws).sort();
    const rankCounts = new Array<number>(members.length).fill(0);
    if (draws) for (const r of ownDraws) rankCounts[r - 1]!++;
    else rankCounts[ranks[i]! - 1] = 1;
    const rankProbabilities = rankCounts.map((c) => c / (draws || 1));
    results.set(member.consortiumId, {
      consortiumId: member.consortiumId,
      status: 'SCORED',
      levelScore: levels[i]!,
      improvement: improvement[i]!,
      total: totals[i]!,
      rank: ranks[i]!,
      grade,
      dimensionScores,
      contributions,
      gaps,
      medianRank: draws ? percentile(ownDraws, 50) : ranks[i]!,
      rankInterval: draws ? [percentile(ownDraws, 5), percentile(ownDraws, 95)] : [ranks[i]!, ranks[i]!],
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
