import { aggregateScores, type PreparedScoring, prepareScoring } from './pipeline.js';
import { mulberry32 } from './random.js';
import { competitionRanks } from './rank.js';
import type { MonteCarloOptions, MonteCarloResult, ScoreInput } from './types.js';
import { validateMonteCarloOptions, validateScoreInput } from './validate.js';

/** DESIGN §3: 1,000 draws, δ = 0.2; the seed normally comes from the round. */
export const MONTE_CARLO_DEFAULTS: Readonly<MonteCarloOptions> = { draws: 1000, noise: 0.2, seed: 0 };

/**
 * Rank stability (排名稳定性): how much the ranking depends on the exact weights. Each draw
 * multiplies every weight by (1 + u·noise) with u ~ U(−1, 1) from mulberry32(seed), drawn in
 * criterion order, clamps negatives at 0 and rescales to sum 1; scores and competition ranks are
 * then recomputed on the unchanged normalized matrix. Per alternative: the median rank and the
 * 90 % interval [p5, p95] (nearest-rank percentiles), and P(rank = r) for r = 1..n.
 */
export function monteCarloRanks(input: ScoreInput, options: MonteCarloOptions): MonteCarloResult {
  validateScoreInput({ ...input, mc: undefined });
  validateMonteCarloOptions(options, 'mc');
  return runMonteCarlo(input, prepareScoring(input), options);
}

/** The simulation proper, on an already validated and prepared input. */
export function runMonteCarlo(input: ScoreInput, prepared: PreparedScoring, options: MonteCarloOptions): MonteCarloResult {
  const { draws, noise, seed } = options;
  const base = prepared.weights;
  const n = input.alternatives.length;
  const random = mulberry32(seed);
  // counts[i][r − 1] = number of draws in which alternative i had rank r.
  const counts = input.alternatives.map(() => new Array<number>(n).fill(0));
  for (let draw = 0; draw < draws; draw++) {
    const weights = perturb(base, noise, random);
    const ranks = competitionRanks(aggregateScores(input, prepared.normalized, weights));
    ranks.forEach((rank, i) => {
      counts[i]![rank - 1]! += 1;
    });
  }
  return {
    draws,
    medianRank: counts.map((histogram) => nearestRank(histogram, draws, 50)),
    rankInterval: counts.map((histogram): [number, number] => [nearestRank(histogram, draws, 5), nearestRank(histogram, draws, 95)]),
    rankProbabilities: counts.map((histogram) => histogram.map((count) => count / draws)),
  };
}

/**
 * w'_j = max(0, w_j · (1 + (2u − 1) · noise)), rescaled to sum 1. One random number per criterion
 * and draw, always, so the stream stays aligned. If every weight is clamped to 0 (possible only
 * with noise > 1) the draw keeps the unperturbed weights.
 */
function perturb(base: number[], noise: number, random: () => number): number[] {
  const perturbed = base.map((w) => {
    const value = w * (1 + (2 * random() - 1) * noise);
    return value > 0 ? value : 0;
  });
  let sum = 0;
  for (const w of perturbed) sum += w;
  return sum > 0 ? perturbed.map((w) => w / sum) : base;
}

/**
 * Nearest-rank percentile of the ranks recorded in `histogram`: the smallest rank r whose
 * cumulative count reaches k = ⌈p · draws / 100⌉ (at least 1). Always an actual rank, never an
 * interpolated one; the median is p = 50 (the lower median for an even number of draws).
 */
function nearestRank(histogram: number[], draws: number, percent: number): number {
  const k = Math.max(1, Math.ceil((percent * draws) / 100));
  let cumulative = 0;
  for (let r = 0; r < histogram.length; r++) {
    cumulative += histogram[r]!;
    if (cumulative >= k) return r + 1;
  }
  return histogram.length;
}
