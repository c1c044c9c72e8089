import fc from 'fast-check';
import { type GroupIndicator, type GroupMember, type GroupSettings, MIN_RELATIVE_GROUP, scoreGroup } from './group-scoring.js';
import { mulberry32, score } from './scoring/index.js';

const indicators: GroupIndicator[] = [
  { code: 'RATIO', dimension: 'TALENT', direction: 'benefit', normalization: 'TARGET', expertWeight: 0.6 },
  { code: 'STR', dimension: 'TALENT', direction: 'cost', normalization: 'MIN_MAX', expertWeight: 0.4 },
  { code: 'LIVE', dimension: 'DIGITAL', direction: 'benefit', normalization: 'BOOLEAN', expertWeight: 0.5 },
];

const settings: GroupSettings = {
  aggregation: 'WEIGHTED_SUM',
  weighting: 'EXPERT',
  alpha: 0.5,
  beta: 0,
  missingOptional: 'RENORMALIZE',
  cap: 1,
  grades: { method: 'ABSOLUTE', bounds: [85, 60, 40] },
  mc: { draws: 200, noise: 0.2, seed: 7 },
};

const member = (id: string, answers: GroupMember['answers'], previous: number | null = null, submitted = true): GroupMember => ({
  consortiumId: id,
  submitted,
  answers,
  targets: { RATIO: 60 },
  previousLevelScore: previous,
});

describe('scoreGroup', () => {
  it('scores by the worked example: target, min-max cost, boolean, expert weights rescaled', () => {
    const [a, b] = scoreGroup(indicators, [member('a', { RATIO: 60, STR: 16, LIVE: true }), member('b', { RATIO: 30, STR: 20, LIVE: false })], settings);
    // weights 0.6, 0.4, 0.5 → 0.4, 0.2667, 0.3333; a: 1·0.4 + 1·0.2667 + 1·0.3333 = 1; b: 0.5·0.4 + 0 + 0 = 0.2
    expect(a.levelScore).toBeCloseTo(1, 12);
    expect(b.levelScore).toBeCloseTo(0.2, 12);
    expect([a.rank, b.rank]).toEqual([1, 2]);
    expect([a.grade, b.grade]).toEqual(['A', 'D']);
    expect(b.gaps.map((g) => g.code)).toEqual(['LIVE', 'STR', 'RATIO']);
    expect(a.dimensionScores).toEqual({ TALENT: expect.closeTo(1, 12), DIGITAL: 1 });
  });

  it('records the weights it used, the declared ones, normalized values and per-rank probabilities of the draws', () => {
    const [a, b] = scoreGroup(indicators, [member('a', { RATIO: 60, STR: 16, LIVE: true }), member('b', { RATIO: 30, STR: 20 })], settings);
    expect(a.declaredWeights).toEqual({ RATIO: expect.closeTo(0.4, 12), STR: expect.closeTo(0.8 / 3, 12), LIVE: expect.closeTo(1 / 3, 12) });
    expect(a.weights).toEqual(a.declaredWeights); // EXPERT: what was declared is what was used
    expect(b.normalized).toEqual({ RATIO: 0.5, STR: 0, LIVE: null });
    // a wins every draw: its whole probability is on rank 1, b's on rank 2.
    expect(a.rankProbabilities).toEqual([1, 0]);
    expect(b.rankProbabilities).toEqual([0, 1]);
  });

  it('under ENTROPY the weights used differ from the declared ones, and probabilities sum to 1 over the ranks', () => {
    const members = ['a', 'b', 'c', 'd'].map((id, k) => member(id, { RATIO: 30 + 8 * k, STR: 16 + ((k * 3) % 5), LIVE: k % 2 === 0 }));
    const results = scoreGroup(indicators, members, { ...settings, weighting: 'ENTROPY' });
    const used = results[0].weights;
    expect(Object.values(used).reduce((s, w) => s + w, 0)).toBeCloseTo(1, 12);
    expect(used.RATIO).not.toBeCloseTo(results[0].declaredWeights.RATIO, 3);
    for (const r of results) {
      expect(r.rankProbabilities).toHaveLength(4);
      expect(r.rankProbabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
      // the rank interval holds at least 90 % of the draws
      const [low, high] = r.rankInterval;
      expect(r.rankProbabilities.slice(low - 1, high).reduce((s, p) => s + p, 0)).toBeGreaterThanOrEqual(0.9 - 1e-12);
    }
  });

  it('ranks the consortia that did not submit last, tied', () => {
    const results = scoreGroup(
      indicators,
      [member('x', {}, null, false), member('a', { RATIO: 40, STR: 18, LIVE: true }), member('y', {}, null, false)],
      settings,
    );
    expect(results.map((r) => [r.consortiumId, r.status, r.rank])).toEqual([
      ['x', 'NOT_SUBMITTED', 2],
      ['a', 'SCORED', 1],
      ['y', 'NOT_SUBMITTED', 2],
    ]);
  });

  it('lets a small consortium that improves beat a large one that stands still when β > 0 (公平比拼)', () => {
    // Five with a previous score: improvement is min-max normalized in the group.
    const others = [0, 1, 2].map((k) => member(`o${k}`, { RATIO: 20 + k, STR: 30, LIVE: false }, 0.1));
    const members = [member('large', { RATIO: 58, STR: 16, LIVE: true }, 0.95), member('small', { RATIO: 50, STR: 17, LIVE: true }, 0.4), ...others];
    const still = scoreGroup(indicators, members, settings);
    expect(still.find((r) => r.consortiumId === 'large')!.rank).toBe(1);
    const fair = scoreGroup(indicators, members, { ...settings, beta: 0.5 });
    expect(fair.find((r) => r.consortiumId === 'small')!.rank).toBe(1);
  });

  it('measures improvement on an absolute scale in a group too small to normalize (fewer than MIN_RELATIVE_GROUP)', () => {
    expect(MIN_RELATIVE_GROUP).toBe(5);
    // Two consortia, both rising: min-max over two changes would give the smaller riser 0 whatever its rise.
    const [leader, runnerUp] = scoreGroup(
      indicators,
      [member('leader', { RATIO: 60, STR: 16, LIVE: true }, 0.8), member('runner-up', { RATIO: 30, STR: 20, LIVE: false }, 0.134)],
      {
        ...settings,
        beta: 0.2,
      },
    );
    expect(leader.levelScore).toBeCloseTo(1, 12);
    expect(runnerUp.levelScore).toBeCloseTo(0.2, 12);
    expect(leader.improvement).toBeCloseTo((1 + 0.2) / 2, 12); // rose by 0.2
    expect(runnerUp.improvement).toBeCloseTo((1 + 0.066) / 2, 12); // rose by 0.066: above the 0.5 of standing still
    expect(runnerUp.total).toBeCloseTo(0.8 * 0.2 + 0.2 * 0.533, 12);
    // Standing still is 0.5, falling is below it; a single consortium is measured the same way.
    const [alone] = scoreGroup(indicators, [member('alone', { RATIO: 60, STR: 20, LIVE: true }, 1)], settings);
    expect(alone.levelScore).toBeCloseTo(1, 12);
    expect(alone.improvement).toBeCloseTo(0.5, 12);
    const [still] = scoreGroup(
      indicators,
      [member('a', { RATIO: 60, STR: 16, LIVE: true }, 1), member('b', { RATIO: 30, STR: 20, LIVE: false }, 0.6)],
      settings,
    );
    expect(still.improvement).toBeCloseTo(0.5, 12);
    const fallen = scoreGroup(
      indicators,
      [member('a', { RATIO: 60, STR: 16, LIVE: true }, 1), member('b', { RATIO: 30, STR: 20, LIVE: false }, 0.6)],
      settings,
    )[1];
    expect(fallen.improvement).toBeCloseTo((1 - 0.4) / 2, 12);
  });

  it('renormalizes over the answered indicators when an optional one is missing', () => {
    const group = [member('a', { RATIO: 60, STR: 16 }), member('b', { RATIO: 30, STR: 20, LIVE: false }), member('c', { RATIO: 30, STR: 18, LIVE: true })];
    const [a] = scoreGroup(indicators, group, settings);
    expect(a.levelScore).toBeCloseTo(1, 12); // (0.4·1 + 0.2667·1) / (0.4 + 0.2667)
    const [minimum] = scoreGroup(indicators, group, { ...settings, missingOptional: 'GROUP_MINIMUM' });
    expect(minimum.levelScore).toBeCloseTo(0.4 + 0.4 / 1.5, 12); // LIVE counted as the group minimum, false
  });

  it('is deterministic, and permuting the consortia permutes the results', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 5, max: 40 }), fc.boolean()), { minLength: 2, maxLength: 8 }),
        (rows) => {
          const members = rows.map(([ratio, str, live], i) => member(`c${i}`, { RATIO: ratio, STR: str, LIVE: live }));
          const forward = scoreGroup(indicators, members, settings);
          const again = scoreGroup(indicators, members, settings);
          expect(again).toEqual(forward);
          const backward = scoreGroup(indicators, [...members].reverse(), settings);
          for (const r of forward) {
            const other = backward.find((b) => b.consortiumId === r.consortiumId)!;
            expect(other.total).toBeCloseTo(r.total, 12);
            expect(other.rank).toBe(r.rank);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('gives rank intervals that contain the median', () => {
    const results = scoreGroup(
      indicators,
      [member('a', { RATIO: 50, STR: 17, LIVE: true }), member('b', { RATIO: 52, STR: 19, LIVE: true }), member('c', { RATIO: 20, STR: 30, LIVE: false })],
      settings,
    );
    for (const r of results) {
      expect(r.rankInterval[0]).toBeLessThanOrEqual(r.medianRank);
      expect(r.medianRank).toBeLessThanOrEqual(r.rankInterval[1]);
    }
    expect(results.find((r) => r.consortiumId === 'c')!.rankInterval).toEqual([3, 3]);
  });
});

describe('scoreGroup and the score command run one engine', () => {
  /**
   * A level group without missing answers or a previous round is exactly a `score` command input:
   * the same weights, normalized values, scores, ranks and Monte Carlo, to the last bit.
   */
  it.each([
    ['MIN_MAX', 'min-max', 'WEIGHTED_SUM', 'weighted-sum', 'EXPERT', 'given'],
    ['MAX', 'max', 'TOPSIS', 'topsis', 'ENTROPY', 'entropy'],
    ['TARGET', 'target', 'WEIGHTED_SUM', 'weighted-sum', 'ENTROPY', 'entropy'],
    ['MIN_MAX', 'min-max', 'TOPSIS', 'topsis', 'EXPERT', 'given'],
  ] as const)('%s / %s / %s', (normalization, method, aggregation, command, weighting, commandWeighting) => {
    const random = mulberry32(2026);
    const codes = ['A', 'B', 'C', 'D'];
    const group: GroupIndicator[] = codes.map((code, j) => ({
      code,
      dimension: 'D',
      direction: j === 1 ? 'cost' : 'benefit',
      normalization,
      expertWeight: 0.1 + j * 0.2,
    }));
    const rows = Array.from({ length: 12 }, () => codes.map(() => Math.round(random() * 1000) / 10));
    const members = rows.map((row, i) => ({
      consortiumId: `c${i}`,
      submitted: true,
      answers: Object.fromEntries(codes.map((c, j) => [c, row[j]])),
      targets: Object.fromEntries(codes.map((c) => [c, 50])),
      previousLevelScore: null,
    }));
    const mc = { draws: 300, noise: 0.3, seed: 11 };
    const results = scoreGroup(group, members, { ...settings, aggregation, weighting, mc });
    const output = score({
      alternatives: members.map((m) => m.consortiumId),
      criteria: group.map((ind) => ({ id: ind.code, type: ind.direction, weight: ind.expertWeight, target: 50 })),
      matrix: rows,
      normalization: method,
      weighting: commandWeighting,
      aggregation: command,
      mc,
    });
    expect(results.map((r) => r.levelScore)).toEqual(output.scores);
    expect(results.map((r) => r.total)).toEqual(output.scores);
    expect(results.map((r) => r.rank)).toEqual(output.ranks);
    expect(results.map((r) => codes.map((c) => r.normalized[c]))).toEqual(output.normalized);
    expect(codes.map((c) => results[0].weights[c])).toEqual(output.weights);
    expect(results.map((r) => r.medianRank)).toEqual(output.mc!.medianRank);
    expect(results.map((r) => r.rankInterval)).toEqual(output.mc!.rankInterval);
    expect(results.map((r) => r.rankProbabilities)).toEqual(output.mc!.rankProbabilities);
  });
});
