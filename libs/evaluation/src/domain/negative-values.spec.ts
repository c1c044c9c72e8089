import { type GroupIndicator, type GroupMember, type GroupSettings, scoreGroup } from './group-scoring.js';
import { describeGroupFailure, RoundScoringError } from './scoring-failure.js';
import { entropyWeights, rescaleWeights, ScoringInputError } from './scoring/index.js';

/** 技术服务产值年增长率: a growth rate, declared −100 … 1000 %, negative in a bad year. */
const GROWTH: GroupIndicator = { code: 'GROWTH', dimension: 'SERVICE', direction: 'benefit', normalization: 'MIN_MAX', expertWeight: 0.4, entropyOrigin: -100 };
const BASES: GroupIndicator = { code: 'BASES', dimension: 'ENTITY', direction: 'benefit', normalization: 'MIN_MAX', expertWeight: 0.6 };

const settings = (weighting: GroupSettings['weighting'], mc = { draws: 50, noise: 0.2, seed: 3 }): GroupSettings => ({
  aggregation: 'WEIGHTED_SUM',
  weighting,
  alpha: 0.5,
  beta: 0,
  missingOptional: 'RENORMALIZE',
  cap: 1,
  grades: { method: 'ABSOLUTE', bounds: [85, 60, 40] },
  mc,
});

const member = (id: string, answers: GroupMember['answers']): GroupMember => ({
  consortiumId: id,
  submitted: true,
  answers,
  targets: {},
  previousLevelScore: null,
});

const group = [member('a', { GROWTH: -5, BASES: 3 }), member('b', { GROWTH: 20, BASES: 5 }), member('c', { GROWTH: 40, BASES: 4 })];

describe('negative values under entropy weighting', () => {
  it.each(['ENTROPY', 'COMBINED'] as const)('scores a negative growth rate under %s, counting it from the declared minimum', (weighting) => {
    const results = scoreGroup([GROWTH, BASES], group, settings(weighting));
    // Entropy on the values counted from −100: 95, 120, 140 (and 3, 5, 4 for the other column, origin 0).
    const entropy = entropyWeights([
      [95, 3],
      [120, 5],
      [140, 4],
    ]);
    const expert = rescaleWeights([0.4, 0.6]);
    const w = weighting === 'ENTROPY' ? entropy : rescaleWeights(entropy.map((e, j) => 0.5 * expert[j] + 0.5 * e));
    // min-max: GROWTH 0, 25/45, 1; BASES 0, 1, 0.5.
    const expected = [0, w[0] * (25 / 45) + w[1], w[0] + 0.5 * w[1]];
    results.forEach((r, i) => expect(r.levelScore).toBeCloseTo(expected[i], 12));
    expect(results.map((r) => r.rank)).toEqual(expected[1] > expected[2] ? [3, 1, 2] : [3, 2, 1]);
  });

  it('gives the weights of the values themselves when the declared minimum is not negative', () => {
    const plain = { ...GROWTH, entropyOrigin: undefined };
    const positive = [member('a', { GROWTH: 5, BASES: 3 }), member('b', { GROWTH: 20, BASES: 5 })];
    const [a] = scoreGroup([plain, BASES], positive, settings('ENTROPY'));
    const [b] = scoreGroup([{ ...GROWTH, entropyOrigin: 0 }, BASES], positive, settings('ENTROPY'));
    expect(a.levelScore).toBe(b.levelScore);
  });

  it('counts a negative value as 0 under MAX and VECTOR, as TARGET does, instead of refusing it', () => {
    for (const normalization of ['MAX', 'VECTOR'] as const) {
      const [a, b, c] = scoreGroup(
        [{ ...GROWTH, normalization, expertWeight: 1 }],
        group.map((m) => ({ ...m, answers: { GROWTH: m.answers.GROWTH } })),
        settings('EXPERT'),
      );
      expect(a.levelScore).toBe(0);
      expect(c.levelScore).toBeGreaterThan(b.levelScore);
    }
  });
});

describe('describeGroupFailure', () => {
  const indicators = [
    { code: 'BASES', name: '产教融合实训基地数' },
    { code: 'TECH_SERVICE_GROWTH', name: '技术服务产值年增长率' },
  ];
  const submitted = [
    { id: 'c-1', name: '甲联合体' },
    { id: 'c-2', name: '乙联合体' },
  ];

  it('names the consortium and the indicator of the cell the engine refused, not the matrix indices', () => {
    const error = describeGroupFailure(
      new ScoringInputError('matrix[1][1]', 'matrix[1][1] must not be negative under entropy weighting (got -50)'),
      'L2',
      indicators,
      submitted,
    );
    expect(error).toBeInstanceOf(RoundScoringError);
    const e = error as RoundScoringError;
    expect(e.message).toBe(
      'L2: consortium 乙联合体, indicator 技术服务产值年增长率 (TECH_SERVICE_GROWTH): the value must not be negative under entropy weighting (got -50)',
    );
    expect(e.message).not.toMatch(/matrix/);
    expect(e.consortium).toEqual({ id: 'c-2', name: '乙联合体' });
    expect(e.indicator).toEqual(indicators[1]);
  });

  it('names the level for an input error without a cell, and leaves any other error as it is', () => {
    const e = describeGroupFailure(new ScoringInputError('weights', 'weights must not all be zero'), 'L1', indicators, submitted) as RoundScoringError;
    expect(e).toBeInstanceOf(RoundScoringError);
    expect(e.message).toBe('L1: weights must not all be zero');
    const other = new Error('connection terminated');
    expect(describeGroupFailure(other, 'L1', indicators, submitted)).toBe(other);
  });

  it('is what scoring a value below the declared minimum throws, through scoreGroup', () => {
    const below = [member('a', { GROWTH: -150, BASES: 3 }), member('b', { GROWTH: 20, BASES: 5 })];
    let thrown: unknown;
    try {
      scoreGroup([GROWTH, BASES], below, settings('COMBINED'));
    } catch (error) {
      thrown = describeGroupFailure(
        error,
        'L2',
        [
          { code: 'GROWTH', name: '技术服务产值年增长率' },
          { code: 'BASES', name: '产教融合实训基地数' },
        ],
        [
          { id: 'a', name: '甲联合体' },
          { id: 'b', name: '乙联合体' },
        ],
      );
    }
    expect((thrown as RoundScoringError).message).toBe(
      'L2: consortium 甲联合体, indicator 技术服务产值年增长率 (GROWTH): the value must not be negative under entropy weighting (got -50)',
    );
  });
});
