import { type CriterionNormalization, type Direction, type Normalization, ScoringInputError } from './types.js';

/** Default cap of the 'target' normalization: achievement beyond the target earns nothing more. */
export const DEFAULT_CAP = 1;

/** Normalizations that divide by the values themselves, so they only mean something for x ≥ 0. */
export const RATIO_NORMALIZATIONS: readonly Normalization[] = ['max', 'vector', 'target'];

/**
 * Normalizes one criterion column (指标标准化) to [0, 1]. Every method but 'vector' flips cost
 * columns so that 1 is always best; 'vector' keeps r = x/‖x‖ unflipped because TOPSIS takes the
 * column minimum as the ideal of a cost criterion (DESIGN §3). Formulas and the edge cases are in
 * libs/evaluation/README.md.
 */
export function normalizeColumn(values: number[], direction: Direction, method: Normalization, target?: number, cap: number = DEFAULT_CAP): number[] {
  const ratio = RATIO_NORMALIZATIONS.includes(method);
  for (let i = 0; i < values.length; i++) {
    const x = values[i];
    if (!Number.isFinite(x)) throw new ScoringInputError(`values[${i}]`, `values[${i}] must be a finite number (got ${String(x)})`);
    if (x < 0 && ratio) throw new ScoringInputError(`values[${i}]`, `values[${i}] must not be negative under normalization '${method}' (got ${x})`);
  }
  switch (method) {
    case 'min-max':
      return minMax(values, direction);
    case 'max':
      return ratioToBest(values, direction);
    case 'vector':
      return vector(values);
    case 'target':
      return towardTargetColumn(values, direction, target, cap);
    default:
      throw new ScoringInputError('normalization', `unknown normalization '${String(method)}'`);
  }
}

/**
 * Normalizes one criterion column of the engine, on the values present (null = not answered, left
 * null): `min-max`, `max` and `vector` by `normalizeColumn`, where a negative value counts as 0
 * under the ratios `max` and `vector` (no growth; the `score` command refuses negative values
 * there before); `target` against each alternative's own target, a = x/t (benefit) or t/x (cost,
 * x = 0 → cap), min(max(a, 0), cap)/cap — a column where some alternative has no positive target
 * falls back to `min-max`; `grade` and `boolean` are on 0…1 already, flipped for a cost.
 */
export function normalizeCriterion(
  direction: Direction,
  method: CriterionNormalization,
  values: (number | null)[],
  targets: (number | null)[] | undefined,
  cap: number,
): (number | null)[] {
  // The indices of the values present; `null` when every value is (the usual case: no copy, no tuples).
  let at: number[] | null = null;
  for (let i = 0; i < values.length; i++) {
    if (values[i] !== null) continue;
    at = [];
    for (let k = 0; k < values.length; k++) if (values[k] !== null) at.push(k);
    break;
  }
  if (at === null) return normalizePresent(direction, method, values as number[], targets, cap);
  const present = at;
  const normalized = normalizePresent(
    direction,
    method,
    present.map((k) => values[k]!),
    targets && present.map((k) => targets[k] ?? null),
    cap,
  );
  const out: (number | null)[] = new Array<number | null>(values.length).fill(null);
  for (let k = 0; k < present.length; k++) out[present[k]] = normalized[k]!;
  return out;
}

/** `normalizeCriterion` on the values present, `targets` aligned with them. */
function normalizePresent(direction: Direction, method: CriterionNormalization, xs: number[], targets: (number | null)[] | undefined, cap: number): number[] {
  if (xs.length === 0) return [];
  if (method === 'grade' || method === 'boolean') return direction === 'cost' ? xs.map((x) => 1 - x) : xs.slice();
  if (method === 'target' && targets !== undefined) {
    let all = true;
    for (let k = 0; k < xs.length && all; k++) {
      const t = targets[k];
      all = t !== null && t !== undefined && t > 0;
    }
    if (all) return xs.map((x, k) => towardTarget(x, targets[k]!, direction, cap));
  }
  const column: Normalization = method === 'max' ? 'max' : method === 'vector' ? 'vector' : 'min-max';
  return normalizeColumn(column === 'min-max' ? xs : xs.map((x) => Math.max(x, 0)), direction, column);
}

/** benefit (x − min)/(max − min), cost (max − x)/(max − min); a constant column is 1 for all. */
function minMax(values: number[], direction: Direction): number[] {
  const min = minimum(values);
  const max = maximum(values);
  if (max === min) return values.map(() => 1);
  // Halve first when max − min overflows (values of opposite sign near ±1.8e308); exact otherwise.
  const scale = Number.isFinite(max - min) ? 1 : 0.5;
  const span = max * scale - min * scale;
  const out = new Array<number>(values.length);
  if (direction === 'benefit') for (let i = 0; i < values.length; i++) out[i] = clamp01((values[i] * scale - min * scale) / span);
  else for (let i = 0; i < values.length; i++) out[i] = clamp01((max * scale - values[i] * scale) / span);
  return out;
}

/**
 * Ratio to the best: benefit x/max, cost min/x. Chosen edge cases: benefit with max = 0 (all
 * zero) → 0 for all, nobody achieved anything; cost with x = 0 → 1 (zero is the least possible
 * cost, and then min = 0 too), while every x > 0 in that column gets 0/x = 0.
 */
function ratioToBest(values: number[], direction: Direction): number[] {
  if (direction === 'benefit') {
    const max = maximum(values);
    return values.map((x) => (max === 0 ? 0 : clamp01(x / max)));
  }
  const min = minimum(values);
  return values.map((x) => (x === 0 ? 1 : clamp01(min / x)));
}

/** r = x/‖x‖ with the Euclidean norm ‖x‖ = sqrt(Σ x²), unflipped; an all-zero column is 0 for all. */
function vector(values: number[]): number[] {
  const largest = maximum(values.map(Math.abs));
  if (largest === 0) return values.map(() => 0);
  let sumOfSquares = 0;
  for (const x of values) sumOfSquares += x * x;
  let norm = Math.sqrt(sumOfSquares);
  if (norm === 0 || !Number.isFinite(norm)) {
    // Squares that underflow (|x| < 1e-154) or overflow (|x| > 1e154): M·sqrt(Σ (x/M)²), M = max |x|.
    let scaledSquares = 0;
    for (const x of values) scaledSquares += (x / largest) ** 2;
    norm = largest * Math.sqrt(scaledSquares);
  }
  return values.map((x) => clamp01(x / norm));
}

/**
 * Achievement a = x/target (benefit) or target/x (cost; x = 0 → cap, the best possible),
 * score = min(max(a, 0), cap)/cap (达标率, capped; a negative achievement counts 0).
 */
export function towardTarget(x: number, target: number, direction: Direction, cap: number): number {
  const achievement = direction === 'benefit' ? x / target : x === 0 ? cap : target / x;
  return Math.min(Math.max(achievement, 0), cap) / cap;
}

/** `towardTarget` for a whole column with one target, checked. */
function towardTargetColumn(values: number[], direction: Direction, target: number | undefined, cap: number): number[] {
  if (target === undefined) throw new ScoringInputError('target', "normalization 'target' needs the criterion's target");
  if (!Number.isFinite(target) || target <= 0) throw new ScoringInputError('target', `target must be a positive number (got ${String(target)})`);
  if (!Number.isFinite(cap) || cap <= 0) throw new ScoringInputError('cap', `cap must be a positive number (got ${String(cap)})`);
  return values.map((x) => towardTarget(x, target, direction, cap));
}

/** Guards [0, 1] against the last-bit rounding of a division (e.g. x/‖x‖ for a lone value). */
export function clamp01(value: number): number {
  return value < 0 ? 0 : value > 1 ? 1 : value;
}

/** Loop-based extremes: no spread, so no argument-count limit on long columns. */
export function minimum(values: number[]): number {
  let result = Infinity;
  for (const x of values) if (x < result) result = x;
  return result;
}

export function maximum(values: number[]): number {
  let result = -Infinity;
  for (const x of values) if (x > result) result = x;
  return result;
}
