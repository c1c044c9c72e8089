import type { Logger } from '@nestjs/common';
import { type EventHandlerContext, isFinalFailure, PermanentJobError } from '#platform';
import { RoundScoringError } from '../domain/scoring-failure.js';

/**
 * One attempt of a scoring job (a round's or a year's), the same for both: a failure is logged
 * with whether it was the last attempt; data the engine refuses (`RoundScoringError`) fails the
 * job at once, since the same stored data fails the same way; any other error is retried.
 */
export async function scoringAttempt(
  logger: Logger,
  job: EventHandlerContext['job'],
  what: Record<string, unknown>,
  attempt: () => Promise<void>,
): Promise<void> {
  try {
    await attempt();
  } catch (error) {
    logger.error({ err: error, ...what, finalAttempt: isFinalFailure(job, error) }, 'scoring failed');
    if (error instanceof RoundScoringError) throw new PermanentJobError(error.message, { cause: error });
    throw error;
  }
}
