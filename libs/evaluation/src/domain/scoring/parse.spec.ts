import { DESIGN_EXAMPLE } from './design-example.fixture.js';
import { parseScoreInput } from './parse.js';
import { ScoringInputError } from './types.js';

/** A valid command input (DESIGN §3.1), as JSON.parse would return it. */
function valid(): Record<string, unknown> {
  return structuredClone(DESIGN_EXAMPLE) as unknown as Record<string, unknown>;
}

/** The error thrown for `raw`, so each case can check both the field and the message. */
function refusal(raw: unknown): ScoringInputError {
  try {
    parseScoreInput(raw);
  } catch (error) {
    if (error instanceof ScoringInputError) return error;
    throw error;
  }
  throw new Error('expected a ScoringInputError');
}

describe('parseScoreInput', () => {
  it('accepts the command input and returns a clean ScoreInput', () => {
    const raw = { ...valid(), cap: 1.2, comment: 'unknown keys are ignored' };
    expect(parseScoreInput(raw)).toEqual({
      alternatives: ['a1', 'a2', 'a3'],
      criteria: [
        { id: 'c1', type: 'benefit', weight: 0.3, target: 12 },
        { id: 'c2', type: 'cost', weight: 0.7, target: 18 },
      ],
      matrix: [
        [10, 16],
        [12, 20],
        [8, 15],
      ],
      normalization: 'min-max',
      weighting: 'given',
      aggregation: 'weighted-sum',
      cap: 1.2,
    });
  });

  it('fills the Monte Carlo defaults of DESIGN (1000 draws, noise 0.2) and seed 0', () => {
    expect(parseScoreInput({ ...valid(), mc: {} }).mc).toEqual({ draws: 1000, noise: 0.2, seed: 0 });
    expect(parseScoreInput({ ...valid(), mc: { draws: 10, noise: 0.1, seed: 42 } }).mc).toEqual({ draws: 10, noise: 0.1, seed: 42 });
  });

  it('accepts entropy weighting without weights', () => {
    const raw = {
      ...valid(),
      weighting: 'entropy',
      criteria: [
        { id: 'c1', type: 'benefit' },
        { id: 'c2', type: 'cost' },
      ],
    };
    expect(parseScoreInput(raw).criteria).toEqual([
      { id: 'c1', type: 'benefit' },
      { id: 'c2', type: 'cost' },
    ]);
  });

  const cases: [string, (raw: Record<string, unknown>) => unknown, string, RegExp][] = [
    ['not an object', () => [1, 2], 'input', /input must be an object/],
    [
      'unknown normalization',
      (raw) => ({ ...raw, normalization: 'z-score' }),
      'normalization',
      /normalization must be one of min-max, max, vector, target \(got "z-score"\)/,
    ],
    ['unknown weighting', (raw) => ({ ...raw, weighting: 'ahp' }), 'weighting', /weighting must be one of given, entropy/],
    ['unknown aggregation', (raw) => ({ ...raw, aggregation: 'vikor' }), 'aggregation', /aggregation must be one of weighted-sum, topsis/],
    ['missing normalization', ({ normalization: _, ...raw }) => raw, 'normalization', /normalization must be a string \(it is missing\)/],
    [
      'negative weight',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'benefit', weight: 0.3 },
          { id: 'c2', type: 'cost', weight: -0.7 },
        ],
      }),
      'criteria[1].weight',
      /criteria\[1\]\.weight must not be negative/,
    ],
    [
      'missing weight under given',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'benefit', weight: 1 },
          { id: 'c2', type: 'cost' },
        ],
      }),
      'criteria[1].weight',
      /required under weighting 'given'/,
    ],
    [
      'all-zero weights',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'benefit', weight: 0 },
          { id: 'c2', type: 'cost', weight: 0 },
        ],
      }),
      'weights',
      /must not all be zero/,
    ],
    [
      'weight as a string',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'benefit', weight: '0.3' },
          { id: 'c2', type: 'cost', weight: 0.7 },
        ],
      }),
      'criteria[0].weight',
      /criteria\[0\]\.weight must be a number \(got "0\.3"\)/,
    ],
    [
      'unknown direction',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'more', weight: 1 },
          { id: 'c2', type: 'cost', weight: 1 },
        ],
      }),
      'criteria[0].type',
      /criteria\[0\]\.type must be one of benefit, cost/,
    ],
    [
      'non-number in matrix',
      (raw) => ({
        ...raw,
        matrix: [
          [10, 16],
          [12, 'n/a'],
          [8, 15],
        ],
      }),
      'matrix[1][1]',
      /matrix\[1\]\[1\] must be a number \(got "n\/a"\)/,
    ],
    [
      'null in matrix',
      (raw) => ({
        ...raw,
        matrix: [
          [10, 16],
          [12, null],
          [8, 15],
        ],
      }),
      'matrix[1][1]',
      /matrix\[1\]\[1\] must be a number \(got null\)/,
    ],
    [
      'NaN in matrix',
      (raw) => ({
        ...raw,
        matrix: [
          [10, 16],
          [12, Number.NaN],
          [8, 15],
        ],
      }),
      'matrix[1][1]',
      /matrix\[1\]\[1\] must be a finite number \(got NaN\)/,
    ],
    [
      'Infinity in matrix',
      (raw) => ({
        ...raw,
        matrix: [
          [Infinity, 16],
          [12, 20],
          [8, 15],
        ],
      }),
      'matrix[0][0]',
      /finite number \(got Infinity\)/,
    ],
    [
      'row length mismatch',
      (raw) => ({ ...raw, matrix: [[10, 16], [12], [8, 15]] }),
      'matrix[1]',
      /matrix\[1\] has 1 values, expected one per criterion \(2\)/,
    ],
    [
      'row count mismatch',
      (raw) => ({
        ...raw,
        matrix: [
          [10, 16],
          [12, 20],
        ],
      }),
      'matrix',
      /matrix has 2 rows, expected one per alternative \(3\)/,
    ],
    ['row not an array', (raw) => ({ ...raw, matrix: [[10, 16], 12, [8, 15]] }), 'matrix[1]', /matrix\[1\] must be an array of numbers/],
    [
      'negative value under entropy',
      (raw) => ({
        ...raw,
        weighting: 'entropy',
        matrix: [
          [10, 16],
          [-12, 20],
          [8, 15],
        ],
      }),
      'matrix[1][0]',
      /matrix\[1\]\[0\] must not be negative under weighting 'entropy' \(got -12\)/,
    ],
    [
      'negative value under max',
      (raw) => ({
        ...raw,
        normalization: 'max',
        matrix: [
          [10, 16],
          [12, 20],
          [8, -15],
        ],
      }),
      'matrix[2][1]',
      /must not be negative under normalization 'max'/,
    ],
    [
      'missing target under target',
      (raw) => ({
        ...raw,
        normalization: 'target',
        criteria: [
          { id: 'c1', type: 'benefit', weight: 1, target: 12 },
          { id: 'c2', type: 'cost', weight: 1 },
        ],
      }),
      'criteria[1].target',
      /criteria\[1\]\.target is required under normalization 'target'/,
    ],
    [
      'zero target',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'benefit', weight: 1, target: 0 },
          { id: 'c2', type: 'cost', weight: 1 },
        ],
      }),
      'criteria[0].target',
      /must be positive/,
    ],
    ['non-positive cap', (raw) => ({ ...raw, cap: 0 }), 'cap', /cap must be a positive number/],
    ['no alternative', (raw) => ({ ...raw, alternatives: [], matrix: [] }), 'alternatives', /at least one alternative/],
    ['no criterion', (raw) => ({ ...raw, criteria: [], matrix: [[], [], []] }), 'criteria', /at least one criterion/],
    ['duplicate alternative', (raw) => ({ ...raw, alternatives: ['a1', 'a2', 'a1'] }), 'alternatives[2]', /alternatives\[2\] duplicates "a1"/],
    [
      'duplicate criterion id',
      (raw) => ({
        ...raw,
        criteria: [
          { id: 'c1', type: 'benefit', weight: 1 },
          { id: 'c1', type: 'cost', weight: 1 },
        ],
      }),
      'criteria[1].id',
      /criteria\[1\]\.id duplicates "c1"/,
    ],
    ['empty alternative name', (raw) => ({ ...raw, alternatives: ['a1', '', 'a3'] }), 'alternatives[1]', /non-empty string/],
    ['criteria not an array', (raw) => ({ ...raw, criteria: { c1: 'benefit' } }), 'criteria', /criteria must be an array of criteria \(got an object\)/],
    ['vector with weighted-sum and a cost', (raw) => ({ ...raw, normalization: 'vector' }), 'normalization', /needs aggregation 'topsis'/],
    ['mc not an object', (raw) => ({ ...raw, mc: 5 }), 'mc', /mc must be an object/],
    ['mc draws not an integer', (raw) => ({ ...raw, mc: { draws: 10.5 } }), 'mc.draws', /mc\.draws must be an integer/],
    ['mc draws too many', (raw) => ({ ...raw, mc: { draws: 1e9 } }), 'mc.draws', /from 1 to 100000/],
    ['mc noise negative', (raw) => ({ ...raw, mc: { noise: -1 } }), 'mc.noise', /mc\.noise must be a finite number ≥ 0/],
    ['mc seed a string', (raw) => ({ ...raw, mc: { seed: '42' } }), 'mc.seed', /mc\.seed must be a number/],
  ];

  it.each(cases)('refuses %s, naming the field', (_, change, field, message) => {
    const error = refusal(change(valid()));
    expect(error.field).toBe(field);
    expect(error.message).toMatch(message);
    expect(error.message.startsWith(`${field} `)).toBe(true);
  });

  it('names the exact field in the message', () => {
    const error = refusal({
      ...valid(),
      criteria: [
        { id: 'c1', type: 'benefit', weight: 0.3 },
        { id: 'c2', type: 'cost', weight: -1 },
      ],
    });
    expect(error.message).toBe('criteria[1].weight must not be negative (got -1)');
    expect(error.name).toBe('ScoringInputError');
  });
});
