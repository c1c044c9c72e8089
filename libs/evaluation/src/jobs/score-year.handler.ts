import { Injectable, Logger } from '@nestjs/common';
import { type EventEnvelope, type EventHandlerContext, OnEvent, OnEventFailed } from '#platform';
import { ScoreYearUseCase } from '../application/score-year.use-case.js';
import { ANNUAL_SCORING_REQUESTED } from '../application/scoring-events.js';
import { ScoringRevisions } from '../application/scoring-revisions.js';
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

  @OnEvent({ type: ANNUAL_SCORING_REQUESTED, queue: 'evaluation', consumer: 'evaluation.score-year' })
  score(event: EventEnvelope, { manager, job }: EventHandlerContext): Promise<void> {
    const year = Number(event.payload.year);
    const revision = Number(event.payload.revision);
    return scoringAttempt(this.logger, job, { year, revision }, () => this.scoreYear.execute(manager, year, revision));
  }

  @OnEventFailed('evaluation.score-year')
  failed(event: EventEnvelope, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    return this.revisions.fail(manager, 'year', Number(event.payload.year), Number(event.payload.revision), error);
  }
}
