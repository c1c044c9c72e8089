import { describe, expect, it } from '@jest/globals';
import type { SchemeDefinition } from '../domain/scheme.js';
import { bestNormalized, explain, type ResultRow } from './result-views.js';

const definition = {
  dimensions: [
    { code: 'TALENT', name: '多元共育人才培养', weight: 0.6 },
    { code: 'INDUSTRY', name: '教产互促服务发展', weight: 0.4 },
  ],
  indicators: [
    { code: 'RATIO', name: '双师型教师占比', unit: '%', dimension: 'TALENT', direction: 'benefit' },
    { code: 'STR', name: '生师比', unit: ':1', dimension: 'TALENT', direction: 'cost' },
    { code: 'GROWTH', name: '技术服务产值增长率', unit: '%', dimension: 'INDUSTRY', direction: 'benefit' },
  ],
  settings: {},
} as unknown as SchemeDefinition;

const row = (over: Partial<ResultRow>): ResultRow => ({
  consortium_id: 'c-1',
  consortium_name: '甲联合体',
  level: 'L3',
  status: 'SCORED',
  level_score: 0.5,
  improvement: 0,
  total: 0.5,
  rank: 2,
  grade: 'C',
  median_rank: 2,
  rank_low: 1,
  rank_high: 3,
  explanation: { dimensionScores: {}, contributions: {}, gaps: [] },
  previous_round_id: null,
  previous_round_code: null,
  previous_level: null,
  previous_status: null,
  previous_total: null,
  previous_rank: null,
  ...over,
});

describe('explain', () => {
  it('puts each value against its target, in the scheme’s order, with names, weights used and declared, and the gap to the best', () => {
    const own = row({
      explanation: {
        // jsonb gives keys back in its own order: the explanation follows the scheme's
        dimensionScores: { INDUSTRY: 0.5, TALENT: 0.65 },
        contributions: { STR: 0.15, RATIO: 0.24, GROWTH: 0.2 },
        gaps: [{ code: 'GROWTH', gap: 0.2 }],
        weighting: 'COMBINED',
        weights: { STR: 0.3, RATIO: 0.3, GROWTH: 0.4 },
        declaredWeights: { STR: 0.25, RATIO: 0.35, GROWTH: 0.4 },
        normalized: { STR: 0.5, RATIO: 0.8, GROWTH: 0.5 },
        values: { RATIO: 40, STR: 25, GROWTH: 10 },
        targets: { RATIO: 50, STR: 18, GROWTH: null },
        rankProbabilities: [0.25, 0.6, 0.15],
      },
    });
    const best = row({ consortium_id: 'c-2', explanation: { dimensionScores: {}, contributions: {}, gaps: [], normalized: { STR: 1, RATIO: 1, GROWTH: 1 } } });
    const e = explain(own, definition, bestNormalized([own, best]).get('L3'));
    expect(e.weighting).toBe('COMBINED');
    expect(e.dimensions.map((d) => [d.code, d.name, d.score])).toEqual([
      ['TALENT', '多元共育人才培养', 65],
      ['INDUSTRY', '教产互促服务发展', 50],
    ]);
    expect(
      e.indicators.map((i) => [
        i.code,
        i.name,
        i.dimensionName,
        i.value,
        i.target,
        i.achievementPercent,
        i.shortOfTarget,
        i.weightUsed,
        i.weightDeclared,
        i.contribution,
        i.gap,
      ]),
    ).toEqual([
      ['RATIO', '双师型教师占比', '多元共育人才培养', 40, 50, 80, 10, 30, 35, 24, 6],
      // a cost indicator: 25 against a target of 18 is 72 % (18 / 25), 7 too many
      ['STR', '生师比', '多元共育人才培养', 25, 18, 72, 7, 30, 25, 15, 15],
      ['GROWTH', '技术服务产值增长率', '教产互促服务发展', 10, null, null, null, 40, 40, 20, 20],
    ]);
    expect(e.largestGaps).toEqual([{ code: 'GROWTH', name: '技术服务产值增长率', gap: 20, gapRaw: 0.2 }]);
    expect(e.rankProbabilities).toEqual([
      { rank: 1, percent: 25 },
      { rank: 2, percent: 60 },
      { rank: 3, percent: 15 },
    ]);
    expect(e.previous).toBeNull();
  });

  it('compares with the previous round by the shown totals, and ranks only within one level', () => {
    const same = explain(
      row({
        total: 0.80004,
        rank: 1,
        previous_round_id: 'r-0',
        previous_round_code: '2026Q2',
        previous_level: 'L3',
        previous_status: 'SCORED',
        previous_total: 0.59006,
        previous_rank: 3,
      }),
      definition,
      undefined,
    );
    // 80 − 59.01, not round(0.20998 × 100) = 21: the change is what the reader sees between the two figures
    expect(same.previous).toEqual({
      roundId: 'r-0',
      roundCode: '2026Q2',
      level: 'L3',
      status: 'SCORED',
      total: 59.01,
      totalRaw: 0.59006,
      rank: 3,
      totalChange: 20.99,
      rankChange: 2,
    });
    const moved = explain(
      row({ previous_round_id: 'r-0', previous_round_code: '2026Q2', previous_level: 'L2', previous_status: 'SCORED', previous_total: 0.7, previous_rank: 1 }),
      definition,
      undefined,
    );
    expect(moved.previous).toMatchObject({ level: 'L2', totalChange: -20, rankChange: null });
  });

  it('answers null for what a result scored before it was kept does not have', () => {
    const old = explain(
      row({ explanation: { dimensionScores: { TALENT: 0.4 }, contributions: { RATIO: 0.1, STR: 0.2 }, gaps: [{ code: 'RATIO', gap: 0.05 }] } }),
      definition,
      undefined,
    );
    expect(old.weighting).toBeNull();
    expect(old.rankProbabilities).toBeNull();
    expect(old.indicators.map((i) => [i.code, i.value, i.target, i.weightUsed, i.contribution, i.gap])).toEqual([
      ['RATIO', null, null, null, 10, null],
      ['STR', null, null, null, 20, null],
    ]);
  });
});
