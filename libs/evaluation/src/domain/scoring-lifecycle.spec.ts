import { roundScoringProblem } from './round.js';
import { correctionReasonProblem, failureReason, scoringJobHasWork, statusAfterFailedScoring } from './scoring-lifecycle.js';

describe('scoring lifecycle (rounds and years)', () => {
  it('scores a round that is closed, or scored or published again (a correction); nothing else', () => {
    for (const status of ['CLOSED', 'SCORED', 'PUBLISHED'] as const) expect(roundScoringProblem(status)).toBeNull();
    for (const status of ['DRAFT', 'OPEN', 'SCORING', 'ARCHIVED'] as const)
      expect(roundScoringProblem(status)).toMatchObject({ code: 'ROUND_NOT_SCORABLE', details: [{ field: 'status', message: status }] });
  });

  it('asks a correction of a published round or year for its reason', () => {
    expect(correctionReasonProblem('PUBLISHED', undefined, 'round')).toMatchObject({ code: 'REASON_REQUIRED', details: [{ field: 'reason' }] });
    expect(correctionReasonProblem('PUBLISHED', '', 'annual competition')).toMatchObject({ code: 'REASON_REQUIRED' });
    expect(correctionReasonProblem('PUBLISHED', 'a sheet was wrong', 'round')).toBeNull();
    expect(correctionReasonProblem('SCORED', undefined, 'round')).toBeNull();
  });

  it('runs a job only for the revision being scored and not yet done', () => {
    expect(scoringJobHasWork({ status: 'SCORING', revision: 2 }, { status: 'QUEUED' }, 2)).toBe(true);
    expect(scoringJobHasWork({ status: 'SCORING', revision: 2 }, { status: 'RUNNING' }, 2)).toBe(true);
    expect(scoringJobHasWork({ status: 'SCORING', revision: 2 }, { status: 'DONE' }, 2)).toBe(false);
    expect(scoringJobHasWork({ status: 'SCORING', revision: 3 }, { status: 'QUEUED' }, 2)).toBe(false); // stale
    expect(scoringJobHasWork({ status: 'SCORED', revision: 2 }, { status: 'QUEUED' }, 2)).toBe(false);
    expect(scoringJobHasWork(null, { status: 'QUEUED' }, 2)).toBe(false);
    expect(scoringJobHasWork({ status: 'SCORING', revision: 2 }, null, 2)).toBe(false);
  });

  it('puts a failed scoring back where the earlier revisions leave it', () => {
    expect(statusAfterFailedScoring({ published: true, done: true }, 'CLOSED')).toBe('PUBLISHED');
    expect(statusAfterFailedScoring({ published: false, done: true }, 'CLOSED')).toBe('SCORED');
    expect(statusAfterFailedScoring({ published: false, done: false }, 'CLOSED')).toBe('CLOSED');
    expect(statusAfterFailedScoring({ published: false, done: false }, 'UNSCORED')).toBe('UNSCORED');
  });

  it('keeps at most 500 characters of the reason', () => {
    expect(failureReason(new Error('L2: consortium X, indicator Y'))).toBe('L2: consortium X, indicator Y');
    expect(failureReason('x'.repeat(600))).toHaveLength(500);
  });
});
