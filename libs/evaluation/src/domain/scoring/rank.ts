/** Two totals closer than this (relative, with an absolute floor of 1) are the same total. */
export const TIE_TOLERANCE = 1e-9;

/**
 * DESIGN's tie rule |a − b| ≤ 1e-9 · max(1, |a|, |b|): floating point must not split equal
 * totals (0.1 + 0.2 ties 0.3), and the tolerance scales with the numbers compared.
 */
export function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Standard competition ranking (1, 2, 2, 4), higher score = better rank.
 *
 * The tie rule is not transitive (a ~ b and b ~ c without a ~ c), so groups are formed in sorted
 * order against the group's leader (its highest score): a score joins the current group when it
 * ties the leader, otherwise it opens a new group whose rank is its 1-based position. Exactly
 * equal scores are ordered by index, which never changes a rank.
 */
export function competitionRanks(scores: number[]): number[] {
  const n = scores.length;
  for (let i = 0; i < n; i++) if (!Number.isFinite(scores[i])) return competitionRanksByIndex(scores);
  const ranks = new Int32Array(n);
  new CompetitionRanker(n).rank(Float64Array.from(scores), ranks);
  return Array.from(ranks);
}

/** Buckets per score: two halve the scores an insertion moves, for a longer (sequential) count of the buckets. */
const BUCKETS_PER_SCORE = 2;

/** With a bucket larger than this, the bucket is ordered by a comparison sort (O(k log k)) instead of by insertion. */
const INSERTION_LIMIT = 24;

/**
 * The same ranking, with its scratch allocated once so the Monte Carlo loop ranks every draw
 * without allocating. The alternatives are put in ascending order of score by a bucket sort:
 * bucket ⌊(x − min) · 2n / (max − min)⌋ (monotone in x, so the buckets are in order), a counting
 * pass, then each score and its index are scattered into their bucket side by side, and each
 * bucket is ordered in place — by insertion on the contiguous scores, or by a comparison sort when
 * it holds more than INSERTION_LIMIT: O(n) for spread-out scores, O(n log n) at worst. Exactly equal
 * scores always share a rank whatever their order (the second ties whatever the first tied), so
 * no order among them is needed. The groups are then formed from the highest score down exactly as
 * above, so the ranks are the same. Scores that are not all finite go through the reference
 * algorithm.
 */
export class CompetitionRanker {
  private readonly bucketOf: Int32Array;
  private readonly starts: Int32Array;
  private readonly sortedScores: Float64Array;
  private readonly sortedIndices: Int32Array;

  constructor(readonly size: number) {
    this.bucketOf = new Int32Array(size);
    this.starts = new Int32Array(BUCKETS_PER_SCORE * size + 1);
    this.sortedScores = new Float64Array(size);
    this.sortedIndices = new Int32Array(size);
  }

  rank(scores: Float64Array, ranks: Int32Array): void {
    const { bucketOf, starts, sortedScores, sortedIndices, size: n } = this;
    if (n === 0) return;
    let min = scores[0];
    let max = min;
    for (let i = 0; i < n; i++) {
      const x = scores[i];
      if (x < min) min = x;
      else if (x > max) max = x;
      else if (x !== x) return void ranks.set(competitionRanksByIndex(Array.from(scores))); // NaN
    }
    if (!Number.isFinite(min) || !Number.isFinite(max)) return void ranks.set(competitionRanksByIndex(Array.from(scores)));
    const buckets = BUCKETS_PER_SCORE * n;
    let scale = buckets / (max - min);
    if (!Number.isFinite(scale)) scale = 0; // all equal, or a span too small or too large: one bucket
    starts.fill(0);
    let crowded = false;
    for (let i = 0; i < n; i++) {
      // Truncation is ⌊·⌋ here (the product is ≥ 0); monotone in the score, so the buckets are in order.
      let bucket = ((scores[i] - min) * scale) | 0;
      if (bucket >= buckets) bucket = buckets - 1;
      bucketOf[i] = bucket;
      if (++starts[bucket + 1] > INSERTION_LIMIT) crowded = true;
    }
    for (let b = 0; b < buckets; b++) starts[b + 1] += starts[b];
    for (let i = 0; i < n; i++) {
      const at = starts[bucketOf[i]]++;
      sortedScores[at] = scores[i]!;
      sortedIndices[at] = i;
    }
    // starts[b] is now the end of bucket b (the start of bucket b + 1).
    if (crowded) {
      for (let b = 0, from = 0; b < buckets; b++) {
        const to = starts[b];
        if (to - from > INSERTION_LIMIT) sortBucket(sortedScores, sortedIndices, from, to);
        else insertionSort(sortedScores, sortedIndices, from, to);
        from = to;
      }
    } else {
      // No bucket holds more than INSERTION_LIMIT, so one insertion pass over the whole array moves each score at most that far.
      insertionSort(sortedScores, sortedIndices, 0, n);
    }
    // From the highest score down, isTie(leader, value) inline: leader ≥ value, so |leader − value| = leader − value.
    let leader = sortedScores[n - 1];
    let rank = 1;
    for (let position = 0, k = n - 1; k >= 0; position++, k--) {
      const value = sortedScores[k];
      const a = leader < 0 ? -leader : leader;
      const b = value < 0 ? -value : value;
      const largest = a > b ? (a > 1 ? a : 1) : b > 1 ? b : 1;
      if (leader - value > TIE_TOLERANCE * largest) {
        leader = value;
        rank = position + 1;
      }
      ranks[sortedIndices[k]] = rank;
    }
  }
}

/** Ascending insertion sort of scores[from, to), moving the indices along. */
function insertionSort(scores: Float64Array, indices: Int32Array, from: number, to: number): void {
  for (let k = from + 1; k < to; k++) {
    const value = scores[k];
    if (scores[k - 1] <= value) continue;
    const index = indices[k];
    let h = k - 1;
    while (h >= from && scores[h] > value) {
      scores[h + 1] = scores[h]!;
      indices[h + 1] = indices[h]!;
      h--;
    }
    scores[h + 1] = value;
    indices[h + 1] = index;
  }
}

/** A crowded bucket: ordered by a comparison sort of its positions, then rewritten in that order. */
function sortBucket(scores: Float64Array, indices: Int32Array, from: number, to: number): void {
  const values = scores.slice(from, to);
  const owners = indices.slice(from, to);
  const order = Array.from({ length: to - from }, (_, k) => k).sort((p, q) => values[p] - values[q]);
  for (let k = 0; k < order.length; k++) {
    scores[from + k] = values[order[k]]!;
    indices[from + k] = owners[order[k]]!;
  }
}

/** The reference algorithm (sort of indices), kept for scores that are not all finite. */
function competitionRanksByIndex(scores: number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b] - scores[a] || a - b);
  const ranks = new Array<number>(scores.length);
  let leader = 0;
  let groupRank = 1;
  order.forEach((index, position) => {
    if (position === 0 || !isTie(scores[leader], scores[index])) {
      leader = index;
      groupRank = position + 1;
    }
    ranks[index] = groupRank;
  });
  return ranks;
}
