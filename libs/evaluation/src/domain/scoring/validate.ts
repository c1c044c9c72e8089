import { RATIO_NORMALIZATIONS } from './normalize.js';
import { AGGREGATIONS, DIRECTIONS, type MonteCarloOptions, NORMALIZATIONS, type ScoreInput, ScoringInputError, WEIGHTINGS } from './types.js';

/** Upper bound on Monte Carlo draws, so one request cannot occupy a worker for minutes. */
export const MAX_DRAWS = 100_000;

/**
 * Checks the values and the consistency of a typed input (DESIGN §3.1 "bad input"), naming the
 * field in the error. parseScoreInput runs it after its shape checks, and score() runs it again
 * because a ScoreInput built in code has not been through the parser.
 */
export function validateScoreInput(input: ScoreInput): void {
  const { alternatives, criteria, matrix } = input;
  if (!Array.isArray(alternatives) || alternatives.length < 1) fail('alternatives', 'alternatives must list at least one alternative');
  const seenAlternatives = new Set<string>();
  alternatives.forEach((name, i) => {
    if (typeof name !== 'string' || name.length === 0) fail(`alternatives[${i}]`, `alternatives[${i}] must be a non-empty string`);
    if (seenAlternatives.has(name)) fail(`alternatives[${i}]`, `alternatives[${i}] duplicates "${name}"`);
    seenAlternatives.add(name);
  });

  if (!Array.isArray(criteria) || criteria.length < 1) fail('criteria', 'criteria must list at least one criterion');
  const seenCriteria = new Set<string>();
  criteria.forEach((criterion, j) => {
    const at = `criteria[${j}]`;
    if (typeof criterion.id !== 'string' || criterion.id.length === 0) fail(`${at}.id`, `${at}.id must be a non-empty string`);
    if (seenCriteria.has(criterion.id)) fail(`${at}.id`, `${at}.id duplicates "${criterion.id}"`);
    seenCriteria.add(criterion.id);
    if (!DIRECTIONS.includes(criterion.type)) fail(`${at}.type`, `${at}.type must be one of ${DIRECTIONS.join(', ')} (got ${describe(criterion.type)})`);
    if (criterion.weight !== undefined) {
      if (!isFiniteNumber(criterion.weight)) fail(`${at}.weight`, `${at}.weight must be a finite number (got ${describe(criterion.weight)})`);
      if (criterion.weight < 0) fail(`${at}.weight`, `${at}.weight must not be negative (got ${criterion.weight})`);
    } else if (input.weighting === 'given') {
      fail(`${at}.weight`, `${at}.weight is required under weighting 'given'`);
    }
    if (criterion.target !== undefined) {
      if (!isFiniteNumber(criterion.target)) fail(`${at}.target`, `${at}.target must be a finite number (got ${describe(criterion.target)})`);
      if (criterion.target <= 0) fail(`${at}.target`, `${at}.target must be positive (got ${criterion.target})`);
    } else if (input.normalization === 'target') {
      fail(`${at}.target`, `${at}.target is required under normalization 'target'`);
    }
  });

  if (!NORMALIZATIONS.includes(input.normalization))
    fail('normalization', `normalization must be one of ${NORMALIZATIONS.join(', ')} (got ${describe(input.normalization)})`);
  if (!WEIGHTINGS.includes(input.weighting)) fail('weighting', `weighting must be one of ${WEIGHTINGS.join(', ')} (got ${describe(input.weighting)})`);
  if (!AGGREGATIONS.includes(input.aggregation))
    fail('aggregation', `aggregation must be one of ${AGGREGATIONS.join(', ')} (got ${describe(input.aggregation)})`);

  if (input.weighting === 'given' && criteria.every((criterion) => criterion.weight === 0)) {
    fail('weights', "weights must not all be zero (every criteria[].weight is 0 under weighting 'given')");
  }
  if (input.normalization === 'vector' && input.aggregation === 'weighted-sum') {
    const cost = criteria.findIndex((criterion) => criterion.type === 'cost');
    if (cost >= 0) {
      fail(
        'normalization',
        `normalization 'vector' does not flip cost criteria (criteria[${cost}] is a cost), so it needs aggregation 'topsis'; use 'min-max', 'max' or 'target' with 'weighted-sum'`,
      );
    }
  }
  if (input.cap !== undefined && (!isFiniteNumber(input.cap) || input.cap <= 0)) fail('cap', `cap must be a positive number (got ${describe(input.cap)})`);

  if (!Array.isArray(matrix)) fail('matrix', 'matrix must be an array of rows');
  if (matrix.length !== alternatives.length) fail('matrix', `matrix has ${matrix.length} rows, expected one per alternative (${alternatives.length})`);
  const ratio = RATIO_NORMALIZATIONS.includes(input.normalization);
  const entropy = input.weighting === 'entropy';
  for (let i = 0; i < matrix.length; i++) {
    const row = matrix[i];
    if (!Array.isArray(row)) fail(`matrix[${i}]`, `matrix[${i}] must be an array of numbers`);
    if (row.length !== criteria.length) fail(`matrix[${i}]`, `matrix[${i}] has ${row.length} values, expected one per criterion (${criteria.length})`);
    for (let j = 0; j < row.length; j++) {
      const x: unknown = row[j];
      // The field name is built only for a bad cell: this loop runs for every cell of the matrix.
      if (!isFiniteNumber(x)) fail(`matrix[${i}][${j}]`, `matrix[${i}][${j}] must be a finite number (got ${describe(x)})`);
      if (x < 0 && entropy) fail(`matrix[${i}][${j}]`, `matrix[${i}][${j}] must not be negative under weighting 'entropy' (got ${x})`);
      if (x < 0 && ratio) fail(`matrix[${i}][${j}]`, `matrix[${i}][${j}] must not be negative under normalization '${input.normalization}' (got ${x})`);
    }
  }

  if (input.mc !== undefined) validateMonteCarloOptions(input.mc, 'mc');
}

/** draws: an integer in [1, MAX_DRAWS]; noise: a finite number ≥ 0; seed: a safe integer. */
export function validateMonteCarloOptions(options: MonteCarloOptions, prefix: string): void {
  if (typeof options !== 'object' || options === null) fail(prefix, `${prefix} must be an object`);
  const { draws, noise, seed } = options;
  if (!Number.isInteger(draws) || draws < 1 || draws > MAX_DRAWS)
    fail(`${prefix}.draws`, `${prefix}.draws must be an integer from 1 to ${MAX_DRAWS} (got ${describe(draws)})`);
  if (!isFiniteNumber(noise) || noise < 0) fail(`${prefix}.noise`, `${prefix}.noise must be a finite number ≥ 0 (got ${describe(noise)})`);
  if (!Number.isSafeInteger(seed)) fail(`${prefix}.seed`, `${prefix}.seed must be an integer (got ${describe(seed)})`);
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** A short, safe rendering of a bad value for an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}

function fail(field: string, message: string): never {
  throw new ScoringInputError(field, message);
}
