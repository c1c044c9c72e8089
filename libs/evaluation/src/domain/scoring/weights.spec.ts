import fc from 'fast-check';
import { ScoringInputError } from './types.js';
import { entropyWeights, rescaleWeights } from './weights.js';

describe('rescaleWeights', () => {
  it('rescales to sum 1', () => {
    expect(rescaleWeights([1, 3])).toEqual([0.25, 0.75]);
    expect(rescaleWeights([0.3, 0.7])).toEqual([0.3, 0.7]);
    expect(rescaleWeights([0, 2])).toEqual([0, 1]);
    expect(rescaleWeights([1e308, 1e308])).toEqual([0.5, 0.5]);
  });

  it("refuses negative or all-zero weights with field 'weights'", () => {
    expect(() => rescaleWeights([1, -1])).toThrow(new ScoringInputError('weights', 'weights[1] must not be negative (got -1)'));
    expect(() => rescaleWeights([0, 0])).toThrow(new ScoringInputError('weights', 'weights must not all be zero'));
    expect(() => rescaleWeights([])).toThrow(ScoringInputError);
    expect(() => rescaleWeights([Number.NaN])).toThrow(/finite/);
    try {
      rescaleWeights([0, 0]);
    } catch (error) {
      expect((error as ScoringInputError).field).toBe('weights');
    }
  });
});

describe('entropyWeights (熵权法)', () => {
  it('handles zero values with 0 · ln 0 = 0', () => {
    // Column 1 (0, 1): p = (0, 1), e = 0 → all the information. Column 2 (1, 1): e = 1.
    expect(
      entropyWeights([
        [0, 1],
        [1, 1],
      ]),
    ).toEqual([1, 0]);
  });

  it('gives an all-zero column e = 1 (weight 0)', () => {
    const weights = entropyWeights([
      [0, 1],
      [0, 4],
      [0, 2],
    ]);
    expect(weights).toEqual([0, 1]);
  });

  it('falls back to equal weights when every e is 1 (constant or all-zero columns)', () => {
    expect(
      entropyWeights([
        [5, 0, 2],
        [5, 0, 2],
      ]),
    ).toEqual([1 / 3, 1 / 3, 1 / 3]);
  });

  it('defines e = 1 for a single alternative, so the weights are equal', () => {
    expect(entropyWeights([[3, 9, 0, 1]])).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('ignores direction and scale: only the distribution of each column counts', () => {
    const a = entropyWeights([
      [1, 10],
      [2, 40],
      [3, 10],
    ]);
    const b = entropyWeights([
      [100, 1],
      [200, 4],
      [300, 1],
    ]);
    a.forEach((w, j) => expect(w).toBeCloseTo(b[j], 12));
  });

  it('refuses a negative value, naming the cell', () => {
    expect(() =>
      entropyWeights([
        [1, 2],
        [3, -4],
      ]),
    ).toThrow(new ScoringInputError('matrix[1][1]', 'matrix[1][1] must not be negative under entropy weighting (got -4)'));
  });

  it('gives weights ≥ 0 that sum to 1', () => {
    const cell = fc.oneof(fc.integer({ min: 0, max: 20 }), fc.double({ min: 0, max: 1e6, noNaN: true }));
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 6 }).chain((n) => fc.array(fc.array(cell, { minLength: n, maxLength: n }), { minLength: 1, maxLength: 8 })),
        (matrix) => {
          const weights = entropyWeights(matrix);
          expect(weights).toHaveLength(matrix[0].length);
          weights.forEach((w) => expect(w).toBeGreaterThanOrEqual(0));
          expect(weights.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
        },
      ),
      { numRuns: 300 },
    );
  });
});
