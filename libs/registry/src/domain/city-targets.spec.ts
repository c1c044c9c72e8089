import { CITY_TARGETS_2027, percentOf, tierProgress } from './city-targets.js';

describe('city targets', () => {
  it('are the 2027 targets of seeds/004', () => {
    expect(CITY_TARGETS_2027).toEqual({ NATIONAL: 5, MUNICIPAL: 8, PARK_LED: 15, INDUSTRY_LED: 15, SCHOOL_LED: 30 });
  });

  it('compares counts with targets, tier by tier, missing tiers counting 0', () => {
    expect(tierProgress({ NATIONAL: 1, MUNICIPAL: 3, PARK_LED: 21, INDUSTRY_LED: 11 })).toEqual([
      { tier: 'NATIONAL', count: 1, target: 5, gap: 4, met: false },
      { tier: 'MUNICIPAL', count: 3, target: 8, gap: 5, met: false },
      { tier: 'PARK_LED', count: 21, target: 15, gap: 0, met: true },
      { tier: 'INDUSTRY_LED', count: 11, target: 15, gap: 4, met: false },
      { tier: 'SCHOOL_LED', count: 0, target: 30, gap: 30, met: false },
    ]);
  });

  it('rounds percentages to one decimal and gives 0 for nothing to cover', () => {
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(3, 3)).toBe(100);
    expect(percentOf(0, 0)).toBe(0);
  });
});
