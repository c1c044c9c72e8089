import { validate } from 'class-validator';
import { instantOf, IsCalendarDate, isCalendarDate, IsDateTime, isDateTime } from './calendar-date.js';
import { flattenValidationErrors } from '../errors/request-validation.error.js';

describe('isCalendarDate', () => {
  it.each(['2024-02-29', '2000-02-29', '2026-02-28', '2026-12-31', '1900-01-01', '9999-12-31', '2026-04-30'])('accepts the calendar day %s', (value) => {
    expect(isCalendarDate(value)).toBe(true);
  });

  it.each([
    ['2026-02-30', 'a day February does not have'],
    ['2025-02-29', 'a leap day in a common year'],
    ['1900-02-29', 'a leap day in a century that is not a leap year'],
    ['2026-04-31', 'a day April does not have'],
    ['2026-13-01', 'month 13'],
    ['2026-00-10', 'month 0'],
    ['2026-01-00', 'day 0'],
    ['2026-01-32', 'day 32'],
    ['0000-01-01', 'year 0'],
    ['1899-12-31', 'before 1900'],
    ['+02026-01-01', 'an expanded year'],
    ['-2026-01-01', 'a negative year'],
    ['2026-1-1', 'unpadded fields'],
    ['20260101', 'the basic format'],
    ['2026-001', 'an ordinal date'],
    ['2026-W01-1', 'a week date'],
    ['2026-01-01T00:00:00Z', 'a date-time'],
    [' 2026-01-01', 'surrounding space'],
    ['２０２６-01-01', 'full-width digits'],
    ['', 'the empty string'],
  ])('refuses %s (%s)', (value) => {
    expect(isCalendarDate(value)).toBe(false);
  });

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 20260101, new Date('2026-01-01'), ['2026-01-01']]) expect(isCalendarDate(value)).toBe(false);
  });
});

describe('isDateTime', () => {
  it.each([
    '2026-10-15T23:59:59+08:00',
    '2026-10-15T15:59:59Z',
    '2026-10-15T15:59:59.123Z',
    '2024-02-29T00:00:00-05:00',
    '2026-10-15T15:59Z',
    '1900-01-01T00:00:00Z',
  ])('accepts %s', (value) => {
    expect(isDateTime(value)).toBe(true);
  });

  it.each([
    ['2026-02-30T00:00:00Z', 'an impossible day'],
    ['2025-02-29T12:00:00+08:00', 'a leap day in a common year'],
    ['0000-01-01T00:00:00Z', 'year 0'],
    ['2025-01-01T25:00:00Z', 'hour 25'],
    ['2025-01-01T23:60:00Z', 'minute 60'],
    ['2025-01-01T10:00:00+25:00', 'an offset of 25 hours'],
    ['2025-01-01T10:00:00', 'no offset (a local time)'],
    ['2025-01-01 10:00:00Z', 'a space for T'],
    ['2025-01-01', 'a date alone'],
    ['9999-12-31T23:00:00-05:00', 'an instant in year 10000'],
    ['1900-01-01T00:00:00+08:00', 'an instant in 1899'],
  ])('refuses %s (%s)', (value) => {
    expect(isDateTime(value)).toBe(false);
  });
});

describe('instantOf', () => {
  it('reads a date as the start of that day in Asia/Shanghai and a date-time as itself', () => {
    expect(instantOf('2026-03-01').toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(instantOf('2026-03-01T08:00:00+08:00').toISOString()).toBe('2026-03-01T00:00:00.000Z');
  });
});

class Sample {
  @IsCalendarDate() validFrom!: unknown;
  @IsDateTime() deadline!: unknown;
  @IsDateTime({ allowDate: true }) from!: unknown;
}

describe('the decorators', () => {
  const errorsOf = async (value: Partial<Sample>) =>
    flattenValidationErrors(
      await validate(Object.assign(new Sample(), { validFrom: '2026-01-01', deadline: '2026-01-01T00:00:00Z', from: '2026-01-01', ...value })),
    );

  it('pass real dates', async () => {
    expect(await errorsOf({})).toEqual([]);
    expect(await errorsOf({ from: '2026-01-01T00:00:00+08:00' })).toEqual([]);
  });

  it('name the field with a stable code for an impossible date', async () => {
    expect(await errorsOf({ validFrom: '2026-02-30' })).toEqual([
      {
        field: 'validFrom',
        code: 'INVALID_DATE',
        message: expect.stringContaining('validFrom must be a calendar date YYYY-MM-DD'),
        zh: 'validFrom 应为真实的日历日期 YYYY-MM-DD（1900-01-01 至 9999-12-31）',
      },
    ]);
    expect(await errorsOf({ deadline: '2026-02-30T00:00:00Z' })).toEqual([
      {
        field: 'deadline',
        code: 'INVALID_DATE_TIME',
        message: expect.stringContaining('deadline must be a date-time'),
        zh: 'deadline 应为带时区的时间（如 2026-10-15T23:59:59+08:00），年份在 1900 至 9999 之间',
      },
    ]);
    expect(await errorsOf({ from: '2026-02-30' })).toEqual([
      {
        field: 'from',
        code: 'INVALID_DATE_TIME',
        message: expect.stringContaining('or a calendar date'),
        zh: 'from 应为带时区的时间（如 2026-10-15T23:59:59+08:00）或日历日期 YYYY-MM-DD，年份在 1900 至 9999 之间',
      },
    ]);
    expect(await errorsOf({ deadline: '2026-03-01' })).toEqual([expect.objectContaining({ field: 'deadline', code: 'INVALID_DATE_TIME' })]);
  });
});
