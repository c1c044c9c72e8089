import { clamp01, maximum, minimum } from './normalize.js';
import { type Direction, type Normalization, ScoringInputError } from './types.js';

/**
 * Σ_j w_j · x_ij per row, summed in column order from 0 (unclamped), into `sums`. Four rows at a
 * time: four independent chains of additions instead of one, about twice as fast, same bits.
 */
export function weightedRowSums(matrix: Float64Array, weights: Float64Array, sums: Float64Array): void {
  const n = weights.length;
  const m = sums.length;
  let i = 0;
  for (; i + 4 <= m; i += 4) {
    const o = i * n;
    let a = 0;
    let b = 0;
    let c = 0;
    let d = 0;
    for (let j = 0; j < n; j++) {
      const w = weights[j];
      a += w * matrix[o + j];
      b += w * matrix[o + n + j];
      c += w * matrix[o + 2 * n + j];
      d += w * matrix[o + 3 * n + j];
    }
    sums[i] = a;
    sums[i + 1] = b;
    sums[i + 2] = c;
    sums[i + 3] = d;
  }
  for (; i < m; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += weights[j] * matrix[i * n + j];
    sums[i] = sum;
  }
}

/**
 * TOPSIS (逼近理想解排序法, Hwang & Yoon 1981) on the weighted normalized matrix v_ij = w_j · n_ij:
 * D⁺_i = ‖v_i − v⁺‖, D⁻_i = ‖v_i − v⁻‖ (Euclidean), C_i = D⁻_i / (D⁺_i + D⁻_i).
 * Under 'vector' the columns are unflipped, so the ideal v⁺ is the column max for a benefit and
 * the column MIN for a cost criterion (anti-ideal v⁻ the opposite); every other normalization is
 * already flipped, so v⁺ is the column max and v⁻ the column min for all criteria.
 * When D⁺ = D⁻ = 0 (every weighted column constant) the alternative sits on the ideal: C = 1,
 * the same choice as MIN_MAX's constant column → 1.
 */
export function topsis(normalized: number[][], weights: number[], directions: Direction[], method: Normalization): number[] {
  if (directions.length !== weights.length)
    throw new ScoringInputError('directions', `directions has ${directions.length} entries, expected ${weights.length}`);
  const weighted = normalized.map((row, i) => {
    checkRow(row, weights.length, i);
    return weights.map((w, j) => w * row[j]);
  });
  const ideal: number[] = [];
  const antiIdeal: number[] = [];
  weights.forEach((_, j) => {
    const column = weighted.map((row) => row[j]);
    const max = maximum(column);
    const min = minimum(column);
    const costUnflipped = method === 'vector' && directions[j] === 'cost';
    ideal.push(costUnflipped ? min : max);
    antiIdeal.push(costUnflipped ? max : min);
  });
  return weighted.map((row) => {
    const toIdeal = distance(row, ideal);
    const toAntiIdeal = distance(row, antiIdeal);
    const total = toIdeal + toAntiIdeal;
    return total === 0 ? 1 : clamp01(toAntiIdeal / total);
  });
}

function distance(a: number[], b: number[]): number {
  let sum = 0;
  for (let j = 0; j < a.length; j++) sum += (a[j] - b[j]) ** 2;
  return Math.sqrt(sum);
}

function checkRow(row: number[], expected: number, i: number): void {
  if (row.length !== expected) throw new ScoringInputError(`normalized[${i}]`, `normalized[${i}] has ${row.length} values, expected ${expected}`);
}
