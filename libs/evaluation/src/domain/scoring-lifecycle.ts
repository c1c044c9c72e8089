import { DomainError } from '#platform';

/**
 * The scoring lifecycle a round (赛马比拼) and a year's annual competition (年度公平比拼) share.
 * A request moves the aggregate to SCORING under its next revision (a new revision row, with its
 * event); the job scores that revision and moves it to SCORED; publication (晾晒) moves SCORED to
 * PUBLISHED. A revision that fails for good is FAILED and the aggregate returns to where its
 * earlier revisions leave it. Every revision's results are kept. Plain rules, no I/O: the
 * application layer (`application/scoring-revisions.ts`) applies them to the rows.
 */
/** A request while the aggregate is SCORING returns the running revision and queues nothing. */
export const isScoring = (status: string): boolean => status === 'SCORING';

/** A new scoring of a published aggregate is a correction: it needs its reason (422 `REASON_REQUIRED`). */
export function correctionReasonProblem(status: string, reason: string | undefined, what: 'round' | 'annual competition'): DomainError | null {
  if (status !== 'PUBLISHED' || reason) return null;
  return new DomainError('INVALID', 'REASON_REQUIRED', `A correction of a published ${what} needs its reason`, [
    { field: 'reason', code: 'REASON_REQUIRED', message: 'say why the published results are corrected' },
  ]);
}

/**
 * Whether a scoring job still has work: the aggregate is SCORING exactly that revision and the
 * revision is not DONE. Anything else is a duplicate or a stale job, and does nothing (jobs are
 * idempotent).
 */
export function scoringJobHasWork(aggregate: { status: string; revision: number } | null, scoring: { status: string } | null, revision: number): boolean {
  return aggregate !== null && scoring !== null && aggregate.status === 'SCORING' && aggregate.revision === revision && scoring.status !== 'DONE';
}

/**
 * Where the aggregate goes when its running revision has failed for good: PUBLISHED if an earlier
 * revision was published (its ranking stays the public one), else SCORED if one finished, else
 * back to `unscored` (a round: CLOSED; a year: UNSCORED) — so it can be corrected and requested again.
 */
export function statusAfterFailedScoring<U extends string>(earlier: { published: boolean; done: boolean }, unscored: U): 'PUBLISHED' | 'SCORED' | U {
  return earlier.published ? 'PUBLISHED' : earlier.done ? 'SCORED' : unscored;
}

/** The reason kept on a FAILED revision (shown in `GET …/scoring`'s `phase`): the error's message, at most 500 characters. */
export const failureReason = (error: unknown): string => (error instanceof Error ? error.message : String(error)).slice(0, 500);
