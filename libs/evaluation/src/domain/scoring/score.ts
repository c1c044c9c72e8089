import { scoreAlternatives } from './engine.js';
import { DEFAULT_CAP } from './normalize.js';
import type { ScoreInput, ScoreOutput } from './types.js';
import { validateScoreInput } from './validate.js';

/**
 * The `score` command's pipeline (DESIGN §3.1): validate, then the engine a round's scoring runs
 * (`scoreAlternatives`) with one normalization for every criterion, the given or entropy weights,
 * no missing values and no previous round. The output has exactly the command's shape: weights,
 * normalized, scores, ranks (and mc).
 */
export function score(input: ScoreInput): ScoreOutput {
  validateScoreInput(input);
  const given = input.weighting === 'given';
  const target = input.normalization === 'target';
  const result = scoreAlternatives({
    criteria: input.criteria.map((criterion) => ({
      direction: criterion.type,
      normalization: input.normalization,
      weight: given ? criterion.weight : undefined,
    })),
    matrix: input.matrix,
    targets: target ? input.matrix.map(() => input.criteria.map((criterion) => criterion.target ?? null)) : undefined,
    cap: input.cap ?? DEFAULT_CAP,
    weighting: input.weighting,
    aggregation: input.aggregation,
    vectorCostIdealIsMin: true,
    mc: input.mc,
  });
  const output: ScoreOutput = {
    weights: result.weights,
    normalized: result.normalized as number[][],
    scores: result.scores,
    ranks: result.ranks,
  };
  if (result.mc !== undefined) output.mc = result.mc;
  return output;
}
