import { ANNUAL_DEFAULTS, type AnnualMember, scoreYear } from './annual.js';

const scored = (...totals: number[]): AnnualMember['quarters'] => totals.map((total) => ({ status: 'SCORED', total }));
const member = (id: string, quarters: AnnualMember['quarters'], annualScore: number | null = null): AnnualMember => ({
  consortiumId: id,
  quarters,
  annualScore,
});

describe('scoreYear', () => {
  it('averages the four quarterly totals and ranks within the group', () => {
    const results = scoreYear([member('a', scored(0.5, 0.75, 0.25, 1)), member('b', scored(1, 1, 0.5, 0.5)), member('c', scored(0.25, 0.25, 0.25, 0.25))]);
    expect(results.map((r) => [r.consortiumId, r.annualTotal, r.rank])).toEqual([
      ['a', 0.625, 2],
      ['b', 0.75, 1],
      ['c', 0.25, 3],
    ]);
    expect(results[0].counted).toEqual([0.5, 0.75, 0.25, 1]);
  });

  it('counts a NOT_SUBMITTED or ABSENT quarter as 0, still dividing by four', () => {
    const [r] = scoreYear([
      member('a', [
        { status: 'SCORED', total: 1 },
        { status: 'NOT_SUBMITTED', total: 0.9 },
        { status: 'ABSENT', total: 0.9 },
        { status: 'SCORED', total: 0.5 },
      ]),
    ]);
    expect(r).toMatchObject({ counted: [1, 0, 0, 0.5], annualTotal: 0.375, notSubmitted: 1 });
  });

  it('gives tied totals one rank and one grade, with the tie tolerance of the engine', () => {
    // 0.01 + 0.05 and 0.06 make annual totals that differ in the last bit: DESIGN's rule ties them.
    const results = scoreYear([
      member('a', scored(0.01 + 0.05, 0.9, 0.9, 0.9)),
      member('b', scored(0.06, 0.9, 0.9, 0.9)),
      member('c', scored(0.5, 0.5, 0.5, 0.5)),
      member('d', scored(0.45, 0.45, 0.45, 0.45)),
      member('e', scored(0.1, 0.1, 0.1, 0.1)),
    ]);
    expect(results[0].annualTotal).not.toBe(results[1].annualTotal);
    expect(results.map((r) => [r.rank, r.grade])).toEqual([
      [1, '优秀'],
      [1, '优秀'],
      [3, '良好'],
      [4, '合格'],
      [5, '合格'],
    ]);
  });

  it('grades by the default bands: top 20 % 优秀, next 30 % 良好, next 40 % 合格, the rest 不合格', () => {
    const ten = Array.from({ length: 10 }, (_, i) => member(`c${i}`, scored(1 - i / 16, 1 - i / 16, 1 - i / 16, 1 - i / 16)));
    expect(scoreYear(ten).map((r) => r.grade)).toEqual(['优秀', '优秀', '良好', '良好', '良好', '合格', '合格', '合格', '合格', '不合格']);
    // Five: ahead shares 0, 20, 40, 60, 80 %.
    expect(scoreYear(ten.slice(0, 5)).map((r) => r.grade)).toEqual(['优秀', '良好', '良好', '合格', '合格']);
  });

  it('never grades a total above its floors: 优秀 needs 0.6, 良好 0.4, however the others did', () => {
    // The first of 32 with 0.491 because the 30 behind it missed quarters: 良好, not 优秀.
    const missed = Array.from({ length: 30 }, (_, i) =>
      member(`m${i}`, [
        { status: 'SCORED', total: 0.4 },
        { status: 'NOT_SUBMITTED', total: 0 },
        { status: 'NOT_SUBMITTED', total: 0 },
        { status: 'SCORED', total: 0.3 + i / 100 },
      ]),
    );
    const results = scoreYear([member('first', scored(0.491, 0.491, 0.491, 0.491)), member('second', scored(0.3, 0.35, 0.3, 0.35)), ...missed]);
    expect(results.slice(0, 2).map((r) => [r.consortiumId, r.rank, r.grade])).toEqual([
      ['first', 1, '良好'],
      ['second', 2, '合格'],
    ]);
    expect(results.slice(2).every((r) => r.grade === '不合格')).toBe(true);
    // The floors only cap: a low total at a low rank stays as the bands say.
    const ten = Array.from({ length: 10 }, (_, i) => member(`c${i}`, scored(0.1 - i / 200, 0.1, 0.1, 0.1)));
    expect(scoreYear(ten).map((r) => r.grade)).toEqual(['合格', '合格', '合格', '合格', '合格', '合格', '合格', '合格', '合格', '不合格']);
  });

  it('grades a level smaller than five by the floors alone: a runner-up of two is not 合格 for being second', () => {
    const two = scoreYear([member('n1', scored(0.875, 0.875, 0.875, 0.875)), member('n2', scored(0.625, 0.625, 0.625, 0.625))]);
    expect(two.map((r) => [r.rank, r.grade])).toEqual([
      [1, '优秀'],
      [2, '优秀'],
    ]);
    expect(scoreYear([member('alone', scored(0.5, 0.5, 0.5, 0.5))]).map((r) => r.grade)).toEqual(['良好']);
    expect(scoreYear([member('alone', scored(0.2, 0.2, 0.2, 0.2))]).map((r) => r.grade)).toEqual(['合格']);
    const three = scoreYear([member('a', scored(0.9, 0.9, 0.9, 0.9)), member('b', scored(0.45, 0.45, 0.45, 0.45)), member('c', scored(0.1, 0.1, 0.1, 0.1))]);
    expect(three.map((r) => r.grade)).toEqual(['优秀', '良好', '合格']);
  });

  it('makes two or more unsubmitted quarters 不合格 whatever the rank; one is not enough', () => {
    const results = scoreYear([
      member('two', [
        { status: 'SCORED', total: 1 },
        { status: 'NOT_SUBMITTED', total: 0 },
        { status: 'NOT_SUBMITTED', total: 0 },
        { status: 'SCORED', total: 1 },
      ]),
      member('one', [
        { status: 'SCORED', total: 0.25 },
        { status: 'NOT_SUBMITTED', total: 0 },
        { status: 'SCORED', total: 0.25 },
        { status: 'SCORED', total: 0.25 },
      ]),
      member('absent', [
        { status: 'ABSENT', total: 0 },
        { status: 'ABSENT', total: 0 },
        { status: 'SCORED', total: 0.25 },
        { status: 'SCORED', total: 0.25 },
      ]),
    ]);
    // A level of three: graded by the floors of the totals.
    expect(results.map((r) => [r.consortiumId, r.annualTotal, r.rank, r.notSubmitted, r.grade])).toEqual([
      ['two', 0.5, 1, 2, '不合格'],
      ['one', 0.1875, 2, 1, '合格'],
      ['absent', 0.125, 3, 0, '合格'],
    ]);
  });

  it('blends an annual-only score only when its weight is set (the hook for annual-only indicators)', () => {
    const m = member('a', scored(0.5, 0.5, 0.5, 0.5), 1);
    expect(scoreYear([m])[0].annualTotal).toBe(0.5);
    expect(scoreYear([m], { ...ANNUAL_DEFAULTS, annualWeight: 0.25 })[0].annualTotal).toBe(0.625);
    expect(() => scoreYear([m], { ...ANNUAL_DEFAULTS, annualWeight: 2 })).toThrow(/annualWeight/);
    expect(() => scoreYear([member('b', scored(1, 1, 1))])).toThrow(/four quarters/);
  });
});
