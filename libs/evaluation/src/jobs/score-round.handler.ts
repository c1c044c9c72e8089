import { Injectable, Logger } from '@nestjs/common';
import { type EventEnvelope, type EventHandlerContext, OnEvent, OnEventFailed } from '#platform';
import { ScoreRoundUseCase } from '../application/score-round.use-case.js';
import { SCORING_REQUESTED } from '../application/scoring-events.js';
import { ScoringRevisions } from '../application/scoring-revisions.js';
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

  @OnEvent({ type: SCORING_REQUESTED, queue: 'evaluation', consumer: 'evaluation.score-round' })
  score(event: EventEnvelope, { manager, job }: EventHandlerContext): Promise<void> {
    const roundId = String(event.payload.roundId);
    const revision = Number(event.payload.revision);
    return scoringAttempt(this.logger, job, { roundId, revision }, () => this.scoreRound.execute(manager, roundId, revision));
  }

  @OnEventFailed('evaluation.score-round')
  failed(event: EventEnvelope, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    return this.revisions.fail(manager, 'round', String(event.payload.roundId), Number(event.payload.revision), error);
  }
}
