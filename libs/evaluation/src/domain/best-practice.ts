import { type BilingualMessage, DomainError } from '#platform';
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
  const fail = (code: string, message: BilingualMessage, field = 'consortiumId') =>
    new DomainError('CONFLICT', code, message, [{ field, code, message: message.en, zh: message.zh }]);
  if (cases.some((c) => c.status === 'SELECTED'))
    return fail('BEST_PRACTICE_ALREADY_SELECTED', { en: 'this level already has its best practice for the round', zh: '本层级本轮已选出最佳实践' });
  const target = cases.find((c) => c.consortiumId === chosen);
  if (!target || target.status !== 'SHORTLISTED')
    return fail('BEST_PRACTICE_NOT_SHORTLISTED', { en: 'only a shortlisted case can be selected', zh: '只有入围案例才能入选' }, 'status');
  const shortlisted = cases.filter((c) => c.status === 'SHORTLISTED');
  const unreviewed = shortlisted.filter((c) => c.scores.length === 0).map((c) => c.consortiumId);
  if (unreviewed.length)
    return fail(
      'REVIEWS_INCOMPLETE',
      { en: `shortlisted cases without a review: ${unreviewed.join(', ')}`, zh: `以下入围案例尚无评审：${unreviewed.join('、')}` },
      'reviews',
    );
  const best = Math.max(...shortlisted.map((c) => meanScore(c.scores)!));
  const mine = meanScore(target.scores)!;
  if (best - mine > 1e-9 * Math.max(1, Math.abs(best))) {
    return fail('NOT_TOP_REVIEWED', {
      en: `its mean review score ${mine.toFixed(2)} is below the level's best ${best.toFixed(2)}`,
      zh: `该案例评审均分 ${mine.toFixed(2)}，低于本层级最高分 ${best.toFixed(2)}`,
    });
  }
  return null;
}
