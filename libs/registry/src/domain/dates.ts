import { isCalendarDate } from '#platform';

/** Calendar dates are Asia/Shanghai days (YYYY-MM-DD), as the task force and the documents count them. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A real calendar day `YYYY-MM-DD` in the accepted years (the same check as every request's date fields). */
export const isIsoDate = (value: string): boolean => isCalendarDate(value);
