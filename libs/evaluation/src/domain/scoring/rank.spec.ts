import fc from 'fast-check';
import { competitionRanks, isTie } from './rank.js';

/** Every rank r equals 1 + the number of ranks below it: 1, 2, 2, 4 yes; 1, 1, 2 no. */
function isCompetitionRanking(ranks: number[]): boolean {
  return ranks.every((r) => r === 1 + ranks.filter((s) => s < r).length);
}

describe('competition ranking (1, 2, 2, 4)', () => {
  it('ranks higher scores first and shares a rank between ties, skipping the next ones', () => {
    expect(competitionRanks([0.9, 0.5, 0.5, 0.1])).toEqual([1, 2, 2, 4]);
    expect(competitionRanks([0.1, 0.5, 0.9, 0.5])).toEqual([4, 2, 1, 2]);
    expect(competitionRanks([0.7, 0.7, 0.7])).toEqual([1, 1, 1]);
    expect(competitionRanks([])).toEqual([]);
    expect(competitionRanks([0.42])).toEqual([1]);
  });

  it('ties 0.1 + 0.2 with 0.3 (DESIGN tie rule)', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(isTie(0.1 + 0.2, 0.3)).toBe(true);
    expect(competitionRanks([0.3, 0.1 + 0.2, 0.2])).toEqual([1, 1, 3]);
    expect(competitionRanks([0.1 + 0.2, 0.3, 0.4])).toEqual([2, 2, 1]);
  });

  it('uses |a − b| ≤ 1e-9 · max(1, |a|, |b|)', () => {
    expect(isTie(0.5, 0.5 + 0.9e-9)).toBe(true);
    expect(isTie(0.5, 0.5 + 1.1e-9)).toBe(false);
    expect(isTie(1e6, 1e6 + 0.9e-3)).toBe(true); // relative for large totals
    expect(isTie(1e6, 1e6 + 1.1e-3)).toBe(false);
  });

  it('groups against the leader when the tie rule is not transitive', () => {
    // a ~ b and b ~ c but not a ~ c: c leads, b ties c, a opens the third place.
    const a = 1;
    const b = 1 + 0.8e-9;
    const c = 1 + 1.6e-9;
    expect(isTie(a, b) && isTie(b, c) && !isTie(a, c)).toBe(true);
    expect(competitionRanks([a, b, c])).toEqual([3, 1, 1]);
  });

  it('always yields a valid competition ranking consistent with the scores', () => {
    const scoreArb = fc.oneof(fc.constantFrom(0, 0.3, 0.1 + 0.2, 0.5, 1), fc.double({ min: 0, max: 1, noNaN: true }));
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 0, maxLength: 12 }), (scores) => {
        const ranks = competitionRanks(scores);
        expect(isCompetitionRanking(ranks)).toBe(true);
        scores.forEach((si, i) =>
          scores.forEach((sj, j) => {
            if (si === sj) expect(ranks[i]).toBe(ranks[j]);
            if (si - sj > 1e-6) expect(ranks[i]).toBeLessThan(ranks[j]);
          }),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('gives the ranks of the reference algorithm (indices sorted by comparison) on clustered, tied and extreme scores', () => {
    const reference = (scores: number[]) => {
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
    };
    const scoreArb = fc.oneof(
      fc.constantFrom(0, -0, 0.3, 0.1 + 0.2, 1, 1 + 0.8e-9, 1 + 1.6e-9),
      fc.double({ min: 0, max: 1, noNaN: true }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.integer({ min: 0, max: 40 }).map((k) => 0.5 + k * 3e-10), // dense: one bucket, many near-ties
    );
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: 0, maxLength: 200 }), (scores) => {
        expect(competitionRanks(scores)).toEqual(reference(scores));
      }),
      { numRuns: 500 },
    );
  });
});
