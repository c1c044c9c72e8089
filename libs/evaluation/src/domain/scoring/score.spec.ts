import fc from 'fast-check';
import { score } from './score.js';
import { AGGREGATIONS, type Direction, NORMALIZATIONS, type ScoreInput, ScoringInputError, WEIGHTINGS } from './types.js';
import { DESIGN_EXAMPLE } from './design-example.fixture.js';

/** Every rank r equals 1 + the number of ranks below it: 1, 2, 2, 4 yes; 1, 1, 2 no. */
function isCompetitionRanking(ranks: number[]): boolean {
  return ranks.every((r) => r === 1 + ranks.filter((s) => s < r).length);
}

/** Non-negative values (valid for every method), with many exact repeats so ties happen. */
const cell = fc.oneof(
  fc.integer({ min: 0, max: 12 }),
  fc.double({ min: 0, max: 500, noNaN: true }).map((x) => x + 0),
);

/** Any valid input of up to 7 alternatives × 4 criteria, over every method combination. */
const inputArb: fc.Arbitrary<ScoreInput> = fc
  .record({ m: fc.integer({ min: 1, max: 7 }), n: fc.integer({ min: 1, max: 4 }) })
  .chain(({ m, n }) =>
    fc.record({
      types: fc.array(fc.constantFrom<Direction>('benefit', 'cost'), { minLength: n, maxLength: n }),
      weights: fc.array(fc.integer({ min: 0, max: 10 }), { minLength: n, maxLength: n }).filter((ws) => ws.some((w) => w > 0)),
      targets: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: n, maxLength: n }),
      matrix: fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: m, maxLength: m }),
      normalization: fc.constantFrom(...NORMALIZATIONS),
      weighting: fc.constantFrom(...WEIGHTINGS),
      aggregation: fc.constantFrom(...AGGREGATIONS),
      cap: fc.constantFrom(1, 1.2, 2),
    }),
  )
  .map(({ types, weights, targets, matrix, normalization, weighting, aggregation, cap }) => ({
    alternatives: matrix.map((_, i) => `a${i}`),
    criteria: types.map((type, j) => ({ id: `c${j}`, type, weight: weights[j], target: targets[j] })),
    matrix,
    normalization,
    weighting,
    // 'vector' is unflipped, so with a cost criterion it needs TOPSIS (see validate.ts).
    aggregation: normalization === 'vector' && types.includes('cost') ? 'topsis' : aggregation,
    cap,
  }));

describe('score (DESIGN §3.1 pipeline)', () => {
  const example: ScoreInput = DESIGN_EXAMPLE;

  /**
   * By hand: c1 min-max (10−8)/4 = .5, 1, 0; c2 cost (20 − x)/5 = .8, 0, 1.
   * Scores .3·.5 + .7·.8 = .71, .3·1 + .7·0 = .3, .3·0 + .7·1 = .7 → ranks 1, 3, 2.
   */
  it('returns exactly weights, normalized, scores, ranks', () => {
    const result = score(example);
    expect(Object.keys(result)).toEqual(['weights', 'normalized', 'scores', 'ranks']);
    expect(result.weights).toEqual([0.3, 0.7]);
    expect(result.normalized).toEqual([
      [0.5, 0.8],
      [1, 0],
      [0, 1],
    ]);
    [0.71, 0.3, 0.7].forEach((s, i) => expect(result.scores[i]).toBeCloseTo(s, 12));
    expect(result.ranks).toEqual([1, 3, 2]);
  });

  it('adds mc only when asked', () => {
    const result = score({ ...example, mc: { draws: 20, noise: 0.2, seed: 1 } });
    expect(Object.keys(result)).toEqual(['weights', 'normalized', 'scores', 'ranks', 'mc']);
    expect(Object.keys(result.mc!)).toEqual(['draws', 'medianRank', 'rankInterval', 'rankProbabilities']);
  });

  it('rescales given weights and validates a typed input too', () => {
    expect(
      score({
        ...example,
        criteria: [
          { ...example.criteria[0], weight: 3 },
          { ...example.criteria[1], weight: 7 },
        ],
      }).weights,
    ).toEqual([0.3, 0.7]);
    expect(() => score({ ...example, matrix: [[10, 16], [12], [8, 15]] })).toThrow(ScoringInputError);
  });

  describe('edge cases', () => {
    it('ties totals that differ only by rounding (0.1 + 0.2 vs 0.3)', () => {
      const result = score({
        alternatives: ['x', 'y', 'z', 'w'],
        criteria: [
          { id: 'a', type: 'benefit', weight: 1 },
          { id: 'b', type: 'benefit', weight: 1 },
        ],
        // Columns span exactly [0, 1], so min-max keeps the values: x = .5·.1 + .5·.2, y = .5·.3 + .5·0.
        matrix: [
          [0.1, 0.2],
          [0.3, 0],
          [0, 0],
          [1, 1],
        ],
        normalization: 'min-max',
        weighting: 'given',
        aggregation: 'weighted-sum',
      });
      expect(result.scores[0]).toBe(0.15000000000000002);
      expect(result.scores[1]).toBe(0.15);
      expect(result.ranks).toEqual([2, 2, 4, 1]);
    });

    it('gives constant columns 1 (min-max) and lets them carry no entropy weight', () => {
      const result = score({
        alternatives: ['x', 'y'],
        criteria: [
          { id: 'same', type: 'benefit' },
          { id: 'differs', type: 'cost' },
        ],
        matrix: [
          [5, 1],
          [5, 3],
        ],
        normalization: 'min-max',
        weighting: 'entropy',
        aggregation: 'weighted-sum',
      });
      expect(result.normalized).toEqual([
        [1, 1],
        [1, 0],
      ]);
      expect(result.weights).toEqual([0, 1]);
      expect(result.scores).toEqual([1, 0]);
    });

    it('gives everybody 1 and rank 1 when every column is constant, under both aggregations', () => {
      for (const aggregation of AGGREGATIONS) {
        const result = score({
          alternatives: ['x', 'y'],
          criteria: [{ id: 'c', type: 'cost', weight: 1 }],
          matrix: [[4], [4]],
          normalization: 'min-max',
          weighting: 'given',
          aggregation,
        });
        expect(result.scores).toEqual([1, 1]);
        expect(result.ranks).toEqual([1, 1]);
      }
    });

    it('handles zero values under entropy (0 · ln 0 = 0)', () => {
      const result = score({
        alternatives: ['x', 'y', 'z'],
        criteria: [
          { id: 'a', type: 'benefit' },
          { id: 'b', type: 'benefit' },
        ],
        matrix: [
          [0, 2],
          [0, 2],
          [3, 2],
        ],
        normalization: 'min-max',
        weighting: 'entropy',
        aggregation: 'topsis',
      });
      expect(result.weights).toEqual([1, 0]);
      expect(result.ranks).toEqual([2, 2, 1]);
    });

    it('gives a zero cost full marks under max and target', () => {
      const criteria = [{ id: '生师比', type: 'cost' as const, weight: 1, target: 18 }];
      const matrix = [[0], [9], [36]];
      const max = score({ alternatives: ['x', 'y', 'z'], criteria, matrix, normalization: 'max', weighting: 'given', aggregation: 'weighted-sum' });
      expect(max.normalized).toEqual([[1], [0], [0]]);
      const target = score({
        alternatives: ['x', 'y', 'z'],
        criteria,
        matrix,
        normalization: 'target',
        weighting: 'given',
        aggregation: 'weighted-sum',
        cap: 1.5,
      });
      expect(target.normalized).toEqual([[1], [1], [1 / 3]]);
      expect(target.ranks).toEqual([1, 1, 3]);
    });

    it('scores a single alternative under every method combination', () => {
      for (const normalization of NORMALIZATIONS) {
        for (const weighting of WEIGHTINGS) {
          for (const aggregation of AGGREGATIONS) {
            const result = score({
              alternatives: ['only'],
              criteria: [
                { id: 'a', type: 'benefit', weight: 1, target: 10 },
                { id: 'b', type: 'benefit', weight: 3, target: 10 },
              ],
              matrix: [[4, 12]],
              normalization,
              weighting,
              aggregation,
              mc: { draws: 10, noise: 0.2, seed: 9 },
            });
            expect(result.ranks).toEqual([1]);
            expect(result.scores[0]).toBeGreaterThanOrEqual(0);
            expect(result.scores[0]).toBeLessThanOrEqual(1);
            expect(result.mc?.rankProbabilities).toEqual([[1]]);
            if (weighting === 'entropy') expect(result.weights).toEqual([0.5, 0.5]); // m = 1: e = 1 for all
          }
        }
      }
    });
  });

  describe('properties', () => {
    it('gives scores in [0, 1] and a valid competition ranking consistent with them', () => {
      fc.assert(
        fc.property(inputArb, (input) => {
          const result = score(input);
          expect(result.weights.reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
          result.scores.forEach((s) => {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(s).toBeLessThanOrEqual(1);
          });
          result.normalized.flat().forEach((x) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(1);
          });
          expect(isCompetitionRanking(result.ranks)).toBe(true);
          result.scores.forEach((si, i) =>
            result.scores.forEach((sj, j) => {
              if (si - sj > 1e-6) expect(result.ranks[i]).toBeLessThan(result.ranks[j]);
            }),
          );
        }),
        { numRuns: 500 },
      );
    });

    it('permuting the alternatives permutes scores and ranks, and changes nobody’s score', () => {
      const withPermutation = inputArb.chain((input) =>
        fc.tuple(
          fc.constant(input),
          fc.shuffledSubarray(
            input.alternatives.map((_, i) => i),
            { minLength: input.alternatives.length, maxLength: input.alternatives.length },
          ),
        ),
      );
      fc.assert(
        fc.property(withPermutation, ([input, order]) => {
          const before = score(input);
          const after = score({ ...input, alternatives: order.map((i) => input.alternatives[i]), matrix: order.map((i) => input.matrix[i]) });
          order.forEach((original, k) => {
            expect(Math.abs(after.scores[k] - before.scores[original])).toBeLessThan(1e-9);
            expect(after.ranks[k]).toBe(before.ranks[original]);
            after.normalized[k].forEach((x, j) => expect(Math.abs(x - before.normalized[original][j])).toBeLessThan(1e-12));
          });
          after.weights.forEach((w, j) => expect(Math.abs(w - before.weights[j])).toBeLessThan(1e-12));
        }),
        { numRuns: 300 },
      );
    });

    it('under weighted-sum, improving a value never lowers that alternative’s score (min-max, target)', () => {
      const withChange = inputArb.chain((input) =>
        fc.record({
          input: fc.constant({
            ...input,
            weighting: 'given' as const,
            aggregation: 'weighted-sum' as const,
            normalization: input.normalization === 'target' ? ('target' as const) : ('min-max' as const),
          }),
          i: fc.integer({ min: 0, max: input.alternatives.length - 1 }),
          j: fc.integer({ min: 0, max: input.criteria.length - 1 }),
          delta: fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1e-6, max: 100, noNaN: true })),
        }),
      );
      fc.assert(
        fc.property(withChange, ({ input, i, j, delta }) => {
          const before = score(input);
          const x = input.matrix[i][j];
          // Benefit: raise it; cost: lower it (not below 0, the ratio normalizations need x ≥ 0).
          const better = input.criteria[j].type === 'benefit' ? x + delta : Math.max(0, x - delta);
          const matrix = input.matrix.map((row, r) => (r === i ? row.map((v, c) => (c === j ? better : v)) : row));
          const after = score({ ...input, matrix });
          expect(after.scores[i]).toBeGreaterThanOrEqual(before.scores[i]);
        }),
        { numRuns: 500 },
      );
    });

    it('min-max scores are invariant to a positive affine rescaling of a column (x → a·x + b)', () => {
      const withRescaling = inputArb.chain((input) =>
        fc.record({
          // Integer values keep distinct values distinct after rescaling (no collapse to a constant).
          input: fc.constant({
            ...input,
            weighting: 'given' as const,
            normalization: 'min-max' as const,
            aggregation: input.aggregation,
            matrix: input.matrix.map((row) => row.map((x) => Math.round(x))),
          }),
          j: fc.integer({ min: 0, max: input.criteria.length - 1 }),
          a: fc.double({ min: 0.01, max: 100, noNaN: true }),
          b: fc.double({ min: -100, max: 100, noNaN: true }),
        }),
      );
      fc.assert(
        fc.property(withRescaling, ({ input, j, a, b }) => {
          const before = score(input);
          const after = score({ ...input, matrix: input.matrix.map((row) => row.map((x, c) => (c === j ? a * x + b : x))) });
          after.scores.forEach((s, i) => expect(Math.abs(s - before.scores[i])).toBeLessThan(1e-9));
          expect(after.ranks).toEqual(before.ranks);
        }),
        { numRuns: 300 },
      );
    });
  });
});
