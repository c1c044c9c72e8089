import { DomainError } from '#platform';
import type { RoundStatus } from './round.js';

/** 最佳实践 case: submitted by the secretariat, shortlisted by the task force, selected (one per level). */
export const BEST_PRACTICE_STATUSES = ['SUBMITTED', 'SHORTLISTED', 'SELECTED'] as const;
export type BestPracticeStatus = (typeof BEST_PRACTICE_STATUSES)[number];

/** Cases are written while the round takes answers; they are judged after it closes and before it is published. */
export const SUBMISSION_STATUSES: readonly RoundStatus[] = ['OPEN'];
export const JUDGING_STATUSES: readonly RoundStatus[] = ['CLOSED', 'SCORING', 'SCORED'];

export interface ReviewedCase {
  consortiumId: string;
  status: BestPracticeStatus;
  /** Every reviewer's score (0–100). */
  scores: number[];
}

export const meanScore = (scores: readonly number[]): number | null => (scores.length ? scores.reduce((s, x) => s + x, 0) / scores.length : null);

/**
 * Whether `chosen` may be selected among the cases of its level. The reviewers decide, the task
 * force confirms: every shortlisted case must have been reviewed, and the chosen one must have the
 * highest mean score (equal means, compared as the engine compares totals, leave the choice
 * between them to the task force). Nothing may be selected in a level that already has its case.
 */
export function selectionProblem(cases: readonly ReviewedCase[], chosen: string): DomainError | null {
  const fail = (code: string, message: string, field = 'consortiumId') => new DomainError('CONFLICT', code, message, [{ field, code, message }]);
  if (cases.some((c) => c.status === 'SELECTED')) return fail('BEST_PRACTICE_ALREADY_SELECTED', 'this level already has its best practice for the round');
  const target = cases.find((c) => c.consortiumId === chosen);
  if (!target || target.status !== 'SHORTLISTED') return fail('BEST_PRACTICE_NOT_SHORTLISTED', 'only a shortlisted case can be selected', 'status');
  const shortlisted = cases.filter((c) => c.status === 'SHORTLISTED');
  const unreviewed = shortlisted.filter((c) => c.scores.length === 0).map((c) => c.consortiumId);
  if (unreviewed.length) return fail('REVIEWS_INCOMPLETE', `shortlisted cases without a review: ${unreviewed.join(', ')}`, 'reviews');
  const best = Math.max(...shortlisted.map((c) => meanScore(c.scores)!));
  const mine = meanScore(target.scores)!;
  if (best - mine > 1e-9 * Math.max(1, Math.abs(best))) {
    return fail('NOT_TOP_REVIEWED', `its mean review score ${mine.toFixed(2)} is below the level's best ${best.toFixed(2)}`);
  }
  return null;
}
