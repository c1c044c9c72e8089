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
