import { topsis, weightedSumInto } from './aggregate.js';
import { type PreparedScoring, prepareScoring } from './pipeline.js';
import { mulberry32 } from './random.js';
import { CompetitionRanker } from './rank.js';
import type { MonteCarloOptions, MonteCarloResult, ScoreInput } from './types.js';
import { validateMonteCarloOptions, validateScoreInput } from './validate.js';

/** Draws whose ranks are counted together (see runMonteCarlo): each histogram row is visited once per block. */
const BLOCK = 256;

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

/**
 * The simulation proper, on an already validated and prepared input. The normalized matrix is
 * not touched again: each draw is perturbed weights, one pass of multiply-adds over the typed
 * matrix (weighted sum; TOPSIS goes through `topsis`), and an O(n log n) ranking into a histogram.
 */
export function runMonteCarlo(input: ScoreInput, prepared: PreparedScoring, options: MonteCarloOptions): MonteCarloResult {
  const { draws, noise, seed } = options;
  const base = Float64Array.from(prepared.weights);
  const n = input.alternatives.length;
  const random = mulberry32(seed);
  const weights = new Float64Array(base.length);
  const scores = new Float64Array(n);
  const ranker = new CompetitionRanker(n);
  // counts[i · n + r − 1] = number of draws in which alternative i had rank r. The ranks of a block
  // of draws are kept and then counted alternative by alternative: one histogram row at a time
  // instead of n rows touched per draw (n² counters do not fit in the cache).
  const counts = new Int32Array(n * n);
  const block = new Int32Array(Math.min(BLOCK, draws) * n);
  let inBlock = 0;
  const flush = () => {
    for (let i = 0; i < n; i++) {
      const row = i * n - 1;
      for (let b = 0; b < inBlock; b++) counts[row + block[b * n + i]!]! += 1;
    }
    inBlock = 0;
  };
  const directions = input.criteria.map((criterion) => criterion.type);
  for (let draw = 0; draw < draws; draw++) {
    perturb(base, noise, random, weights);
    if (input.aggregation === 'topsis') scores.set(topsis(prepared.normalized, Array.from(weights), directions, input.normalization));
    else weightedSumInto(prepared.flat, weights, scores);
    ranker.rank(scores, block.subarray(inBlock * n, (inBlock + 1) * n));
    if (++inBlock === BLOCK) flush();
  }
  flush();
  const medianRank: number[] = [];
  const rankInterval: [number, number][] = [];
  const rankProbabilities: number[][] = [];
  const k5 = nearestRankCount(draws, 5);
  const k50 = nearestRankCount(draws, 50);
  const k95 = nearestRankCount(draws, 95);
  for (let i = 0; i < n; i++) {
    // One pass over the histogram: the probabilities and the three percentiles.
    const probabilities = new Array<number>(n);
    let p5 = n;
    let p50 = n;
    let p95 = n;
    let cumulative = 0;
    for (let r = 0, at = i * n; r < n; r++, at++) {
      const count = counts[at]!;
      probabilities[r] = count / draws;
      if (count === 0) continue;
      const before = cumulative;
      cumulative += count;
      if (before < k5 && cumulative >= k5) p5 = r + 1;
      if (before < k50 && cumulative >= k50) p50 = r + 1;
      if (before < k95 && cumulative >= k95) p95 = r + 1;
    }
    medianRank.push(p50);
    rankInterval.push([p5, p95]);
    rankProbabilities.push(probabilities);
  }
  return { draws, medianRank, rankInterval, rankProbabilities };
}

/**
 * w'_j = max(0, w_j · (1 + (2u − 1) · noise)), rescaled to sum 1, into `out`. One random number
 * per criterion and draw, always, so the stream stays aligned. If every weight is clamped to 0
 * (possible only with noise > 1) the draw keeps the unperturbed weights.
 */
function perturb(base: Float64Array, noise: number, random: () => number, out: Float64Array): void {
  let sum = 0;
  for (let j = 0; j < base.length; j++) {
    const value = base[j]! * (1 + (2 * random() - 1) * noise);
    out[j] = value > 0 ? value : 0;
  }
  for (let j = 0; j < out.length; j++) sum += out[j]!;
  if (sum > 0) for (let j = 0; j < out.length; j++) out[j] = out[j]! / sum;
  else out.set(base);
}

/**
 * Nearest-rank percentiles of the ranks recorded in a histogram: P_p is the smallest rank r whose
 * cumulative count reaches k = ⌈p · draws / 100⌉ (at least 1). Always an actual rank, never an
 * interpolated one; the median is p = 50 (the lower median for an even number of draws).
 */
function nearestRankCount(draws: number, percent: number): number {
  return Math.max(1, Math.ceil((percent * draws) / 100));
}
