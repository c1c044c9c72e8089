import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, type EventHandlerContext, type EventOf, isFinalFailure, OnEvent, OnEventFailed, OutboxPublisher, PermanentJobError } from '#platform';
import { ConsortiumLookup } from '#registry';
import { computeRoundResults } from '../application/round-results.js';
import { EvaluationJobs, RoundScored } from '../contracts/index.js';
import { RoundScoringError } from '../domain/scoring-failure.js';
import { RoundEntity, RoundResultEntity, RoundScoringEntity } from '../persistence/evaluation.entities.js';

/**
 * Scores one revision of a round in the worker (`computeRoundResults`, over the consortia on the
 * official list at the quarter's end). Results, the digest, the round's move to SCORED, its event
 * and one audit row commit in the handler's transaction; a retried job finds the revision DONE or starts it again from the stored sheets.
 * Data the engine refuses (a `RoundScoringError`, naming consortium and indicator) fails the job at
 * once; any other error is retried. A job that has failed for good marks the revision FAILED with
 * its reason and puts the round back where it was (`failed`, after the attempt's transaction has
 * rolled back and released the round's lock).
 */
@Injectable()
export class ScoreRoundHandler {
  private readonly logger = new Logger(ScoreRoundHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consortia: ConsortiumLookup,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  @OnEvent(EvaluationJobs.scoreRound)
  async score(event: EventOf<typeof EvaluationJobs.scoreRound>, { manager, job }: EventHandlerContext): Promise<void> {
    const { roundId, revision } = event.payload;
    const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
    const scoring = await manager.findOne(RoundScoringEntity, { where: { roundId, revision } });
    if (!round || !scoring || round.status !== 'SCORING' || round.revision !== revision || scoring.status === 'DONE') return;
    try {
      await this.progress(roundId, revision, 'RUNNING', 'loading', 0);
      const listed = await this.consortia.listedOn(round.periodEnd, manager);
      const { rows, digest, loadMs, scoreMs } = await computeRoundResults(manager, round, revision, listed, async (level, percent) => {
        await this.progress(roundId, revision, 'RUNNING', `scored ${level}`, percent);
        await job.updateProgress({ phase: `scored ${level}`, percent });
      });
      const scored = performance.now();
      await manager.insert(RoundResultEntity, rows);
      await manager.update(RoundScoringEntity, { roundId, revision }, { status: 'DONE', phase: 'done', percent: 100, digest, finishedAt: new Date() });
      await manager.update(RoundEntity, { id: roundId }, { status: 'SCORED', updatedAt: new Date() });
      await this.outbox.publish(manager, RoundScored.of(roundId, { id: roundId, code: round.code, revision, digest }));
      await this.audit.record(manager, {
        action: RoundScored.name,
        entityType: 'round',
        entityId: roundId,
        before: { status: 'SCORING', revision },
        after: { status: 'SCORED', revision, digest, consortia: rows.length },
        actor: { type: 'system', id: `round-scoring:${roundId}:${revision}`, name: 'round scoring' },
      });
      // Phase durations (the commit follows): what an operator needs to see where a slow round spends its time.
      const ms = (x: number) => Math.round(x);
      this.logger.log({ roundId, revision, consortia: rows.length, loadMs: ms(loadMs), scoreMs: ms(scoreMs), writeMs: ms(performance.now() - scored) }, 'round scored');
    } catch (error) {
      this.logger.error({ err: error, roundId, revision, finalAttempt: isFinalFailure(job, error) }, 'round scoring failed');
      // The same stored data fails the same way: no point in retrying it.
      if (error instanceof RoundScoringError) throw new PermanentJobError(error.message, { cause: error });
      throw error;
    }
  }

  /**
   * The job has failed for good: the revision FAILED with its reason, the round back where it was
   * (published or scored if an earlier revision was, else closed), so it can be corrected and
   * scored again. Runs in its own transaction once the job's has rolled back; idempotent.
   */
  @OnEventFailed(EvaluationJobs.scoreRound)
  async failed(event: EventOf<typeof EvaluationJobs.scoreRound>, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    const { roundId, revision } = event.payload;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    await manager.query(`UPDATE round_scoring SET status = 'FAILED', finished_at = now(), phase = $3 WHERE round_id = $1 AND revision = $2 AND status <> 'DONE'`, [roundId, revision, reason]);
    await manager.query(
      `UPDATE evaluation_round SET updated_at = now(), status = CASE
           WHEN EXISTS (SELECT 1 FROM round_scoring WHERE round_id = $1 AND published_at IS NOT NULL) THEN 'PUBLISHED'
           WHEN EXISTS (SELECT 1 FROM round_scoring WHERE round_id = $1 AND status = 'DONE') THEN 'SCORED'
           ELSE 'CLOSED' END
        WHERE id = $1 AND status = 'SCORING' AND revision = $2`,
      [roundId, revision],
    );
  }

  /** Outside the job's transaction: visible at once, and left behind only as progress. */
  private progress(roundId: string, revision: number, status: string, phase: string, percent: number): Promise<unknown> {
    return this.dataSource.query(`UPDATE round_scoring SET status = $3, phase = $4, percent = $5 WHERE round_id = $1 AND revision = $2 AND status <> 'DONE'`, [roundId, revision, status, phase, percent]);
  }
}
