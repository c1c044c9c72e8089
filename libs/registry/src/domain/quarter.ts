/**
 * Calendar quarters `YYYYQn` as Asia/Shanghai days: Q1 01-01…03-31, Q2 04-01…06-30,
 * Q3 07-01…09-30, Q4 10-01…12-31. A round's code is its quarter; participation is counted per quarter.
 */
export const QUARTER = /^(\d{4})Q([1-4])$/;

export const isQuarter = (value: string): boolean => QUARTER.test(value);

/** First and last day of a quarter, or null for a malformed code. */
export function quarterBounds(quarter: string): { start: string; end: string } | null {
  const match = QUARTER.exec(quarter);
  if (!match) return null;
  const year = Number(match[1]);
  const startMonth = (Number(match[2]) - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return { start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay)}` };
}

/** The quarter a date (YYYY-MM-DD) falls in. */
export function quarterOfDate(date: string): string {
  return `${date.slice(0, 4)}Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The quarter `n` quarters after (n < 0: before) the given one. */
export function shiftQuarter(quarter: string, n: number): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new Error(`not a quarter: ${quarter}`);
  const index = Number(match[1]) * 4 + Number(match[2]) - 1 + n;
  return `${Math.floor(index / 4)}Q${(index % 4) + 1}`;
}

/** Quarters from `from` to `to`, both included (0 when `to` is before `from`): 2025Q4…2026Q3 is 4. */
export function quartersBetween(from: string, to: string): number {
  const index = (q: string) => {
    const match = QUARTER.exec(q);
    if (!match) throw new Error(`not a quarter: ${q}`);
    return Number(match[1]) * 4 + Number(match[2]) - 1;
  };
  return Math.max(0, index(to) - index(from) + 1);
}
