import { Injectable, Logger } from '@nestjs/common';
import { type EventHandlerContext, type EventOf, OnEvent, OnEventFailed } from '#platform';
import { ScoreYearUseCase } from '../application/score-year.use-case.js';
import { ScoringRevisions } from '../application/scoring-revisions.js';
import { EvaluationJobs } from '../contracts/index.js';
import { scoringAttempt } from './scoring-attempt.js';

/**
 * The worker's adapter for a year's annual competition (年度公平比拼): the job runs
 * `ScoreYearUseCase` in the handler's transaction; once it has failed for good, `failed` — after
 * the attempt's transaction has rolled back — marks the revision FAILED and puts the year back
 * (`ScoringRevisions.fail`, as for rounds).
 */
@Injectable()
export class ScoreYearHandler {
  private readonly logger = new Logger(ScoreYearHandler.name);

  constructor(
    private readonly scoreYear: ScoreYearUseCase,
    private readonly revisions: ScoringRevisions,
  ) {}

  @OnEvent(EvaluationJobs.scoreYear)
  score(event: EventOf<typeof EvaluationJobs.scoreYear>, { manager, job }: EventHandlerContext): Promise<void> {
    const { year, revision } = event.payload;
    return scoringAttempt(this.logger, job, { year, revision }, () => this.scoreYear.execute(manager, year, revision));
  }

  @OnEventFailed(EvaluationJobs.scoreYear)
  failed(event: EventOf<typeof EvaluationJobs.scoreYear>, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    const { year, revision } = event.payload;
    return this.revisions.fail(manager, 'year', year, revision, error);
  }
}
