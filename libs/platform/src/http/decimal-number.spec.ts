import fc from 'fast-check';
import { decimalPlaces, isDecimalNumber } from './decimal-number.js';

describe('decimal numbers', () => {
  it('counts decimal places as written, exponent notation included', () => {
    expect(decimalPlaces(200000)).toBe(0);
    expect(decimalPlaces(0.25)).toBe(2);
    expect(decimalPlaces(-3e-323)).toBe(323);
    expect(decimalPlaces(1e-7)).toBe(7);
    expect(decimalPlaces(1.25e-5)).toBe(7);
    expect(decimalPlaces(1.5e21)).toBe(0);
  });

  it('accepts finite numbers within the places and refuses the rest, never throwing', () => {
    expect(isDecimalNumber(199999.99, 2)).toBe(true);
    expect(isDecimalNumber(0.001, 2)).toBe(false);
    expect(isDecimalNumber(-3e-323, 2)).toBe(false);
    expect(isDecimalNumber(Number.NaN, 2)).toBe(false);
    expect(isDecimalNumber(Number.POSITIVE_INFINITY, 2)).toBe(false);
    expect(isDecimalNumber('1.5', 2)).toBe(false);
    fc.assert(
      fc.property(fc.double(), (x) => {
        const ok = isDecimalNumber(x, 2);
        // Agrees with the decimal string of the number rounded to cents.
        // (=== and not Object.is: -0 is written 0.00 and reads back as 0.)
        if (ok) expect(Number(x.toFixed(2)) === x).toBe(true);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 99 }), (a, cents) =>
        isDecimalNumber(Number(`${a}.${String(cents).padStart(2, '0')}`), 2),
      ),
    );
  });
});
