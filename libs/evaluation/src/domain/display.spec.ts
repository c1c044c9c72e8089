import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { displayScore, displayScoreOrNull, roundHalfAwayFromZero } from './display.js';

describe('display of scores', () => {
  it('shows a 0–1 score on 0–100 with two decimals', () => {
    expect(displayScore(0.9844444444444445)).toBe(98.44);
    expect(displayScore(1)).toBe(100);
    expect(displayScore(0)).toBe(0);
    expect(displayScore(0.5)).toBe(50);
    expect(displayScore(0.123456)).toBe(12.35);
    expect(displayScoreOrNull(null)).toBeNull();
    expect(displayScoreOrNull(0.25)).toBe(25);
  });

  it('rounds a tie away from zero, as a person reading the decimals would', () => {
    expect(displayScore(0.12345)).toBe(12.35); // 12.345 in binary is 12.3449999…
    expect(displayScore(0.98445)).toBe(98.45);
    expect(roundHalfAwayFromZero(1.005)).toBe(1.01);
    expect(roundHalfAwayFromZero(-1.005)).toBe(-1.01);
    expect(roundHalfAwayFromZero(-0.125)).toBe(-0.13);
    expect(roundHalfAwayFromZero(2.5, 0)).toBe(3);
    expect(roundHalfAwayFromZero(-2.5, 0)).toBe(-3);
    expect(Object.is(roundHalfAwayFromZero(-0.001), 0)).toBe(true);
    expect(Object.is(roundHalfAwayFromZero(0.001), 0)).toBe(true);
  });

  it('never moves a score by more than half of the last shown decimal', () => {
    // 0.00005 on the 0–1 scale is half of 0.01 on 0–100; 1e-12 allows for the division itself.
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), (raw) => {
        const shown = displayScore(raw);
        expect(Math.abs(shown / 100 - raw)).toBeLessThanOrEqual(0.00005 + 1e-12);
        expect(roundHalfAwayFromZero(shown)).toBe(shown); // two decimals at most
      }),
      { numRuns: 5000 },
    );
  });

  it('is symmetric around zero and monotonic', () => {
    fc.assert(
      fc.property(fc.double({ min: -1, max: 1, noNaN: true }), fc.double({ min: -1, max: 1, noNaN: true }), (a, b) => {
        expect(displayScore(-a)).toBe(0 - displayScore(a) || 0);
        if (a <= b) expect(displayScore(a)).toBeLessThanOrEqual(displayScore(b));
      }),
      { numRuns: 5000 },
    );
  });
});
