/**
 * Types of the scoring engine of the quarterly evaluation (赛马比拼, DESIGN §3). Plain data, so
 * the engine runs the same in the worker, in the `score` command and in tests.
 */

/** 'benefit': more is better (效益型); 'cost': less is better (成本型), e.g. 生师比. */
export type Direction = 'benefit' | 'cost';
export type Normalization = 'min-max' | 'max' | 'vector' | 'target';
export type Weighting = 'given' | 'entropy';
export type Aggregation = 'weighted-sum' | 'topsis';

/**
 * How one criterion column is normalized by the engine: the four methods of DESIGN §3.1, plus
 * values already on 0…1 (`grade`: A…E as 1…0; `boolean`: 1/0), flipped for a cost criterion.
 */
export type CriterionNormalization = Normalization | 'grade' | 'boolean';

export const DIRECTIONS: readonly Direction[] = ['benefit', 'cost'];
export const NORMALIZATIONS: readonly Normalization[] = ['min-max', 'max', 'vector', 'target'];
export const WEIGHTINGS: readonly Weighting[] = ['given', 'entropy'];
export const AGGREGATIONS: readonly Aggregation[] = ['weighted-sum', 'topsis'];

export interface Criterion {
  id: string;
  type: Direction;
  /** Required under weighting 'given'; ignored (but still checked) under 'entropy'. */
  weight?: number;
  /** Required under normalization 'target'; ignored otherwise. */
  target?: number;
}

export interface MonteCarloOptions {
  draws: number;
  noise: number;
  seed: number;
}

export interface ScoreInput {
  alternatives: string[];
  criteria: Criterion[];
  /** rows = alternatives, columns = criteria */
  matrix: number[][];
  normalization: Normalization;
  weighting: Weighting;
  aggregation: Aggregation;
  /** For 'target': achievement is capped at this multiple of the target; default 1. */
  cap?: number;
  mc?: MonteCarloOptions;
}

export interface MonteCarloResult {
  draws: number;
  medianRank: number[];
  rankInterval: [number, number][];
  rankProbabilities: number[][];
}

export interface ScoreOutput {
  weights: number[];
  normalized: number[][];
  scores: number[];
  ranks: number[];
  mc?: MonteCarloResult;
}

/**
 * Bad input, with the offending field (e.g. `criteria[1].weight`) so the command can print it and
 * exit 2 and the API can answer 422 pointing at the field.
 */
export class ScoringInputError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
    this.name = 'ScoringInputError';
  }
}
