import {
  coverageComponent,
  districtScore,
  ledgerComponents,
  placePoints,
  rankByScore,
  resultsComponent,
  SCORECARD_METHOD,
  SCORECARD_METHODS,
} from './scorecard.js';

describe('district scorecard, method 1 (hand-computed)', () => {
  it('turns a place within a level into points', () => {
    expect(placePoints(1, 4)).toBe(100);
    expect(placePoints(4, 4)).toBe(25);
    expect(placePoints(1, 1)).toBe(100);
  });

  it('averages the places of a district’s consortia', () => {
    // 2nd of 3 → 66.67, 1st of 1 → 100: mean 83.33 → 83.3
    expect(
      resultsComponent([
        { rank: 2, groupSize: 3 },
        { rank: 1, groupSize: 1 },
      ]),
    ).toBe(83.3);
    expect(resultsComponent([])).toBeNull();
  });

  it('reads completion and on-time shares off the task statuses', () => {
    // 8 tasks: 2 done, 1 overdue → 25 % done, 87.5 % not overdue
    expect(ledgerComponents(['DONE', 'DONE', 'OVERDUE', 'ON_TRACK', 'NOT_STARTED', 'NOT_STARTED', 'AT_RISK', 'ON_TRACK'])).toEqual({
      completion: 25,
      onTime: 87.5,
    });
    expect(ledgerComponents([])).toEqual({ completion: null, onTime: null });
  });

  it('weights the components present, 0.5 / 0.3 / 0.2', () => {
    // 0.5·83.3 + 0.3·25 + 0.2·87.5 = 41.65 + 7.5 + 17.5 = 66.65 → 66.7 (one decimal, half up)
    const v1 = SCORECARD_METHODS[1];
    expect(districtScore({ results: 83.3, completion: 25, onTime: 87.5 }, v1)).toBe(66.7);
    // without results: (0.3·25 + 0.2·87.5) / 0.5 = 25 / 0.5 = 50
    expect(districtScore({ results: null, completion: 25, onTime: 87.5 }, v1)).toBe(50);
    expect(districtScore({ results: 60, completion: null, onTime: null }, v1)).toBe(60);
    expect(districtScore({ results: null, completion: null, onTime: null }, v1)).toBeNull();
    // method 1 ignores the components it does not name: the same 66.7 with coverage and supply–demand known
    expect(districtScore({ results: 83.3, completion: 25, onTime: 87.5, coverage: 0, supplyDemand: 0 }, v1)).toBe(66.7);
  });

  it('ranks by score with shared ranks for ties; no score, no rank', () => {
    expect(
      rankByScore([
        { d: 'a', score: 50 },
        { d: 'b', score: 70 },
        { d: 'c', score: 50 },
        { d: 'e', score: null },
      ]).map((r) => [r.d, r.rank]),
    ).toEqual([
      ['b', 1],
      ['a', 2],
      ['c', 2],
      ['e', null],
    ]);
  });
});

describe('district scorecard, method 2 (hand-computed)', () => {
  it('is the current method: 0.4 / 0.2 / 0.15 / 0.15 / 0.1', () => {
    expect(SCORECARD_METHOD.version).toBe(2);
    expect(Object.values(SCORECARD_METHOD.weights).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 10);
  });

  it('reads membership coverage as covered / directory units', () => {
    // 3 of 5 directory units in a listed consortium → 60 %; 2 of 3 → 66.67 → 66.7
    expect(coverageComponent(3, 5)).toBe(60);
    expect(coverageComponent(2, 3)).toBe(66.7);
    expect(coverageComponent(0, 0)).toBeNull();
  });

  it('weights all five components when all are present', () => {
    // 0.4·83.3 + 0.2·25 + 0.15·87.5 + 0.15·60 + 0.1·50 = 33.32 + 5 + 13.125 + 9 + 5 = 65.445 → 65.4
    expect(districtScore({ results: 83.3, completion: 25, onTime: 87.5, coverage: 60, supplyDemand: 50 })).toBe(65.4);
  });

  it('shares an absent supply–demand figure’s weight out over the others', () => {
    // (33.32 + 5 + 13.125 + 9) / 0.9 = 60.445 / 0.9 = 67.161… → 67.2
    expect(districtScore({ results: 83.3, completion: 25, onTime: 87.5, coverage: 60, supplyDemand: null })).toBe(67.2);
    // ledger only, as a district without consortia, directory or supply–demand: (0.2·2 + 0.15·98) / 0.35 = 15.1 / 0.35 = 43.142… → 43.1
    expect(districtScore({ results: null, completion: 2, onTime: 98, coverage: null, supplyDemand: null })).toBe(43.1);
    // coverage alone: 60
    expect(districtScore({ results: null, completion: null, onTime: null, coverage: 60, supplyDemand: null })).toBe(60);
  });
});
