import { districtScore, ledgerComponents, placePoints, rankByScore, resultsComponent } from './scorecard.js';

describe('district scorecard, method 1 (hand-computed)', () => {
  it('turns a place within a level into points', () => {
    expect(placePoints(1, 4)).toBe(100);
    expect(placePoints(4, 4)).toBe(25);
    expect(placePoints(1, 1)).toBe(100);
  });

  it('averages the places of a district’s consortia', () => {
    // 2nd of 3 → 66.67, 1st of 1 → 100: mean 83.33 → 83.3
    expect(resultsComponent([{ rank: 2, groupSize: 3 }, { rank: 1, groupSize: 1 }])).toBe(83.3);
    expect(resultsComponent([])).toBeNull();
  });

  it('reads completion and on-time shares off the task statuses', () => {
    // 8 tasks: 2 done, 1 overdue → 25 % done, 87.5 % not overdue
    expect(ledgerComponents(['DONE', 'DONE', 'OVERDUE', 'ON_TRACK', 'NOT_STARTED', 'NOT_STARTED', 'AT_RISK', 'ON_TRACK'])).toEqual({ completion: 25, onTime: 87.5 });
    expect(ledgerComponents([])).toEqual({ completion: null, onTime: null });
  });

  it('weights the components present, 0.5 / 0.3 / 0.2', () => {
    // 0.5·83.3 + 0.3·25 + 0.2·87.5 = 41.65 + 7.5 + 17.5 = 66.65 → 66.7 (one decimal, half up)
    expect(districtScore({ results: 83.3, completion: 25, onTime: 87.5 })).toBe(66.7);
    // without results: (0.3·25 + 0.2·87.5) / 0.5 = 25 / 0.5 = 50
    expect(districtScore({ results: null, completion: 25, onTime: 87.5 })).toBe(50);
    expect(districtScore({ results: 60, completion: null, onTime: null })).toBe(60);
    expect(districtScore({ results: null, completion: null, onTime: null })).toBeNull();
  });

  it('ranks by score with shared ranks for ties; no score, no rank', () => {
    expect(rankByScore([{ d: 'a', score: 50 }, { d: 'b', score: 70 }, { d: 'c', score: 50 }, { d: 'e', score: null }]).map((r) => [r.d, r.rank])).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['e', null],
    ]);
  });
});
