import { Injectable, Logger } from '@nestjs/common';
import { type EventHandlerContext, type EventOf, OnEvent, OnEventFailed } from '#platform';
import { ScoreRoundUseCase } from '../application/score-round.use-case.js';
import { ScoringRevisions } from '../application/scoring-revisions.js';
import { EvaluationJobs } from '../contracts/index.js';
import { scoringAttempt } from './scoring-attempt.js';

/**
 * The worker's adapter for a round's scoring: the job runs `ScoreRoundUseCase` in the handler's
 * transaction; once it has failed for good (its last attempt, or at once for data the engine
 * refuses), `failed` — run by the platform after the attempt's transaction has rolled back and
 * released the round's lock — marks the revision FAILED and puts the round back
 * (`ScoringRevisions.fail`).
 */
@Injectable()
export class ScoreRoundHandler {
  private readonly logger = new Logger(ScoreRoundHandler.name);

  constructor(
    private readonly scoreRound: ScoreRoundUseCase,
    private readonly revisions: ScoringRevisions,
  ) {}

  @OnEvent(EvaluationJobs.scoreRound)
  score(event: EventOf<typeof EvaluationJobs.scoreRound>, { manager, job }: EventHandlerContext): Promise<void> {
    const { roundId, revision } = event.payload;
    return scoringAttempt(this.logger, job, { roundId, revision }, () => this.scoreRound.execute(manager, roundId, revision));
  }

  @OnEventFailed(EvaluationJobs.scoreRound)
  failed(event: EventOf<typeof EvaluationJobs.scoreRound>, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    const { roundId, revision } = event.payload;
    return this.revisions.fail(manager, 'round', roundId, revision, error);
  }
}
