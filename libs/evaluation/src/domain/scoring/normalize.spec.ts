import fc from 'fast-check';
import { normalizeColumn, normalizeCriterion } from './normalize.js';
import { ScoringInputError } from './types.js';

describe('normalizeColumn', () => {
  describe("'min-max'", () => {
    it('maps benefit (x − min)/(max − min) and cost (max − x)/(max − min)', () => {
      expect(normalizeColumn([2, 4, 6], 'benefit', 'min-max')).toEqual([0, 0.5, 1]);
      expect(normalizeColumn([2, 4, 6], 'cost', 'min-max')).toEqual([1, 0.5, 0]);
      expect(normalizeColumn([-10, 0, 30], 'benefit', 'min-max')).toEqual([0, 0.25, 1]); // any real values
    });

    it('gives 1 to everybody in a constant column', () => {
      expect(normalizeColumn([7, 7, 7], 'benefit', 'min-max')).toEqual([1, 1, 1]);
      expect(normalizeColumn([7, 7, 7], 'cost', 'min-max')).toEqual([1, 1, 1]);
      expect(normalizeColumn([0], 'cost', 'min-max')).toEqual([1]);
    });

    it('survives a range that overflows', () => {
      expect(normalizeColumn([-1e308, 0, 1e308], 'benefit', 'min-max')).toEqual([0, 0.5, 1]);
    });

    it('is invariant to a positive affine rescaling x → a·x + b of the column', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 1, maxLength: 8 }),
          fc.double({ min: 0.01, max: 100, noNaN: true }),
          fc.double({ min: -100, max: 100, noNaN: true }),
          fc.constantFrom('benefit' as const, 'cost' as const),
          (values, a, b, direction) => {
            const before = normalizeColumn(values, direction, 'min-max');
            const after = normalizeColumn(
              values.map((x) => a * x + b),
              direction,
              'min-max',
            );
            after.forEach((n, i) => expect(Math.abs(n - before[i])).toBeLessThan(1e-9));
          },
        ),
        { numRuns: 300 },
      );
    });
  });

  describe("'max' (ratio to the best)", () => {
    it('maps benefit x/max and cost min/x', () => {
      expect(normalizeColumn([2, 4, 8], 'benefit', 'max')).toEqual([0.25, 0.5, 1]);
      expect(normalizeColumn([2, 4, 8], 'cost', 'max')).toEqual([1, 0.5, 0.25]);
    });

    it('chosen edge cases: benefit all zero → 0; cost x = 0 → 1 and the others 0/x = 0', () => {
      expect(normalizeColumn([0, 0], 'benefit', 'max')).toEqual([0, 0]);
      expect(normalizeColumn([0, 5], 'benefit', 'max')).toEqual([0, 1]);
      expect(normalizeColumn([0, 2, 5], 'cost', 'max')).toEqual([1, 0, 0]);
      expect(normalizeColumn([0, 0], 'cost', 'max')).toEqual([1, 1]);
    });

    it('refuses negative values, naming the position', () => {
      expect(() => normalizeColumn([1, -2], 'benefit', 'max')).toThrow(
        new ScoringInputError('values[1]', "values[1] must not be negative under normalization 'max' (got -2)"),
      );
    });
  });

  describe("'target' (达标率)", () => {
    it('scores min(x/target, cap)/cap for a benefit', () => {
      expect(normalizeColumn([0, 5, 10, 20], 'benefit', 'target', 10)).toEqual([0, 0.5, 1, 1]);
      expect(normalizeColumn([0, 6, 12, 24], 'benefit', 'target', 10, 1.2)).toEqual([0, 0.5, 1, 1]);
    });

    it('scores min(target/x, cap)/cap for a cost, with x = 0 → cap (full marks)', () => {
      expect(normalizeColumn([20, 10, 5, 0], 'cost', 'target', 10)).toEqual([0.5, 1, 1, 1]);
      expect(normalizeColumn([20, 10, 5, 0], 'cost', 'target', 10, 2)).toEqual([0.25, 0.5, 1, 1]);
    });

    it('needs a positive target and cap', () => {
      expect(() => normalizeColumn([1], 'benefit', 'target')).toThrow(ScoringInputError);
      expect(() => normalizeColumn([1], 'benefit', 'target', 0)).toThrow(/target must be a positive number/);
      expect(() => normalizeColumn([1], 'benefit', 'target', 5, 0)).toThrow(/cap must be a positive number/);
    });
  });

  describe("'vector'", () => {
    it('maps r = x/‖x‖ without flipping cost columns', () => {
      expect(normalizeColumn([3, 4], 'benefit', 'vector')).toEqual([0.6, 0.8]);
      expect(normalizeColumn([3, 4], 'cost', 'vector')).toEqual([0.6, 0.8]);
    });

    it('gives 0 to an all-zero column and survives huge or tiny values', () => {
      expect(normalizeColumn([0, 0, 0], 'benefit', 'vector')).toEqual([0, 0, 0]);
      const huge = normalizeColumn([3e200, 4e200], 'benefit', 'vector');
      const tiny = normalizeColumn([3e-200, 4e-200], 'benefit', 'vector');
      [huge, tiny].forEach((column) => {
        expect(column[0]).toBeCloseTo(0.6, 12);
        expect(column[1]).toBeCloseTo(0.8, 12);
      });
    });
  });

  it('always stays within [0, 1] for non-negative values', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('benefit' as const, 'cost' as const),
        fc.constantFrom('min-max' as const, 'max' as const, 'vector' as const, 'target' as const),
        fc.double({ min: 0.001, max: 1e6, noNaN: true }),
        fc.constantFrom(1, 1.5),
        (values, direction, method, target, cap) => {
          for (const n of normalizeColumn(values, direction, method, target, cap)) {
            expect(n).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('normalizeCriterion (one column of the engine)', () => {
  it('leaves a missing value out of the column and null in the result', () => {
    expect(normalizeCriterion('benefit', 'min-max', [2, null, 6], undefined, 1)).toEqual([0, null, 1]);
    expect(normalizeCriterion('cost', 'min-max', [null, null], undefined, 1)).toEqual([null, null]);
  });

  it("measures 'target' against each alternative's own target, capped, and falls back to min-max without one", () => {
    expect(normalizeCriterion('benefit', 'target', [1, 3], [2, 2], 1)).toEqual([0.5, 1]);
    expect(normalizeCriterion('benefit', 'target', [1, 3], [2, 6], 1)).toEqual([0.5, 0.5]);
    expect(normalizeCriterion('cost', 'target', [10, 20, 0], [10, 10, 10], 1.2)).toEqual([1 / 1.2, 0.5 / 1.2, 1]);
    expect(normalizeCriterion('benefit', 'target', [-5, 5], [10, 10], 1)).toEqual([0, 0.5]); // a negative achievement counts 0
    expect(normalizeCriterion('benefit', 'target', [1, 3], [2, null], 1)).toEqual([0, 1]);
  });

  it("counts a negative value as 0 under the ratios 'max' and 'vector', as it is under 'min-max'", () => {
    expect(normalizeCriterion('benefit', 'max', [-5, 5, 10], undefined, 1)).toEqual([0, 0.5, 1]);
    expect(normalizeCriterion('benefit', 'vector', [-3, 3, 4], undefined, 1)).toEqual([0, 0.6, 0.8]);
    expect(normalizeCriterion('benefit', 'min-max', [-10, 0, 30], undefined, 1)).toEqual([0, 0.25, 1]);
  });

  it("takes 'grade' and 'boolean' values as they are, flipped for a cost", () => {
    expect(normalizeCriterion('benefit', 'grade', [1, 0.25, null], undefined, 1)).toEqual([1, 0.25, null]);
    expect(normalizeCriterion('cost', 'boolean', [1, 0], undefined, 1)).toEqual([0, 1]);
  });
});
