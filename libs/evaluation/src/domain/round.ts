import { DomainError } from '#platform';

/** 赛马比拼 round lifecycle (DESIGN §3). */
export const ROUND_STATUSES = ['DRAFT', 'OPEN', 'CLOSED', 'SCORING', 'SCORED', 'PUBLISHED', 'ARCHIVED'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * Moves made by hand; CLOSED/SCORED/PUBLISHED → SCORING is a scoring request, SCORING → SCORED the
 * scoring job's, SCORED → PUBLISHED the publication. ARCHIVED ends the round for good: its
 * published ranking stays readable, and it can no longer be corrected.
 */
const MANUAL: Partial<Record<RoundStatus, RoundStatus[]>> = {
  DRAFT: ['OPEN'],
  OPEN: ['CLOSED'],
  CLOSED: ['OPEN'],
  PUBLISHED: ['ARCHIVED'],
};

export function transitionProblem(from: RoundStatus, to: RoundStatus): DomainError | null {
  if (MANUAL[from]?.includes(to)) return null;
  return new DomainError('CONFLICT', 'ROUND_TRANSITION_NOT_ALLOWED', `A ${from} round cannot become ${to} by hand`, [
    { field: 'to', code: 'ROUND_TRANSITION_NOT_ALLOWED', message: `${from} → ${to}` },
  ]);
}

/** Statuses a scoring request starts from: closed, or scored / published again as a correction. */
const SCORABLE: readonly RoundStatus[] = ['CLOSED', 'SCORED', 'PUBLISHED'];

/** 409 `ROUND_NOT_SCORABLE` unless the round may be scored now (see `domain/scoring-lifecycle.ts` for the rest of the lifecycle). */
export function roundScoringProblem(status: RoundStatus): DomainError | null {
  if (SCORABLE.includes(status)) return null;
  return new DomainError('CONFLICT', 'ROUND_NOT_SCORABLE', `A ${status} round cannot be scored; close it first`, [
    { field: 'status', code: 'ROUND_NOT_SCORABLE', message: status },
  ]);
}

/**
 * A round's quarter from its code, `YYYYQn`, as Asia/Shanghai calendar days:
 * Q1 01-01…03-31, Q2 04-01…06-30, Q3 07-01…09-30, Q4 10-01…12-31.
 */
export function quarterOf(code: string): { start: string; end: string } | null {
  const match = /^(\d{4})Q([1-4])$/.exec(code);
  if (!match) return null;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const startMonth = (q - 1) * 3 + 1;
  const endMonth = startMonth + 2;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return { start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(endMonth)}-${pad(lastDay)}` };
}

/** The Asia/Shanghai calendar day of an instant (UTC+8, no daylight saving). */
export const shanghaiDay = (instant: Date): string => new Date(instant.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * A round is published (晾晒) only once its quarter has ended in Asia/Shanghai: what the
 * adjustment rules then read as of the quarter's end is settled, and nobody ranks a quarter that
 * is still running. `now` is the caller's clock.
 */
export function publicationTooEarly(code: string, periodEnd: string, now: Date): DomainError | null {
  if (shanghaiDay(now) > periodEnd) return null;
  return new DomainError(
    'CONFLICT',
    'QUARTER_NOT_ENDED',
    {
      en: `${code} cannot be published before its quarter has ended (${periodEnd}, Asia/Shanghai)`,
      zh: `${code} 的季度（至 ${periodEnd}，北京时间）结束前不能晾晒`,
    },
    [{ field: 'periodEnd', code: 'QUARTER_NOT_ENDED', message: `${code} ends on ${periodEnd}`, zh: `${code} 于 ${periodEnd} 结束` }],
  );
}
