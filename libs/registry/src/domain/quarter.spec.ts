import { isQuarter, quarterBounds, quarterOfDate, quartersBetween, shiftQuarter } from './quarter.js';

describe('quarters', () => {
  it('bounds each quarter by its first and last calendar day', () => {
    expect(quarterBounds('2026Q1')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
    expect(quarterBounds('2026Q2')).toEqual({ start: '2026-04-01', end: '2026-06-30' });
    expect(quarterBounds('2026Q3')).toEqual({ start: '2026-07-01', end: '2026-09-30' });
    expect(quarterBounds('2026Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(quarterBounds('2028Q1')).toEqual({ start: '2028-01-01', end: '2028-03-31' });
  });

  it('refuses malformed codes', () => {
    for (const bad of ['2026Q5', '2026Q0', '2026-Q1', '26Q1', '2026q1', '']) {
      expect(quarterBounds(bad)).toBeNull();
      expect(isQuarter(bad)).toBe(false);
    }
  });

  it('finds the quarter of a date', () => {
    expect(quarterOfDate('2026-01-01')).toBe('2026Q1');
    expect(quarterOfDate('2026-03-31')).toBe('2026Q1');
    expect(quarterOfDate('2026-04-01')).toBe('2026Q2');
    expect(quarterOfDate('2026-09-30')).toBe('2026Q3');
    expect(quarterOfDate('2026-12-31')).toBe('2026Q4');
  });

  it('shifts across years and counts quarters inclusively', () => {
    expect(shiftQuarter('2026Q1', -1)).toBe('2025Q4');
    expect(shiftQuarter('2025Q4', 1)).toBe('2026Q1');
    expect(shiftQuarter('2026Q3', -3)).toBe('2025Q4');
    expect(quartersBetween('2025Q4', '2026Q3')).toBe(4);
    expect(quartersBetween('2026Q3', '2026Q3')).toBe(1);
    expect(quartersBetween('2026Q3', '2026Q2')).toBe(0);
  });
});
