import fc from 'fast-check';
import { MONTE_CARLO_DEFAULTS, monteCarloRanks } from './monte-carlo.js';
import { mulberry32 } from './random.js';
import { score } from './score.js';
import { type ScoreInput, ScoringInputError } from './types.js';

/** Four close alternatives with trade-offs, so perturbing the weights really reorders them. */
const contested: ScoreInput = {
  alternatives: ['渝北', '九龙坡', '江津', '永川'],
  criteria: [
    { id: '双师型教师占比', type: 'benefit', weight: 0.4 },
    { id: '生师比', type: 'cost', weight: 0.3 },
    { id: '实训基地数', type: 'benefit', weight: 0.3 },
  ],
  matrix: [
    [0.62, 18, 4],
    [0.55, 15, 5],
    [0.7, 21, 3],
    [0.6, 17, 4],
  ],
  normalization: 'min-max',
  weighting: 'given',
  aggregation: 'weighted-sum',
};

describe('mulberry32', () => {
  it('is a seeded generator in [0, 1)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first);
    first.forEach((u) => {
      expect(u).toBeGreaterThanOrEqual(0);
      expect(u).toBeLessThan(1);
    });
    const mean = first.reduce((s, u) => s + u, 0) / first.length;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.05);
    const other = mulberry32(43);
    expect(Array.from({ length: 10 }, () => other())).not.toEqual(first.slice(0, 10));
  });

  it('takes the seed modulo 2^32', () => {
    const a = mulberry32(-1);
    const b = mulberry32(2 ** 32 - 1);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });
});

describe('monteCarloRanks (rank stability)', () => {
  const options = { draws: 2000, noise: 0.5, seed: 20263 };

  it('is deterministic: the same seed gives deep-equal output', () => {
    expect(monteCarloRanks(contested, options)).toEqual(monteCarloRanks(contested, options));
    expect(score({ ...contested, mc: options })).toEqual(score({ ...contested, mc: options }));
  });

  it('depends on the seed in a non-trivial case', () => {
    const a = monteCarloRanks(contested, options);
    const b = monteCarloRanks(contested, { ...options, seed: 20264 });
    expect(b.rankProbabilities).not.toEqual(a.rankProbabilities);
    // ...and the case is non-trivial: some alternative really moves between ranks.
    expect(a.rankProbabilities.some((row) => row.filter((p) => p > 0).length > 1)).toBe(true);
  });

  it('gives probabilities per alternative that sum to 1, for ranks 1..n', () => {
    const result = monteCarloRanks(contested, options);
    expect(result.draws).toBe(2000);
    result.rankProbabilities.forEach((row) => {
      expect(row).toHaveLength(4);
      expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
    });
  });

  it('reports nearest-rank percentiles: median, and a 90 % interval [p5, p95]', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 300 }),
        fc.double({ min: 0, max: 1.5, noNaN: true }),
        (seed, draws, noise) => {
          const result = monteCarloRanks(contested, { draws, noise, seed });
          result.rankProbabilities.forEach((row, i) => {
            const below = (rank: number) => row.slice(0, rank - 1).reduce((s, p) => s + p, 0);
            const upTo = (rank: number) => below(rank + 1);
            const [p5, p95] = result.rankInterval[i];
            const median = result.medianRank[i];
            expect(p5).toBeLessThanOrEqual(median);
            expect(median).toBeLessThanOrEqual(p95);
            // The definitions: the smallest rank whose cumulative share reaches 5 %, 50 %, 95 %.
            expect(below(p5)).toBeLessThan(0.05);
            expect(upTo(p5)).toBeGreaterThanOrEqual(0.05 - 1e-12);
            expect(below(median)).toBeLessThan(0.5);
            expect(upTo(median)).toBeGreaterThanOrEqual(0.5 - 1e-12);
            expect(below(p95)).toBeLessThan(0.95);
            expect(upTo(p95)).toBeGreaterThanOrEqual(0.95 - 1e-12);
          });
        },
      ),
      { numRuns: 200 },
    );
  });

  it('puts all the mass on the unperturbed rank when noise is 0', () => {
    const base = score(contested);
    const result = monteCarloRanks(contested, { draws: 50, noise: 0, seed: 1 });
    expect(result.medianRank).toEqual(base.ranks);
    expect(result.rankInterval).toEqual(base.ranks.map((r) => [r, r]));
    result.rankProbabilities.forEach((row, i) => expect(row[base.ranks[i] - 1]).toBe(1));
  });

  it('spreads the probability of tied alternatives on their shared rank', () => {
    const tied: ScoreInput = { ...contested, matrix: [contested.matrix[0], contested.matrix[0], contested.matrix[2], contested.matrix[3]] };
    const result = monteCarloRanks(tied, { draws: 300, noise: 0.3, seed: 7 });
    // Identical rows always tie, so they always share the same rank.
    expect(result.rankProbabilities[0]).toEqual(result.rankProbabilities[1]);
  });

  it('handles a single alternative and an entropy / TOPSIS run', () => {
    const single = monteCarloRanks({ ...contested, alternatives: ['only'], matrix: [[0.5, 10, 2]] }, MONTE_CARLO_DEFAULTS);
    expect(single).toEqual({ draws: 1000, medianRank: [1], rankInterval: [[1, 1]], rankProbabilities: [[1]] });
    const entropy = monteCarloRanks({ ...contested, weighting: 'entropy', aggregation: 'topsis' }, { draws: 100, noise: 0.2, seed: 3 });
    entropy.rankProbabilities.forEach((row) => expect(row.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12));
  });

  it('refuses bad options, naming the field', () => {
    expect(() => monteCarloRanks(contested, { draws: 0, noise: 0.2, seed: 1 })).toThrow(
      new ScoringInputError('mc.draws', 'mc.draws must be an integer from 1 to 100000 (got 0)'),
    );
    expect(() => monteCarloRanks(contested, { draws: 10, noise: -0.1, seed: 1 })).toThrow(/mc\.noise/);
    expect(() => monteCarloRanks(contested, { draws: 10, noise: 0.1, seed: 1.5 })).toThrow(/mc\.seed/);
  });
});
