import { topsis, weightedRowSums } from './aggregate.js';
import { normalizeCriterion } from './normalize.js';
import { mulberry32 } from './random.js';
import { CompetitionRanker, competitionRanks } from './rank.js';
import type { CriterionNormalization, Direction, MonteCarloOptions, MonteCarloResult } from './types.js';
import { entropyWeights, entropyWeightsOfColumns, rescaleWeights } from './weights.js';

export interface EngineCriterion {
  direction: Direction;
  normalization: CriterionNormalization;
  /** The given (expert) weight before rescaling; may be left out only under `entropy` weighting. */
  weight?: number;
  /** Where entropy weighting counts this column's values from (a negative range minimum), default 0. */
  entropyOrigin?: number;
}

/**
 * One scoring: alternatives (rows) × criteria (columns). The `score` command, the round's level
 * groups and the benchmark all describe their problem in this shape and run `scoreAlternatives`.
 */
export interface EngineProblem {
  criteria: EngineCriterion[];
  /** rows = alternatives, columns = criteria; null = not answered (an optional indicator left empty). */
  matrix: (number | null)[][];
  /** Each alternative's own target per criterion (`target` normalization); a column with a missing one falls back to min-max. */
  targets?: (number | null)[][];
  cap: number;
  weighting: 'given' | 'entropy' | 'combined';
  /** Share of the given weights under `combined`: α·given + (1 − α)·entropy. */
  alpha?: number;
  aggregation: 'weighted-sum' | 'topsis';
  /** A missing value: its weight left out of the alternative's sum (`renormalize`), or the column's minimum raw value (`group-minimum`). */
  missing?: 'renormalize' | 'group-minimum';
  /**
   * Under TOPSIS, whether a `vector` cost column (left unflipped) takes the column minimum as its
   * ideal (DESIGN §3.1, the `score` command). A round's scheme has always scored its columns as
   * flipped (ideal = column maximum for every column); it keeps doing so.
   */
  vectorCostIdealIsMin?: boolean;
  /** Each alternative's previous score, for improvement (进步); absent or null = none. */
  previous?: (number | null)[];
  /** β of total = (1 − β)·score + β·improvement; 0 when nobody has a previous score. */
  beta?: number;
  mc?: MonteCarloOptions;
}

export interface EngineResult {
  /** The weights used (given, entropy or combined), rescaled to sum 1. */
  weights: number[];
  /** The given weights rescaled, when every criterion has one. */
  declaredWeights: number[] | null;
  /** Normalized values, 1 is best; null where not answered. */
  normalized: (number | null)[][];
  /** The aggregation's score per alternative, in [0, 1]. */
  scores: number[];
  improvement: number[];
  /** (1 − β)·score + β·improvement: what the ranks and the Monte Carlo rank. */
  totals: number[];
  ranks: number[];
  /** With `mc`: the rank stability. With a single alternative no draw is needed: rank 1 with probability 1. */
  mc?: MonteCarloResult;
}

/**
 * The fewest alternatives with a previous score for which improvement is normalized across them.
 * Below it a relative scale only says "first" and "last": min-max over two values gives 1 and 0
 * whatever the distance, so in a level of two the runner-up's improvement would always be 0
 * however much it rose. Such groups (L1 has one or two members, L2 three) use an absolute scale.
 */
export const MIN_RELATIVE_GROUP = 5;

/** Draws whose ranks are counted together: each histogram row is visited once per block. */
const BLOCK = 256;

/** Monte Carlo draws scored together in one pass over the matrix (weighted sum). */
const DRAWS_PER_PASS = 4;

/**
 * The scoring engine (DESIGN §3): normalize each criterion column once; weights (given, entropy
 * or combined, rescaled to sum 1); aggregate by weighted sum (over the answered criteria, divided
 * by their weights) or TOPSIS; improvement and totals; competition ranks with the tie rule; and
 * with `mc` the seeded Monte Carlo rank stability on the same normalized matrix. Pure and
 * deterministic. Formulas and chosen conventions: libs/evaluation/README.md.
 */
export function scoreAlternatives(problem: EngineProblem): EngineResult {
  const { criteria } = problem;
  const columns = criteria.length;
  const fillMissing = problem.missing === 'group-minimum';
  // Copied only where the missing values are filled in; otherwise read as given.
  const raw = fillMissing ? problem.matrix.map((row) => row.slice()) : problem.matrix;
  const m = raw.length;
  if (fillMissing) {
    for (let j = 0; j < columns; j++) {
      const present = raw.map((r) => r[j]).filter((x): x is number => x !== null);
      const min = present.length ? Math.min(...present) : 0;
      for (const r of raw) r[j] = r[j] ?? min;
    }
  }
  // The raw values column by column (one pass over the rows), then each column normalized into
  // the row-major matrix the scores read; the `normalized` output is built from it row by row.
  const rawColumns = new Float64Array(m * columns);
  const columnComplete = new Uint8Array(columns).fill(1);
  let complete = true;
  // A row of another length (not from the command or a round) takes the general path everywhere.
  let regular = true;
  for (let i = 0; i < m; i++) {
    const row = raw[i];
    if (row.length !== columns) regular = false;
    for (let j = 0; j < columns; j++) {
      const v = row[j]!;
      if (v === null) {
        columnComplete[j] = 0;
        complete = false;
      } else rawColumns[j * m + i] = v;
    }
  }
  const packedValues = new Float64Array(m * columns);
  const packedPresent = new Uint8Array(m * columns);
  const values = new Array<number | null>(m);
  for (let j = 0; j < columns; j++) {
    const criterion = criteria[j];
    const column = rawColumns.subarray(j * m, (j + 1) * m);
    if (regular && columnComplete[j] === 1 && criterion.normalization === 'min-max' && minMaxInto(column, criterion.direction, packedValues, j, columns)) {
      for (let i = 0, at = j; i < m; i++, at += columns) packedPresent[at] = 1;
      continue;
    }
    for (let i = 0; i < m; i++) values[i] = raw[i][j]!;
    const normalizedColumn = normalizeCriterion(
      criterion.direction,
      criterion.normalization,
      values,
      problem.targets?.map((t) => t[j] ?? null),
      problem.cap,
    );
    for (let i = 0, at = j; i < m; i++, at += columns) {
      const v = normalizedColumn[i]!;
      if (v === null) continue;
      packedValues[at] = v;
      packedPresent[at] = 1;
    }
  }
  const normalized: (number | null)[][] = [];
  const rowComplete = new Uint8Array(m);
  for (let i = 0, offset = 0; i < m; i++, offset += columns) {
    const row = new Array<number | null>(columns);
    let all = 1;
    for (let j = 0; j < columns; j++) {
      if (packedPresent[offset + j] === 1) row[j] = packedValues[offset + j]!;
      else {
        row[j] = null;
        all = 0;
      }
    }
    rowComplete[i] = all;
    normalized.push(row);
  }

  const declaredWeights = criteria.every((c) => c.weight !== undefined) ? rescaleWeights(criteria.map((c) => c.weight!)) : null;
  const weights = weightsOf(problem, raw, regular ? rawColumns : null, complete, declaredWeights);

  const matrix: PackedMatrix = {
    rows: m,
    columns,
    values: packedValues,
    present: packedPresent,
    complete: rowComplete,
    allComplete: rowComplete.every((x) => x === 1),
    full: problem.aggregation === 'topsis' ? fullMatrix(normalized, columns) : null,
  };
  const previous = problem.previous ?? raw.map(() => null);
  const beta = problem.beta ?? 0;
  // TOPSIS ideals: 'cost' (ideal = column minimum) only for an unflipped vector cost column where
  // the problem asks for it; every other column is already "1 is best" (ideal = column maximum).
  const topsisDirections: Direction[] = criteria.map((c) =>
    problem.vectorCostIdealIsMin && c.normalization === 'vector' && c.direction === 'cost' ? 'cost' : 'benefit',
  );
  const scores = new Float64Array(m);
  const improvement = new Float64Array(m);
  const totals = new Float64Array(m);
  if (m > 0) {
    scoresInto(matrix, weights, topsisDirections, scores);
    totalsInto(scores, previous, beta, improvement, totals);
  }
  const totalsArray = Array.from(totals);
  const result: EngineResult = {
    weights,
    declaredWeights,
    normalized,
    scores: Array.from(scores),
    improvement: Array.from(improvement),
    totals: totalsArray,
    ranks: competitionRanks(totalsArray),
  };
  if (problem.mc !== undefined) result.mc = monteCarlo(matrix, weights, topsisDirections, previous, beta, problem.mc, result.ranks);
  return result;
}

/** Given (the declared weights), entropy on the raw values counted from each column's origin (a missing value as the column minimum), or combined. */
function weightsOf(
  problem: EngineProblem,
  raw: readonly (number | null)[][],
  rawColumns: Float64Array | null,
  complete: boolean,
  declared: number[] | null,
): number[] {
  const entropy = () => {
    // As given when nothing is missing and every origin is 0 (x − 0 is x, to the bit): read column by column.
    const asGiven = complete && problem.criteria.every((c) => (c.entropyOrigin ?? 0) === 0);
    if (asGiven) return (rawColumns && entropyWeightsOfColumns(rawColumns, raw.length, problem.criteria.length)) ?? entropyWeights(raw as number[][]);
    const fill = columnMinima(raw, problem.criteria.length);
    return entropyWeights(raw.map((r) => r.map((v, j) => (v ?? fill[j]) - (problem.criteria[j].entropyOrigin ?? 0))));
  };
  if (problem.weighting === 'given' || raw.length === 0) return declared ?? rescaleWeights(problem.criteria.map((c) => c.weight ?? 0));
  if (problem.weighting === 'entropy') return entropy();
  const alpha = problem.alpha ?? 0.5;
  const given = declared ?? rescaleWeights(problem.criteria.map((c) => c.weight ?? 0));
  return rescaleWeights(entropy().map((e, j) => alpha * given[j] + (1 - alpha) * e));
}

/** Each column's minimum with 0 as a floor (missing values ignored): how a full matrix counts a missing value. */
function columnMinima(matrix: readonly (number | null)[][], columns: number): number[] {
  const fill: number[] = [];
  for (let j = 0; j < columns; j++) {
    let min = 0;
    for (const row of matrix) if (row[j] !== null) min = Math.min(min, row[j]!);
    fill.push(min);
  }
  return fill;
}

/**
 * The normalized matrix in the shape the per-draw loop wants: row-major values (0 where missing),
 * which values are present, whether each row is complete, and under TOPSIS the full matrix
 * (missing = column minimum).
 */
interface PackedMatrix {
  rows: number;
  columns: number;
  values: Float64Array;
  present: Uint8Array;
  complete: Uint8Array;
  allComplete: boolean;
  full: number[][] | null;
}

/** Under TOPSIS, the normalized matrix with a missing value as its column's minimum. */
function fullMatrix(n: (number | null)[][], columns: number): number[][] {
  const fill = columnMinima(n, columns);
  return n.map((row) => row.map((v, j) => v ?? fill[j]));
}

/**
 * `min-max` of one complete column straight into column j of the row-major matrix: the same
 * arithmetic as `normalizeColumn` (constant column 1; halved when max − min overflows; clamped).
 * Returns false, writing nothing, when a value is not finite: the general path then refuses it.
 */
function minMaxInto(column: Float64Array, direction: Direction, out: Float64Array, j: number, columns: number): boolean {
  const m = column.length;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < m; i++) {
    const x = column[i];
    if (x - x !== 0) return false; // NaN or ±Infinity
    if (x < min) min = x;
    if (x > max) max = x;
  }
  if (max === min) {
    for (let i = 0, at = j; i < m; i++, at += columns) out[at] = 1;
    return true;
  }
  const scale = Number.isFinite(max - min) ? 1 : 0.5;
  const span = max * scale - min * scale;
  const low = min * scale;
  const high = max * scale;
  if (direction === 'benefit') {
    for (let i = 0, at = j; i < m; i++, at += columns) {
      const v = (column[i] * scale - low) / span;
      out[at] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
  } else {
    for (let i = 0, at = j; i < m; i++, at += columns) {
      const v = (high - column[i] * scale) / span;
      out[at] = v < 0 ? 0 : v > 1 ? 1 : v;
    }
  }
  return true;
}

/**
 * Scores into `out`: TOPSIS on the full matrix, or the weighted sum over the answered criteria
 * divided by their weights. A missing value is stored as 0 and adds w · 0 = +0, which leaves a sum
 * of non-negative terms exactly as it was, so every row's sum goes through the one fast loop; only
 * the divisor of an incomplete row is its own. With every n ≤ 1 the sum never exceeds the divisor
 * (rounding is monotone), so the score stays in [0, 1] without clamping.
 */
function scoresInto(g: PackedMatrix, weights: ArrayLike<number>, directions: Direction[], out: Float64Array): void {
  if (g.full !== null) {
    // 'vector' makes `topsis` follow `directions` column by column (see topsisDirections).
    out.set(topsis(g.full, Array.from(weights), directions, 'vector'));
    return;
  }
  const { rows, columns, values, present, complete } = g;
  weightedRowSums(values, weights instanceof Float64Array ? weights : Float64Array.from(weights), out);
  let allWeights = 0;
  for (let j = 0; j < columns; j++) allWeights += weights[j];
  for (let i = 0, offset = 0; i < rows; i++, offset += columns) {
    let weight = allWeights;
    if (complete[i] === 0) {
      weight = 0;
      for (let j = 0; j < columns; j++) if (present[offset + j] === 1) weight += weights[j];
    }
    out[i] = weight > 0 ? out[i] / weight : 0;
  }
}

/**
 * Improvement and totals, into `improvement` and `totals`. With at least MIN_RELATIVE_GROUP
 * alternatives that have a previous score, the change d = score − previous is min-max normalized
 * over them (all equal → 1); with fewer, on the absolute scale (1 + d)/2 — 0.5 for no change, 1 for
 * a rise from 0 to 1 — which depends on nobody else's change. β is 0 when nobody has one.
 */
function totalsInto(scores: Float64Array, previous: (number | null)[], beta: number, improvement: Float64Array, totals: Float64Array): void {
  let known = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < scores.length; i++) {
    if (previous[i] === null) continue;
    const d = scores[i] - previous[i]!;
    known++;
    min = Math.min(min, d);
    max = Math.max(max, d);
  }
  const useBeta = known > 0 ? beta : 0;
  const relative = known >= MIN_RELATIVE_GROUP;
  for (let i = 0; i < scores.length; i++) {
    const l = scores[i];
    const p = previous[i]!;
    if (previous[i] === null) improvement[i] = 0;
    else if (!relative) improvement[i] = Math.min(1, Math.max(0, (1 + l - p) / 2));
    else improvement[i] = max === min ? 1 : (l - p - min) / (max - min);
    totals[i] = (1 - useBeta) * l + useBeta * improvement[i];
  }
}

/**
 * Rank stability (排名稳定性). Each draw multiplies every weight by (1 + u·noise), u ~ U(−1, 1)
 * from mulberry32(seed) drawn in criterion order, clamps negatives at 0 and rescales to sum 1 (all
 * clamped: the unperturbed weights); scores, totals and competition ranks are recomputed on the
 * unchanged normalized matrix. Under the weighted sum, DRAWS_PER_PASS draws are scored in one pass
 * over the matrix, each draw's sums still added in criterion order (the same bits as one draw at a
 * time). Without any previous score the totals are the scores (+ 0, which changes no rank), so
 * the scores are ranked directly. The ranks of a block of draws are kept and then copied
 * alternative by alternative, so that each alternative's ranks end up side by side; each is then
 * counted into one reused histogram row (no n × n table), read only between its lowest and highest
 * rank. Per alternative: the median rank and [p5, p95] by nearest rank, and P(rank = r).
 */
function monteCarlo(
  matrix: PackedMatrix,
  base: number[],
  directions: Direction[],
  previous: (number | null)[],
  beta: number,
  options: MonteCarloOptions,
  ranks: number[],
): MonteCarloResult {
  const n = matrix.rows;
  // A single alternative has rank 1 whatever the weights: no draw is needed.
  const draws = n > 1 ? options.draws : 0;
  const random = mulberry32(options.seed);
  const baseTyped = Float64Array.from(base);
  const columns = base.length;
  const ranker = new CompetitionRanker(n);
  const anyPrevious = previous.some((p) => p !== null);
  const improvement = new Float64Array(n);
  const totals = new Float64Array(n);
  // Each alternative's ranks over all draws, side by side (2 bytes a rank while ranks fit): the
  // ranks of a block of draws are ranked draw by draw and then copied alternative by alternative.
  const byAlternative = n <= 0xffff ? new Uint16Array(draws * n) : new Int32Array(draws * n);
  const block = new Int32Array(Math.min(BLOCK, draws) * n);
  let first = 0;
  let inBlock = 0;
  const flush = () => {
    for (let i = 0; i < n; i++) {
      const to = i * draws + first;
      for (let b = 0; b < inBlock; b++) byAlternative[to + b] = block[b * n + i]!;
    }
    first += inBlock;
    inBlock = 0;
  };
  // DRAWS_PER_PASS draws at a time: their weights interleaved (criterion j of draw k at j·D + k), their scores one row each.
  const batch = matrix.full === null ? DRAWS_PER_PASS : 1;
  const weights = new Float64Array(columns);
  const interleaved = new Float64Array(columns * batch);
  const batchScores = new Float64Array(n * batch);
  for (let draw = 0; draw < draws; draw += batch) {
    const count = Math.min(batch, draws - draw);
    for (let k = 0; k < count; k++) {
      perturb(baseTyped, options.noise, random, weights);
      for (let j = 0; j < columns; j++) interleaved[j * batch + k] = weights[j]!;
    }
    if (matrix.full !== null) scoresInto(matrix, weights, directions, batchScores);
    else weightedSumsOfDraws(matrix, interleaved, count, batchScores);
    for (let k = 0; k < count; k++) {
      const scores = batchScores.subarray(k * n, (k + 1) * n);
      let ranked = scores;
      if (anyPrevious) {
        totalsInto(scores, previous, beta, improvement, totals);
        ranked = totals;
      }
      ranker.rank(ranked, block.subarray(inBlock * n, (inBlock + 1) * n));
      if (++inBlock === BLOCK) flush();
    }
  }
  flush();
  const counted = draws || 1;
  const k5 = nearestRankCount(counted, 5);
  const k50 = nearestRankCount(counted, 50);
  const k95 = nearestRankCount(counted, 95);
  const medianRank: number[] = [];
  const rankInterval: [number, number][] = [];
  const rankProbabilities: number[][] = [];
  // One histogram row, reused: counted from the alternative's ranks, read once, cleared as it is read.
  const counts = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    let low = n;
    let high = -1;
    if (draws === 0) {
      low = high = ranks[i] - 1;
      counts[low] = 1;
    }
    for (let d = i * draws, end = d + draws; d < end; d++) {
      const r = byAlternative[d] - 1;
      counts[r] += 1;
      if (r < low) low = r;
      if (r > high) high = r;
    }
    // One pass over the ranks reached: the probabilities and the three percentiles.
    // Zeros first, then the ranks reached (a preallocated array: measured cheaper to collect than copies of a row of zeros).
    const probabilities = new Array<number>(n);
    for (let r = 0; r < n; r++) probabilities[r] = 0;
    let p5 = n;
    let p50 = n;
    let p95 = n;
    let cumulative = 0;
    for (let r = low; r <= high; r++) {
      const count = counts[r];
      if (count === 0) continue;
      probabilities[r] = count / counted;
      counts[r] = 0;
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
  return { draws: options.draws, medianRank, rankInterval, rankProbabilities };
}

/**
 * The weighted sums of `count` draws (≤ DRAWS_PER_PASS) in one pass over the matrix, three rows at a
 * time (twelve chains of additions): each draw's sum of a row still starts from 0 and adds w_j · n_ij in criterion order, so
 * its bits are those of `scoresInto`; then each row's sum is divided by the weights of the
 * criteria it answered, as there.
 */
function weightedSumsOfDraws(g: PackedMatrix, interleaved: Float64Array, count: number, out: Float64Array): void {
  const { rows: m, columns: c, values, present, complete } = g;
  const D = DRAWS_PER_PASS;
  let i = 0;
  for (; i + 3 <= m; i += 3) {
    const o = i * c;
    let a0 = 0;
    let b0 = 0;
    let c0 = 0;
    let d0 = 0;
    let a1 = 0;
    let b1 = 0;
    let c1 = 0;
    let d1 = 0;
    let a2 = 0;
    let b2 = 0;
    let c2 = 0;
    let d2 = 0;
    for (let j = 0, w = 0; j < c; j++, w += D) {
      const x = values[o + j];
      const y = values[o + c + j];
      const z = values[o + 2 * c + j];
      const wa = interleaved[w];
      const wb = interleaved[w + 1];
      const wc = interleaved[w + 2];
      const wd = interleaved[w + 3];
      a0 += wa * x;
      b0 += wb * x;
      c0 += wc * x;
      d0 += wd * x;
      a1 += wa * y;
      b1 += wb * y;
      c1 += wc * y;
      d1 += wd * y;
      a2 += wa * z;
      b2 += wb * z;
      c2 += wc * z;
      d2 += wd * z;
    }
    out[i] = a0;
    out[m + i] = b0;
    out[2 * m + i] = c0;
    out[3 * m + i] = d0;
    out[i + 1] = a1;
    out[m + i + 1] = b1;
    out[2 * m + i + 1] = c1;
    out[3 * m + i + 1] = d1;
    out[i + 2] = a2;
    out[m + i + 2] = b2;
    out[2 * m + i + 2] = c2;
    out[3 * m + i + 2] = d2;
  }
  for (; i < m; i++) {
    for (let k = 0; k < D; k++) {
      let sum = 0;
      for (let j = 0; j < c; j++) sum += interleaved[j * D + k] * values[i * c + j];
      out[k * m + i] = sum;
    }
  }
  for (let k = 0; k < count; k++) {
    let allWeights = 0;
    for (let j = 0; j < c; j++) allWeights += interleaved[j * D + k];
    // x / 1 is x: when the weights sum to exactly 1 and every row is complete, nothing to divide.
    if (allWeights === 1 && g.allComplete) continue;
    for (let i = 0, offset = 0, at = k * m; i < m; i++, offset += c, at++) {
      let weight = allWeights;
      if (complete[i] === 0) {
        weight = 0;
        for (let j = 0; j < c; j++) if (present[offset + j] === 1) weight += interleaved[j * D + k];
      }
      out[at] = weight > 0 ? out[at] / weight : 0;
    }
  }
}

/**
 * w'_j = max(0, w_j · (1 + (2u − 1) · noise)), rescaled to sum 1, into `out`. One random number
 * per criterion and draw, always, so the stream stays aligned. If every weight is clamped to 0
 * (possible only with noise > 1) the draw keeps the unperturbed weights.
 */
function perturb(base: Float64Array, noise: number, random: () => number, out: Float64Array): void {
  let sum = 0;
  for (let j = 0; j < base.length; j++) {
    const value = base[j] * (1 + (2 * random() - 1) * noise);
    out[j] = value > 0 ? value : 0;
  }
  for (let j = 0; j < out.length; j++) sum += out[j];
  if (sum > 0) for (let j = 0; j < out.length; j++) out[j] = out[j] / sum;
  else out.set(base);
}

/**
 * Nearest-rank percentiles: P_p is the smallest rank r whose cumulative count reaches
 * k = ⌈p · draws / 100⌉ (at least 1). Always an actual rank, never an interpolated one; the median
 * is p = 50 (the lower median for an even number of draws).
 */
function nearestRankCount(draws: number, percent: number): number {
  return Math.max(1, Math.ceil((percent * draws) / 100));
}
