/**
 * The scoring engine of the quarterly evaluation (赛马比拼, DESIGN §3 and §3.1): pure functions,
 * no I/O, deterministic. Formulas and chosen conventions: libs/evaluation/README.md.
 */
export { topsis, weightedRowSums } from './aggregate.js';
export { type EngineCriterion, type EngineProblem, type EngineResult, MIN_RELATIVE_GROUP, scoreAlternatives } from './engine.js';
export { MONTE_CARLO_DEFAULTS, monteCarloRanks } from './monte-carlo.js';
export { DEFAULT_CAP, normalizeColumn, normalizeCriterion, towardTarget } from './normalize.js';
export { parseScoreInput } from './parse.js';
export { mulberry32 } from './random.js';
export { CompetitionRanker, competitionRanks, isTie, TIE_TOLERANCE } from './rank.js';
export { score } from './score.js';
export {
  type Aggregation,
  AGGREGATIONS,
  type Criterion,
  type CriterionNormalization,
  type Direction,
  DIRECTIONS,
  type MonteCarloOptions,
  type MonteCarloResult,
  type Normalization,
  NORMALIZATIONS,
  type ScoreInput,
  ScoringInputError,
  type ScoreOutput,
  type Weighting,
  WEIGHTINGS,
} from './types.js';
export { MAX_DRAWS, validateScoreInput } from './validate.js';
export { entropyWeights, rescaleWeights } from './weights.js';
