import { DomainError } from '#platform';
import { quarterOfDate, quartersBetween, shiftQuarter } from './quarter.js';

/**
 * Where a recorded participation of a member unit comes from: named in evidence, in a
 * best-practice case, in a demand response, or otherwise recorded by the secretariat.
 */
export const PARTICIPATION_SOURCES = ['EVIDENCE', 'BEST_PRACTICE', 'DEMAND_RESPONSE', 'OTHER'] as const;
export type ParticipationSource = (typeof PARTICIPATION_SOURCES)[number];

/** 参与记录: a member unit took part in its consortium's work in a quarter. */
export interface ParticipationFact {
  consortiumId: string;
  organizationId: string;
  /** `YYYYQn`. */
  quarter: string;
  source: ParticipationSource;
  /** What shows it: an evidence file, a case id, a demand-response number, … */
  ref: string;
}

export const ParticipationErrors = {
  notAMember: (field: string, quarter: string) =>
    new DomainError('INVALID', 'NOT_A_MEMBER_IN_QUARTER', `The organization was not a member of the consortium during ${quarter}`, [
      { field, code: 'NOT_A_MEMBER_IN_QUARTER', message: `not a member during ${quarter}` },
    ]),
  futureQuarter: (quarter: string, current: string) =>
    new DomainError('INVALID', 'QUARTER_IN_FUTURE', `${quarter} has not begun (the current quarter is ${current})`, [
      { field: 'quarter', code: 'QUARTER_IN_FUTURE', message: `at most ${current}` },
    ]),
  invalidQuarter: (field: string) =>
    new DomainError('INVALID', 'INVALID_QUARTER', 'A quarter is written YYYYQn', [{ field, code: 'INVALID_QUARTER', message: 'e.g. 2026Q3' }]),
  duplicate: () =>
    new DomainError('CONFLICT', 'PARTICIPATION_ALREADY_RECORDED', 'This participation (organization, quarter, source, ref) is recorded already', [
      { field: 'ref', code: 'DUPLICATE', message: 'recorded already' },
    ]),
};

/** A current member unit and its latest recorded participation (see `ParticipationLookup`). */
export interface MemberParticipation {
  organizationId: string;
  organizationName: string;
  /** Start of the unbroken membership (role changes do not break it), YYYY-MM-DD. */
  memberSince: string;
  /** Latest quarter with a participation fact in this consortium, up to the asked quarter; null if none. */
  lastQuarter: string | null;
}

/**
 * Quarters in a row, up to and including `asOfQuarter`, with no recorded participation: counted
 * from the quarter after the last one with a fact, or else from the quarter the membership began
 * (that quarter counts in full). Rule 7 of DESIGN §4 proposes an exit at 4.
 */
export function idleQuarters(member: Pick<MemberParticipation, 'memberSince' | 'lastQuarter'>, asOfQuarter: string): number {
  const from = member.lastQuarter ? shiftQuarter(member.lastQuarter, 1) : quarterOfDate(member.memberSince);
  return quartersBetween(from, asOfQuarter);
}
