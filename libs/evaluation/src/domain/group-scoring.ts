import type { AnswerValue } from './answer-sheet.js';
import type { IndicatorNormalization, SchemeSettings } from './scheme.js';
import { competitionRanks, entropyWeights, mulberry32, normalizeColumn, rescaleWeights, topsis } from './scoring/index.js';

/** One indicator of a level group, its weight already the expert product (dimension × indicator). */
export interface GroupIndicator {
  code: string;
  dimension: string;
  direction: 'benefit' | 'cost';
  normalization: IndicatorNormalization;
  expertWeight: number;
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
  const normalized = normalizeColumn(xs, ind.direction, method);
  present.forEach(([, i], k) => (out[i] = normalized[k]!));
  return out;
}

function levelScores(n: (number | null)[][], weights: number[], indicators: GroupIndicator[], settings: SchemeSettings): number[] {
  if (settings.aggregation === 'TOPSIS') {
    // TOPSIS needs a full matrix: a missing value counts as the column's minimum.
    const full = n.map((row) => row.map((v, j) => v ?? Math.min(...n.map((r) => r[j]).filter((x): x is number => x !== null), 0)));
    return topsis(full, weights, indicators.map(() => 'benefit'), 'min-max');
  }
  return n.map((row) => {
    let sum = 0;
    let weight = 0;
    row.forEach((v, j) => {
      if (v === null) return;
      sum += weights[j]! * v;
      weight += weights[j]!;
    });
    return weight > 0 ? sum / weight : 0; // RENORMALIZE: the weights of the answered indicators
  });
}

function totalsOf(levels: number[], previous: (number | null)[], beta: number): { improvement: number[]; totals: number[] } {
  const deltas = levels.map((l, i) => (previous[i] === null ? null : l - previous[i]!));
  const known = deltas.filter((d): d is number => d !== null);
  const useBeta = known.length > 0 ? beta : 0; // no previous round: β = 0
  const min = Math.min(...known);
  const max = Math.max(...known);
  const improvement = deltas.map((d) => (d === null ? 0 : max === min ? 1 : (d - min) / (max - min)));
  return { improvement, totals: levels.map((l, i) => (1 - useBeta) * l + useBeta * improvement[i]!) };
}

const percentile = (sorted: number[], p: number) => sorted[Math.max(1, Math.ceil((p * sorted.length) / 100)) - 1]!;

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
  const entropy = () => entropyWeights(raw.map((r) => r.map((v, j) => v ?? Math.min(...raw.map((x) => x[j]).filter((y): y is number => y !== null), 0))));
  const weights =
    settings.weighting === 'EXPERT' || scored.length === 0
      ? expert
      : settings.weighting === 'ENTROPY'
        ? entropy()
        : rescaleWeights(entropy().map((e, j) => settings.alpha * expert[j]! + (1 - settings.alpha) * e));

  const levels = scored.length ? levelScores(normalized, weights, indicators, settings) : [];
  const { improvement, totals } = totalsOf(levels, scored.map((m) => m.previousLevelScore), settings.beta);
  const ranks = competitionRanks(totals);

  // Monte Carlo: perturbed weights, same normalization; ranks per draw.
  const random = mulberry32(settings.mc.seed);
  const drawRanks: number[][] = scored.map(() => []);
  for (let d = 0; d < (scored.length > 1 ? settings.mc.draws : 0); d++) {
    const perturbed = weights.map((w) => Math.max(0, w * (1 + (random() * 2 - 1) * settings.mc.noise)));
    const w = perturbed.some((x) => x > 0) ? rescaleWeights(perturbed) : weights;
    const l = levelScores(normalized, w, indicators, settings);
    competitionRanks(totalsOf(l, scored.map((m) => m.previousLevelScore), settings.beta).totals).forEach((r, i) => drawRanks[i]!.push(r));
  }

  const best = indicators.map((_, j) => Math.max(0, ...normalized.map((r) => r[j] ?? 0)));
  const dimensions = [...new Set(indicators.map((i) => i.dimension))];
  const results = new Map<string, MemberResult>();
  scored.forEach((m, i) => {
    const row = normalized[i]!;
    const sortedTotals = [...totals].sort((a, b) => a - b);
    const share = (100 * sortedTotals.filter((t) => t <= totals[i]!).length) / totals.length;
    const value = settings.grades.method === 'PERCENTILE' ? share : totals[i]! * 100;
    const [a, b, c] = settings.grades.bounds;
    const grade: Grade = value >= a ? 'A' : value >= b ? 'B' : value >= c ? 'C' : 'D';
    const dimensionScores = Object.fromEntries(
      dimensions.map((dim) => {
        let s = 0;
        let w = 0;
        indicators.forEach((ind, j) => {
          if (ind.dimension !== dim || row[j] === null) return;
          s += weights[j]! * row[j]!;
          w += weights[j]!;
        });
        return [dim, w > 0 ? s / w : 0];
      }),
    );
    const contributions = Object.fromEntries(indicators.map((ind, j) => [ind.code, weights[j]! * (row[j] ?? 0)]));
    const gaps = indicators
      .map((ind, j) => ({ code: ind.code, gap: weights[j]! * (best[j]! - (row[j] ?? 0)) }))
      .filter((g) => g.gap > 1e-12)
      .sort((x, y) => y.gap - x.gap || x.code.localeCompare(y.code))
      .slice(0, 3);
    const draws = [...drawRanks[i]!].sort((x, y) => x - y);
    results.set(m.consortiumId, {
      consortiumId: m.consortiumId,
      status: 'SCORED',
      levelScore: levels[i]!,
      improvement: improvement[i]!,
      total: totals[i]!,
      rank: ranks[i]!,
      grade,
      dimensionScores,
      contributions,
      gaps,
      medianRank: draws.length ? percentile(draws, 50) : ranks[i]!,
      rankInterval: draws.length ? [percentile(draws, 5), percentile(draws, 95)] : [ranks[i]!, ranks[i]!],
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
      },
  );
}
