import { MONTE_CARLO_DEFAULTS } from './monte-carlo.js';
import type { Aggregation, Criterion, Direction, MonteCarloOptions, Normalization, ScoreInput, Weighting } from './types.js';
import { ScoringInputError } from './types.js';
import { describe, validateScoreInput } from './validate.js';

type JsonObject = Record<string, unknown>;

/**
 * Turns untrusted JSON (the `score` command's file, an API body) into a ScoreInput, or throws a
 * ScoringInputError naming the first bad field (e.g. `criteria[1].weight must not be negative`).
 * Shapes are checked here, values and consistency by validateScoreInput. Unknown keys are ignored.
 * A present `mc` gets DESIGN's defaults for missing members: 1000 draws, noise 0.2, seed 0.
 */
export function parseScoreInput(raw: unknown): ScoreInput {
  const root = object(raw, 'input');
  const input: ScoreInput = {
    alternatives: array(root.alternatives, 'alternatives', 'an array of names').map((name, i) => string(name, `alternatives[${i}]`)),
    criteria: array(root.criteria, 'criteria', 'an array of criteria').map((item, j) => criterion(item, `criteria[${j}]`)),
    matrix: array(root.matrix, 'matrix', 'an array of rows').map((row, i) =>
      array(row, `matrix[${i}]`, 'an array of numbers').map((x, j) => number(x, `matrix[${i}][${j}]`)),
    ),
    normalization: string(root.normalization, 'normalization') as Normalization,
    weighting: string(root.weighting, 'weighting') as Weighting,
    aggregation: string(root.aggregation, 'aggregation') as Aggregation,
  };
  if (root.cap !== undefined) input.cap = number(root.cap, 'cap');
  if (root.mc !== undefined) input.mc = monteCarlo(root.mc);
  validateScoreInput(input);
  return input;
}

function criterion(raw: unknown, at: string): Criterion {
  const item = object(raw, at);
  const result: Criterion = { id: string(item.id, `${at}.id`), type: string(item.type, `${at}.type`) as Direction };
  if (item.weight !== undefined) result.weight = number(item.weight, `${at}.weight`);
  if (item.target !== undefined) result.target = number(item.target, `${at}.target`);
  return result;
}

function monteCarlo(raw: unknown): MonteCarloOptions {
  const item = object(raw, 'mc');
  return {
    draws: item.draws === undefined ? MONTE_CARLO_DEFAULTS.draws : number(item.draws, 'mc.draws'),
    noise: item.noise === undefined ? MONTE_CARLO_DEFAULTS.noise : number(item.noise, 'mc.noise'),
    seed: item.seed === undefined ? MONTE_CARLO_DEFAULTS.seed : number(item.seed, 'mc.seed'),
  };
}

function object(value: unknown, field: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new ScoringInputError(field, `${field} must be an object (got ${describe(value)})`);
  return value as JsonObject;
}

function array(value: unknown, field: string, what: string): unknown[] {
  if (!Array.isArray(value)) {
    const got = value === undefined ? 'it is missing' : `got ${describe(value)}`;
    throw new ScoringInputError(field, `${field} must be ${what} (${got})`);
  }
  return value;
}

function string(value: unknown, field: string): string {
  if (typeof value !== 'string') {
    const got = value === undefined ? 'it is missing' : `got ${describe(value)}`;
    throw new ScoringInputError(field, `${field} must be a string (${got})`);
  }
  return value;
}

/** Any JS number passes here; NaN and ±Infinity are refused by validateScoreInput with the field. */
function number(value: unknown, field: string): number {
  if (typeof value !== 'number') {
    const got = value === undefined ? 'it is missing' : `got ${describe(value)}`;
    throw new ScoringInputError(field, `${field} must be a number (${got})`);
  }
  return value;
}
