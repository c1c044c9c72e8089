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
  for (let i = 0; i < n; i++) if (!Number.isFinite(scores[i]!)) return competitionRanksByIndex(scores);
  const ranks = new Int32Array(n);
  new CompetitionRanker(n).rank(Float64Array.from(scores), ranks);
  return Array.from(ranks);
}

/** With a bucket larger than this, the order is found by a comparison sort (O(n log n)) instead of by insertion. */
const INSERTION_LIMIT = 24;

/**
 * The same ranking, with its scratch allocated once so the Monte Carlo loop ranks every draw
 * without allocating. The alternatives are put in ascending order of score by a bucket sort:
 * bucket ⌊(x − min) · n / (max − min)⌋ (monotone in x, so the buckets are in order), a stable
 * counting pass into the buckets, then one insertion pass when no bucket is crowded, else a
 * comparison sort: O(n) for spread-out scores, O(n log n) at worst. The groups are then
 * formed from the highest score down exactly as above, so the ranks are the same. Scores that are
 * not all finite go through the reference algorithm.
 */
export class CompetitionRanker {
  private readonly bucketOf: Int32Array;
  private readonly starts: Int32Array;
  private readonly order: Int32Array;

  constructor(readonly size: number) {
    this.bucketOf = new Int32Array(size);
    this.starts = new Int32Array(size + 1);
    this.order = new Int32Array(size);
  }

  rank(scores: Float64Array, ranks: Int32Array): void {
    const { bucketOf, starts, order, size: n } = this;
    if (n === 0) return;
    let min = scores[0]!;
    let max = min;
    for (let i = 0; i < n; i++) {
      const x = scores[i]!;
      if (x < min) min = x;
      else if (x > max) max = x;
      else if (x !== x) return void ranks.set(competitionRanksByIndex(Array.from(scores))); // NaN
    }
    if (!Number.isFinite(min) || !Number.isFinite(max)) return void ranks.set(competitionRanksByIndex(Array.from(scores)));
    let scale = n / (max - min);
    if (!Number.isFinite(scale)) scale = 0; // all equal, or a span too small or too large: one bucket
    starts.fill(0);
    let largest = 0;
    for (let i = 0; i < n; i++) {
      // Truncation is ⌊·⌋ here (the product is ≥ 0); monotone in the score, so the buckets are in order.
      let bucket = ((scores[i]! - min) * scale) | 0;
      if (bucket >= n) bucket = n - 1;
      bucketOf[i] = bucket;
      const size = ++starts[bucket + 1]!;
      if (size > largest) largest = size;
    }
    for (let b = 0; b < n; b++) starts[b + 1]! += starts[b]!;
    for (let i = 0; i < n; i++) order[starts[bucketOf[i]!]!++] = i;
    if (largest > INSERTION_LIMIT) {
      // Crowded scores: one comparison sort, O(n log n), instead of a long insertion.
      order.sort((p, q) => scores[p]! - scores[q]! || p - q);
    } else {
      // Every score is already in its bucket and no bucket holds more than INSERTION_LIMIT, so
      // one insertion pass over the whole array moves each score at most that far.
      for (let k = 1; k < n; k++) {
        const index = order[k]!;
        const value = scores[index]!;
        let h = k - 1;
        while (h >= 0 && scores[order[h]!]! > value) {
          order[h + 1] = order[h]!;
          h--;
        }
        order[h + 1] = index;
      }
    }
    let leader = 0;
    let rank = 1;
    for (let position = 0; position < n; position++) {
      const index = order[n - 1 - position]!;
      const value = scores[index]!;
      if (position === 0 || !isTie(leader, value)) {
        leader = value;
        rank = position + 1;
      }
      ranks[index] = rank;
    }
  }
}

/** The reference algorithm (sort of indices), kept for scores that are not all finite. */
function competitionRanksByIndex(scores: number[]): number[] {
  const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]! || a - b);
  const ranks = new Array<number>(scores.length);
  let leader = 0;
  let groupRank = 1;
  order.forEach((index, position) => {
    if (position === 0 || !isTie(scores[leader]!, scores[index]!)) {
      leader = index;
      groupRank = position + 1;
    }
    ranks[index] = groupRank;
  });
  return ranks;
}
