import { ValidateBy, type ValidationOptions } from 'class-validator';

export const IS_DECIMAL_NUMBER = 'isDecimalNumber';

/**
 * The number of decimal places of a finite number as JavaScript writes it, exponent included:
 * 0.25 → 2, 3e-323 → 323, 1.5e21 → 0. (class-validator's `maxDecimalPlaces` reads only the part
 * after a `.` and throws on `3e-323`, which a request may well send.)
 */
export function decimalPlaces(value: number): number {
  const [mantissa, exponent = '0'] = value.toString().toLowerCase().split('e');
  const fraction = mantissa.split('.')[1] ?? '';
  return Math.max(0, fraction.length - Number(exponent));
}

/** A finite number with at most `places` decimal places (amounts in yuan: 2). */
export const isDecimalNumber = (value: unknown, places: number): value is number =>
  typeof value === 'number' && Number.isFinite(value) && decimalPlaces(value) <= places;

/** Validates a finite number with at most `places` decimal places; the problem names the field. */
export function IsDecimalNumber(places: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: IS_DECIMAL_NUMBER,
      constraints: [places],
      validator: {
        validate: (value: unknown) => isDecimalNumber(value, places),
        defaultMessage: () => `$property must be a number with at most ${places} decimal places`,
      },
    },
    options,
  );
}
