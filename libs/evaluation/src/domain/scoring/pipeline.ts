import { topsis, weightedSum } from './aggregate.js';
import { DEFAULT_CAP, normalizeMatrix } from './normalize.js';
import type { ScoreInput } from './types.js';
import { entropyWeights, rescaleWeights } from './weights.js';

/** The weight-independent part of a scoring run, computed once and reused by every Monte Carlo draw. */
export interface PreparedScoring {
  weights: number[];
  normalized: number[][];
  /** `normalized` row-major in one typed array, for the loops that run once per draw. */
  flat: Float64Array;
}

/** Normalizes the matrix and derives the weights (given or entropy), always rescaled to sum to 1. */
export function prepareScoring(input: ScoreInput): PreparedScoring {
  const normalized = normalizeMatrix(input.matrix, input.criteria, input.normalization, input.cap ?? DEFAULT_CAP);
  const weights = input.weighting === 'entropy' ? entropyWeights(input.matrix) : rescaleWeights(input.criteria.map((criterion) => criterion.weight ?? 0));
  const n = weights.length;
  const flat = new Float64Array(normalized.length * n);
  normalized.forEach((row, i) => {
    for (let j = 0; j < n; j++) flat[i * n + j] = row[j]!;
  });
  return { weights, normalized, flat };
}

/** Scores in [0, 1] by the input's aggregation, for any weights (the Monte Carlo passes perturbed ones). */
export function aggregateScores(input: ScoreInput, normalized: number[][], weights: number[]): number[] {
  if (input.aggregation === 'topsis') {
    return topsis(
      normalized,
      weights,
      input.criteria.map((criterion) => criterion.type),
      input.normalization,
    );
  }
  return weightedSum(normalized, weights);
}
