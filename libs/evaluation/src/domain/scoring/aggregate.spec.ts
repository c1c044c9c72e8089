import { topsis } from './aggregate.js';
import { scoreAlternatives } from './engine.js';

describe('weighted sum (线性加权), as the engine runs it', () => {
  // 'grade' takes values on 0…1 as they are, so these are the normalized values.
  const run = (matrix: (number | null)[][], weights: number[]) =>
    scoreAlternatives({
      criteria: weights.map((weight) => ({ direction: 'benefit', normalization: 'grade', weight })),
      matrix,
      cap: 1,
      weighting: 'given',
      aggregation: 'weighted-sum',
    }).scores;

  it('computes Σ w · n per alternative', () => {
    expect(
      run(
        [
          [1, 0],
          [0.5, 0.5],
          [0, 1],
        ],
        [0.25, 0.75],
      ),
    ).toEqual([0.25, 0.5, 0.75]);
  });

  it('keeps a perfect alternative at exactly 1 despite rounding of the weights', () => {
    expect(run([[1, 1, 1, 1]], [0.1, 0.2, 0.3, 0.4])[0]).toBe(1);
    expect(run([[1, 1, 1]], [1, 1, 1])[0]).toBe(1);
  });

  it('divides by the weights of the answered criteria only (a missing optional answer)', () => {
    expect(
      run(
        [
          [1, null],
          [0.5, 1],
        ],
        [0.25, 0.75],
      ),
    ).toEqual([1, 0.875]);
    expect(
      run(
        [
          [null, null],
          [0.5, 1],
        ],
        [0.25, 0.75],
      ),
    ).toEqual([0, 0.875]);
  });
});

describe('topsis (逼近理想解排序法)', () => {
  /**
   * Worked by hand: n = [[1, 0], [0, 1], [0.5, 0.5]], w = (0.5, 0.5) → v = [[.5, 0], [0, .5], [.25, .25]],
   * ideal (.5, .5), anti-ideal (0, 0). A: D⁺ = .5, D⁻ = .5 → C = .5; B likewise; C: D⁺ = D⁻ =
   * sqrt(2 · .25²) → C = .5. With w = (0.8, 0.2): v_A = (.8, 0), v_B = (0, .2), ideal (.8, .2):
   * A: D⁺ = .2, D⁻ = .8 → .8; B: D⁺ = .8, D⁻ = .2 → .2.
   */
  it('computes C = D⁻/(D⁺ + D⁻) on the weighted matrix', () => {
    const n = [
      [1, 0],
      [0, 1],
      [0.5, 0.5],
    ];
    topsis(n, [0.5, 0.5], ['benefit', 'benefit'], 'min-max').forEach((c) => expect(c).toBeCloseTo(0.5, 12));
    const skewed = topsis(n.slice(0, 2), [0.8, 0.2], ['benefit', 'benefit'], 'min-max');
    expect(skewed[0]).toBeCloseTo(0.8, 12);
    expect(skewed[1]).toBeCloseTo(0.2, 12);
  });

  it("takes the column MIN as the ideal of a cost criterion under 'vector' only", () => {
    const r = [
      [0.6, 0.6],
      [0.8, 0.8],
    ];
    // 'vector': column 2 is an unflipped cost, so row 1 is best on it; the two cancel out.
    const vector = topsis(r, [0.5, 0.5], ['benefit', 'cost'], 'vector');
    expect(vector[0]).toBeCloseTo(0.5, 12);
    expect(vector[1]).toBeCloseTo(0.5, 12);
    // Any other normalization is already flipped: max is ideal everywhere, row 2 dominates.
    expect(topsis(r, [0.5, 0.5], ['benefit', 'cost'], 'max')).toEqual([0, 1]);
  });

  it('chosen convention: D⁺ = D⁻ = 0 (every weighted column constant) scores 1', () => {
    expect(
      topsis(
        [
          [1, 0.3],
          [1, 0.3],
        ],
        [0.5, 0.5],
        ['benefit', 'cost'],
        'min-max',
      ),
    ).toEqual([1, 1]);
    expect(topsis([[0.4]], [1], ['benefit'], 'vector')).toEqual([1]);
  });

  it('ignores a criterion of weight 0', () => {
    expect(
      topsis(
        [
          [1, 0],
          [0, 1],
        ],
        [1, 0],
        ['benefit', 'benefit'],
        'min-max',
      ),
    ).toEqual([1, 0]);
  });
});
