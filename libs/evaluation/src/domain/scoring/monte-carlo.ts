import { score } from './score.js';
import type { MonteCarloOptions, MonteCarloResult, ScoreInput } from './types.js';
import { validateMonteCarloOptions, validateScoreInput } from './validate.js';

/** DESIGN §3: 1,000 draws, δ = 0.2; the seed normally comes from the round. */
export const MONTE_CARLO_DEFAULTS: Readonly<MonteCarloOptions> = { draws: 1000, noise: 0.2, seed: 0 };

/**
 * Rank stability (排名稳定性) of the `score` command's input alone: the engine's Monte Carlo
 * (`scoreAlternatives`, see there and the README) with `options`.
 */
export function monteCarloRanks(input: ScoreInput, options: MonteCarloOptions): MonteCarloResult {
  validateScoreInput({ ...input, mc: undefined });
  validateMonteCarloOptions(options, 'mc');
  return score({ ...input, mc: options }).mc!;
}
