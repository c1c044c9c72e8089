import { isISO8601, registerDecorator, type ValidationOptions } from 'class-validator';

/**
 * The years a date may name. Nothing the platform records (a consortium's founding, a membership,
 * a council term, a deadline) lies before 1900; 9999 is the last year written with four digits.
 * Year 0 and negative years are refused, as PostgreSQL's `date` and JavaScript read them
 * differently (PostgreSQL has no year 0).
 */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 9999;

const DATE_SHAPE = /^(\d{4})-\d{2}-\d{2}$/;
/** RFC 3339 `date-time`: a date, `T`, hours and minutes, optional seconds and fraction, and an offset (never a local time). */
const DATE_TIME_SHAPE = /^(\d{4})-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

const inRange = (year: string) => Number(year) >= MIN_YEAR && Number(year) <= MAX_YEAR;

/**
 * Whether `value` is a day of the calendar written `YYYY-MM-DD`, between the years MIN_YEAR and
 * MAX_YEAR: `2024-02-29` is one, `2025-02-29`, `2026-02-30`, `2026-13-01` and `0000-01-01` are not
 * (validator.js's strict ISO 8601 check refuses days a month does not have).
 */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const shape = DATE_SHAPE.exec(value);
  return shape !== null && inRange(shape[1]) && isISO8601(value, { strict: true, strictSeparator: true });
}

/**
 * Whether `value` is an RFC 3339 date-time with an offset (`2026-10-15T23:59:59+08:00`,
 * `2026-10-15T15:59:59Z`) on a real calendar day and a real time of day, in the years MIN_YEAR to
 * MAX_YEAR. A date-time without an offset is refused: it would name a different instant on a
 * server in another time zone.
 */
export function isDateTime(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const shape = DATE_TIME_SHAPE.exec(value);
  if (shape === null || !inRange(shape[1]) || !isISO8601(value, { strict: true, strictSeparator: true })) return false;
  const instant = Date.parse(value);
  // The instant itself must stay within the years too (`9999-12-31T23:00:00-05:00` is in year 10000).
  return !Number.isNaN(instant) && new Date(instant).getUTCFullYear() >= MIN_YEAR && new Date(instant).getUTCFullYear() <= MAX_YEAR;
}

/** The class-validator constraint names, which the request validation turns into the codes INVALID_DATE / INVALID_DATE_TIME. */
export const IS_CALENDAR_DATE = 'isCalendarDate';
export const IS_DATE_TIME = 'isDateTime';

/** Where the day of a date-only filter starts: the task force counts days in Asia/Shanghai. */
export const SHANGHAI_OFFSET = '+08:00';

/** The instant a date or date-time filter names; a plain date is the start of that day in Asia/Shanghai. */
export function instantOf(value: string): Date {
  return new Date(isCalendarDate(value) ? `${value}T00:00:00${SHANGHAI_OFFSET}` : value);
}

/**
 * A field holding a calendar date (`YYYY-MM-DD`, see `isCalendarDate`). Every date field of a
 * request — body or query — uses it, so that an impossible date is a 400 naming the field and
 * never reaches PostgreSQL (where it would be an error) or JavaScript's `Date` (where it rolls over).
 */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: IS_CALENDAR_DATE,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: ({ property }) => `${property} must be a calendar date YYYY-MM-DD between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31`, ...options },
      validator: { validate: (value: unknown) => isCalendarDate(value) },
    });
}

/**
 * A field holding an instant (RFC 3339 date-time with an offset, see `isDateTime`). With
 * `allowDate`, a plain calendar date is accepted too (a filter's "from 2026-03-01"); read it with
 * `instantOf`.
 */
export function IsDateTime(settings: { allowDate?: boolean } = {}, options?: ValidationOptions): PropertyDecorator {
  const also = settings.allowDate ? ' or a calendar date YYYY-MM-DD' : '';
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: IS_DATE_TIME,
      target: target.constructor,
      propertyName: String(propertyName),
      // Kept in the metadata so that tests walking the DTOs know a plain date is accepted here.
      constraints: [{ allowDate: settings.allowDate === true }],
      options: {
        message: ({ property }) =>
          `${property} must be a date-time with an offset (e.g. 2026-10-15T23:59:59+08:00)${also}, between the years ${MIN_YEAR} and ${MAX_YEAR}`,
        ...options,
      },
      validator: { validate: (value: unknown) => isDateTime(value) || (settings.allowDate === true && isCalendarDate(value)) },
    });
}
