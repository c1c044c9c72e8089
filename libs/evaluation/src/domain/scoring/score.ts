import { runMonteCarlo } from './monte-carlo.js';
import { aggregateScores, prepareScoring } from './pipeline.js';
import { competitionRanks } from './rank.js';
import type { ScoreInput, ScoreOutput } from './types.js';
import { validateScoreInput } from './validate.js';

/**
 * The whole scoring pipeline of DESIGN §3.1: validate, normalize per criterion, weight (given or
 * entropy, rescaled to sum 1), aggregate (weighted sum or TOPSIS) to scores in [0, 1], rank with
 * competition ranking and the tie rule, and with `mc` the Monte Carlo rank stability. The output
 * has exactly the command's shape: weights, normalized, scores, ranks (and mc).
 */
export function score(input: ScoreInput): ScoreOutput {
  validateScoreInput(input);
  const prepared = prepareScoring(input);
  const scores = aggregateScores(input, prepared.normalized, prepared.weights);
  const output: ScoreOutput = {
    weights: prepared.weights,
    normalized: prepared.normalized,
    scores,
    ranks: competitionRanks(scores),
  };
  if (input.mc !== undefined) output.mc = runMonteCarlo(input, prepared, input.mc);
  return output;
}
