import { maximum } from './normalize.js';
import { ScoringInputError } from './types.js';

/**
 * Rescales weights to sum to 1 (权重归一化), as DESIGN requires of every weighting. A negative,
 * non-finite or all-zero weight vector is refused: there is no meaningful way to rescale it.
 */
export function rescaleWeights(weights: number[]): number[] {
  if (weights.length === 0) throw new ScoringInputError('weights', 'weights must not be empty');
  weights.forEach((w, j) => {
    if (!Number.isFinite(w)) throw new ScoringInputError('weights', `weights[${j}] must be a finite number (got ${String(w)})`);
    if (w < 0) throw new ScoringInputError('weights', `weights[${j}] must not be negative (got ${w})`);
  });
  let sum = 0;
  for (const w of weights) sum += w;
  if (sum === 0) throw new ScoringInputError('weights', 'weights must not all be zero');
  if (Number.isFinite(sum)) return weights.map((w) => w / sum);
  // Only for sums beyond 1.8e308: divide by the largest weight first so the sum stays finite.
  const largest = maximum(weights);
  const scaled = weights.map((w) => w / largest);
  let scaledSum = 0;
  for (const w of scaled) scaledSum += w;
  return scaled.map((w) => w / scaledSum);
}

/**
 * Entropy weights (熵权法), the standard rule on RAW values with the direction ignored:
 * p_ij = x_ij / Σ_i x_ij, e_j = −Σ_i p_ij ln p_ij / ln m (0·ln 0 = 0), w_j = (1 − e_j)/Σ_k (1 − e_k).
 * A column that carries no information (all zero, constant, or m = 1) has e = 1; when every
 * column has e = 1 the weights are equal. Negative values are refused (p would not be a
 * distribution).
 */
export function entropyWeights(matrix: number[][]): number[] {
  if (matrix.length === 0) throw new ScoringInputError('matrix', 'matrix must have at least one row');
  const columns = matrix[0].length;
  if (columns === 0) throw new ScoringInputError('matrix', 'matrix must have at least one column');
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i];
    if (row.length !== columns) throw new ScoringInputError(`matrix[${i}]`, `matrix[${i}] has ${row.length} values, expected ${columns}`);
    for (let j = 0; j < columns; j++) {
      const x = row[j];
      if (!Number.isFinite(x)) throw new ScoringInputError(`matrix[${i}][${j}]`, `matrix[${i}][${j}] must be a finite number (got ${String(x)})`);
      if (x < 0) throw new ScoringInputError(`matrix[${i}][${j}]`, `matrix[${i}][${j}] must not be negative under entropy weighting (got ${x})`);
    }
  }
  const divergence: number[] = [];
  const column = new Array<number>(matrix.length);
  for (let j = 0; j < columns; j++) {
    for (let i = 0; i < matrix.length; i++) column[i] = matrix[i][j]!;
    divergence.push(1 - columnEntropy(column));
  }
  if (divergence.every((d) => d === 0)) return divergence.map(() => 1 / columns);
  return rescaleWeights(divergence);
}

/**
 * `entropyWeights` of a complete matrix given column by column (`m` values a column), the same
 * arithmetic in the same order; null when some value is not finite or negative (or the matrix is
 * empty), so the caller can let `entropyWeights` refuse it with its message.
 */
export function entropyWeightsOfColumns(values: Float64Array, m: number, columns: number): number[] | null {
  if (m === 0 || columns === 0) return null;
  for (let k = 0; k < values.length; k++) {
    const x = values[k];
    if (!(x >= 0) || x === Infinity) return null;
  }
  const divergence: number[] = [];
  for (let j = 0; j < columns; j++) divergence.push(1 - columnEntropyTyped(values.subarray(j * m, (j + 1) * m)));
  if (divergence.every((d) => d === 0)) return divergence.map(() => 1 / columns);
  return rescaleWeights(divergence);
}

/** `columnEntropy` on a typed column of finite, non-negative values. */
function columnEntropyTyped(values: Float64Array): number {
  const m = values.length;
  if (m === 1) return 1;
  let largest = -Infinity;
  let constant = true;
  const first = values[0];
  let sum = 0;
  for (let i = 0; i < m; i++) {
    const x = values[i];
    if (x > largest) largest = x;
    if (x !== first) constant = false;
    sum += x;
  }
  if (largest === 0 || constant) return 1;
  if (!Number.isFinite(sum)) return columnEntropy(Array.from(values));
  let h = 0;
  for (let i = 0; i < m; i++) {
    const p = values[i] / sum;
    if (p > 0) h -= p * Math.log(p);
  }
  const e = h / Math.log(m);
  return e > 1 ? 1 : e;
}

/** e of one column in [0, 1]; exactly 1 when the column carries no information. */
function columnEntropy(values: number[]): number {
  const m = values.length;
  if (m === 1) return 1; // ln 1 = 0: one alternative cannot discriminate, so e = 1 by definition.
  const largest = maximum(values);
  if (largest === 0) return 1; // all-zero column
  if (values.every((x) => x === values[0])) return 1; // exact, so rounding cannot fake information
  let sum = 0;
  for (let i = 0; i < m; i++) sum += values[i];
  // Beyond 1.8e308 the sum overflows: use x/M over Σ x/M instead, the same ratio.
  const scaled = Number.isFinite(sum) ? values : values.map((x) => x / largest);
  if (!Number.isFinite(sum)) {
    sum = 0;
    for (const x of scaled) sum += x;
  }
  let h = 0;
  for (let i = 0; i < m; i++) {
    const p = scaled[i] / sum;
    if (p > 0) h -= p * Math.log(p);
  }
  const e = h / Math.log(m);
  return e > 1 ? 1 : e;
}
