import { idleQuarters } from './participation.js';

describe('idleQuarters', () => {
  it('counts from the quarter after the last participation, the asked quarter included', () => {
    expect(idleQuarters({ memberSince: '2024-02-01', lastQuarter: '2025Q3' }, '2026Q3')).toBe(4);
    expect(idleQuarters({ memberSince: '2024-02-01', lastQuarter: '2026Q3' }, '2026Q3')).toBe(0);
    expect(idleQuarters({ memberSince: '2024-02-01', lastQuarter: '2026Q2' }, '2026Q3')).toBe(1);
  });

  it('counts from the quarter the membership began when nothing is recorded', () => {
    expect(idleQuarters({ memberSince: '2025-12-31', lastQuarter: null }, '2026Q3')).toBe(4);
    expect(idleQuarters({ memberSince: '2026-01-01', lastQuarter: null }, '2026Q3')).toBe(3);
    expect(idleQuarters({ memberSince: '2026-10-01', lastQuarter: null }, '2026Q3')).toBe(0);
  });
});
