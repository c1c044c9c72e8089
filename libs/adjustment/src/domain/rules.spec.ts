import fc from 'fast-check';
import {
  annualRules,
  type ConsortiumFacts,
  DEFAULT_THRESHOLDS as T,
  inBottom,
  inTop,
  quarterOfDate,
  quarterStart,
  roundRules,
  type RoundStanding,
  stillCurrent,
  thresholdsOf,
  thresholdsProblem,
} from './rules.js';

const standing = (round: string, rank: number, groupSize = 10, grade = 'B'): RoundStanding => ({ round, rank, groupSize, grade, status: 'SCORED' });
const facts = (over: Partial<ConsortiumFacts>): ConsortiumFacts => ({
  consortiumId: 'c',
  status: 'ACTIVE',
  tier: 'PARK_LED',
  statusSince: '2024-01-01',
  standings: [],
  ...over,
});

describe('adjustment rules (DESIGN §4)', () => {
  it('counts the bottom 10 % as the last ⌈n/10⌉ ranks (at least one) and the top half as ranks ≤ ⌊n/2⌋', () => {
    expect([10, 9].map((r) => inBottom(standing('2025Q1', r, 10), T))).toEqual([true, false]);
    expect([20, 19, 18].map((r) => inBottom(standing('2025Q1', r, 20), T))).toEqual([true, true, false]);
    expect([5, 4].map((r) => inBottom(standing('2025Q1', r, 5), T))).toEqual([true, false]);
    expect([2, 3].map((r) => inTop(standing('2025Q1', r, 5), T))).toEqual([true, false]);
  });

  it('counts no position in a level smaller than minGroupSize (5): there the round grade decides', () => {
    expect(T.minGroupSize).toBe(5);
    // The runner-up of two is not "the bottom 10 %" — unless it was graded D (or did not submit, which is D).
    expect(inBottom(standing('2025Q1', 2, 2, 'C'), T)).toBe(false);
    expect(inBottom(standing('2025Q1', 2, 2, 'D'), T)).toBe(true);
    expect(inBottom(standing('2025Q1', 4, 4, 'B'), T)).toBe(false);
    expect(inBottom(standing('2025Q1', 1, 1, 'B'), T)).toBe(false);
    // The top of a small level is grade A or B, whatever the rank.
    expect(['A', 'B', 'C'].map((g) => inTop(standing('2025Q1', 2, 2, g), T))).toEqual([true, true, false]);
    expect(inTop(standing('2025Q1', 1, 2, 'C'), T)).toBe(false);
    // The national flagship, second of two in two rounds with grade C: no warning.
    const flagship = facts({ tier: 'NATIONAL', standings: [standing('2025Q1', 2, 2, 'C'), standing('2025Q2', 2, 2, 'C')] });
    expect(roundRules([flagship], '2025Q2', '2025-06-30', '2025-07-20', T)).toEqual([]);
    expect(roundRules([flagship], '2025Q2', '2025-06-30', '2025-07-20', { ...T, minGroupSize: 2 })).toEqual([
      expect.objectContaining({ rule: 1, toStatus: 'WARNED' }),
    ]);
    // A rule set stored before the threshold existed takes its default.
    const { minGroupSize: _dropped, ...stored } = T;
    expect(thresholdsOf(stored)).toEqual(T);
    expect(thresholdsProblem({ ...T, minGroupSize: 0 })?.field).toBe('minGroupSize');
  });

  it('keeps a proposal only while the consortium still stands where the rules judged it', () => {
    const warn = roundRules([facts({ standings: [standing('2025Q1', 10), standing('2025Q2', 10)] })], '2025Q2', '2025-06-30', '2025-07-20', T);
    expect(warn).toHaveLength(1);
    expect(stillCurrent(warn, new Map([['c', { status: 'ACTIVE', tier: 'PARK_LED' }]]))).toEqual(warn);
    // Already WARNED by a decision effective at or after the quarter's end, delisted, or moved to another tier: nothing to propose.
    expect(stillCurrent(warn, new Map([['c', { status: 'WARNED', tier: 'PARK_LED' }]]))).toEqual([]);
    expect(stillCurrent(warn, new Map())).toEqual([]);
    expect(stillCurrent(warn, new Map([['c', { status: 'ACTIVE', tier: 'MUNICIPAL' }]]))).toEqual([]);
  });

  it('rule 1: bottom or grade D in two consecutive published rounds warns an ACTIVE consortium', () => {
    const twice = facts({ standings: [standing('2025Q1', 10), standing('2025Q2', 3, 10, 'D')] });
    expect(roundRules([twice], '2025Q2', '2025-06-30', '2025-07-20', T)).toEqual([
      expect.objectContaining({
        rule: 1,
        kind: 'STATUS',
        fromStatus: 'ACTIVE',
        toStatus: 'WARNED',
        evidence: { rounds: [expect.objectContaining({ round: '2025Q1', rank: 10 }), expect.objectContaining({ round: '2025Q2', grade: 'D' })] },
      }),
    ]);
    const once = facts({ standings: [standing('2025Q1', 5), standing('2025Q2', 10)] });
    expect(roundRules([once], '2025Q2', '2025-06-30', '2025-07-20', T)).toEqual([]);
    // Only when the latest standing is the triggering round's.
    expect(roundRules([twice], '2025Q3', '2025-09-30', '2025-10-20', T)).toEqual([]);
  });

  it('rule 2: WARNED and again in the bottom after the warning proposes PROBATION with a deadline', () => {
    const warned = facts({ status: 'WARNED', statusSince: '2025-07-15', standings: [standing('2025Q2', 10), standing('2025Q3', 10)] });
    expect(roundRules([warned], '2025Q3', '2025-09-30', '2025-10-20', T)).toEqual([
      expect.objectContaining({
        rule: 2,
        toStatus: 'PROBATION',
        rectificationDeadline: '2026-03-29',
        evidence: expect.objectContaining({ warnedSince: '2025-07-15' }),
      }),
    ]);
    // The round that caused the warning does not count again.
    expect(roundRules([{ ...warned, statusSince: '2025-10-01' }], '2025Q3', '2025-09-30', '2025-10-20', T)).toEqual([]);
  });

  it('rule 3: PROBATION past its deadline, or the annual grade 不合格, proposes delisting', () => {
    const probation = facts({ status: 'PROBATION', statusSince: '2025-10-15', rectificationDeadline: '2026-01-31', standings: [standing('2025Q4', 5)] });
    expect(roundRules([probation], '2025Q4', '2025-12-31', '2026-01-31', T)).toEqual([]);
    expect(roundRules([probation], '2025Q4', '2025-12-31', '2026-02-01', T)).toEqual([
      expect.objectContaining({ rule: 3, toStatus: 'DELISTED', evidence: expect.objectContaining({ rectificationDeadline: '2026-01-31' }) }),
    ]);
    const annual = [{ consortiumId: 'c', level: 'L3', rank: 10, groupSize: 10, grade: '不合格' }];
    expect(annualRules([facts({})], 2025, annual, T)).toEqual([
      expect.objectContaining({ rule: 3, toStatus: 'DELISTED', evidence: { year: 2025, level: 'L3', rank: 10, of: 10, grade: '不合格' } }),
    ]);
  });

  it('rule 4: WARNED or PROBATION in the top half in two rounds since lifts it', () => {
    const warned = facts({ status: 'WARNED', statusSince: '2025-07-15', standings: [standing('2025Q2', 10), standing('2025Q3', 2), standing('2025Q4', 5)] });
    expect(roundRules([warned], '2025Q4', '2025-12-31', '2026-01-20', T)).toEqual([
      expect.objectContaining({ rule: 4, fromStatus: 'WARNED', toStatus: 'ACTIVE' }),
    ]);
    expect(roundRules([warned], '2025Q3', '2025-09-30', '2025-10-20', T)).toEqual([]);
    const sixth = facts({ ...warned, standings: [standing('2025Q3', 2), standing('2025Q4', 6)] });
    expect(roundRules([sixth], '2025Q4', '2025-12-31', '2026-01-20', T)).toEqual([]);
  });

  it('rule 5: first of L3 for the year, 优秀 and ACTIVE, is proposed for promotion', () => {
    const annual = [
      { consortiumId: 'a', level: 'L3', rank: 1, groupSize: 10, grade: '优秀' },
      { consortiumId: 'b', level: 'L2', rank: 1, groupSize: 3, grade: '优秀' },
      { consortiumId: 'w', level: 'L3', rank: 1, groupSize: 10, grade: '优秀' },
    ];
    const out = annualRules(
      [facts({ consortiumId: 'a' }), facts({ consortiumId: 'b', tier: 'MUNICIPAL' }), facts({ consortiumId: 'w', status: 'WARNED' })],
      2025,
      annual,
      T,
    );
    expect(out).toEqual([expect.objectContaining({ rule: 5, kind: 'TIER', consortiumId: 'a', fromTier: 'PARK_LED', toTier: 'MUNICIPAL', toStatus: null })]);
  });

  it('rule 6: composition broken for more than the grace period warns', () => {
    const broken = facts({ compositionBrokenSince: '2025-07-01', compositionWarnings: ['NO_SCHOOL'], standings: [standing('2025Q3', 1)] });
    expect(roundRules([broken], '2025Q3', '2025-09-29', '2025-10-20', T)).toEqual([]);
    expect(roundRules([broken], '2025Q3', '2025-09-30', '2025-10-20', T)).toEqual([
      expect.objectContaining({ rule: 6, toStatus: 'WARNED', evidence: expect.objectContaining({ days: 91, warnings: ['NO_SCHOOL'] }) }),
    ]);
  });

  it('rule 7: a member unit idle for four quarters, a member throughout, is proposed for exit', () => {
    const members = [
      { organizationId: 'idle', memberSince: '2024-06-01', lastParticipation: '2024Q4' },
      { organizationId: 'active', memberSince: '2024-06-01', lastParticipation: '2025Q2' },
      { organizationId: 'new', memberSince: '2025-01-02', lastParticipation: null },
      { organizationId: 'never', memberSince: '2025-01-01', lastParticipation: null },
    ];
    const out = roundRules([facts({ members, standings: [standing('2025Q4', 1)] })], '2025Q4', '2025-12-31', '2026-01-20', T);
    expect(out.map((p) => [p.rule, p.kind, p.organizationId])).toEqual([
      [7, 'MEMBER_EXIT', 'idle'],
      [7, 'MEMBER_EXIT', 'never'],
    ]);
    expect(out[0].evidence).toEqual({ quarters: ['2025Q1', '2025Q2', '2025Q3', '2025Q4'], lastParticipation: '2024Q4', memberSince: '2024-06-01' });
  });

  it('proposes nothing for consortia off the list', () => {
    const delisted = facts({ status: 'DELISTED', standings: [standing('2025Q1', 10), standing('2025Q2', 10)] });
    expect(roundRules([delisted], '2025Q2', '2025-06-30', '2025-07-20', T)).toEqual([]);
  });

  it('is deterministic and order-independent over consortia', () => {
    const arb = fc.array(
      fc.record({
        rank1: fc.integer({ min: 1, max: 10 }),
        rank2: fc.integer({ min: 1, max: 10 }),
        status: fc.constantFrom('ACTIVE', 'WARNED', 'PROBATION'),
      }),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const all = rows.map((r, i) =>
          facts({ consortiumId: `c${i}`, status: r.status, statusSince: '2025-04-15', standings: [standing('2025Q2', r.rank1), standing('2025Q3', r.rank2)] }),
        );
        const key = (ps: ReturnType<typeof roundRules>) => ps.map((p) => `${p.consortiumId}/${p.rule}`).sort();
        expect(key(roundRules([...all].reverse(), '2025Q3', '2025-09-30', '2025-10-20', T))).toEqual(
          key(roundRules(all, '2025Q3', '2025-09-30', '2025-10-20', T)),
        );
      }),
    );
  });

  it('knows quarters and checks thresholds', () => {
    expect(quarterOfDate('2025-07-15')).toBe('2025Q3');
    expect(quarterStart(2025 * 4 + 3)).toBe('2025-10-01');
    expect(thresholdsProblem(T)).toBeNull();
    expect(thresholdsProblem({ ...T, bottomShare: 0 })).toEqual({ field: 'bottomShare', message: 'must be in (0, 1]' });
    expect(thresholdsProblem({ ...T, idleQuarters: 1.5 })?.field).toBe('idleQuarters');
  });
});
