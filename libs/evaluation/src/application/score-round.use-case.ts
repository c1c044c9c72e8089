import { Injectable, Logger } from '@nestjs/common';
import { RoundScored } from '../contracts/index.js';
import type { EntityManager } from 'typeorm';
import { AuditRecorder, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '#registry';
import { scoringJobHasWork } from '../domain/scoring-lifecycle.js';
import { RoundEntity, RoundResultEntity, RoundScoringEntity } from '../persistence/evaluation.entities.js';
import { loadRoundScoringInput, scoreRound } from './round-results.js';
import { ScoringRevisions } from './scoring-revisions.js';

/**
 * Scores one revision of a round, in the job's transaction (`manager`): the round locked, the
 * consortia on the official list at the quarter's end (read in the same transaction), what they
 * answered, the pure `scoreRound`, then the results, the digest, the round's move to SCORED, its
 * event and one audit row. A duplicate or stale job does nothing. Data the engine refuses throws a
 * `RoundScoringError` naming level, consortium and indicator.
 */
@Injectable()
export class ScoreRoundUseCase {
  private readonly logger = new Logger(ScoreRoundUseCase.name);

  constructor(
    private readonly consortia: ConsortiumLookup,
    private readonly revisions: ScoringRevisions,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(manager: EntityManager, roundId: string, revision: number): Promise<void> {
    const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
    const scoring = await manager.findOne(RoundScoringEntity, { where: { roundId, revision } });
    if (!round || !scoringJobHasWork(round, scoring, revision)) return;
    const started = performance.now();
    await this.revisions.progress('round', roundId, revision, 'loading', 0);
    const listed = await this.consortia.listedOn(round.periodEnd, manager);
    const input = await loadRoundScoringInput(manager, round, listed);
    const loaded = performance.now();
    await this.revisions.progress('round', roundId, revision, 'scoring', 10);
    const { rows, digest } = scoreRound(input, revision);
    const scored = performance.now();
    await manager.insert(RoundResultEntity, rows);
    await this.revisions.complete(manager, 'round', roundId, revision, digest);
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
    this.logger.log(
      { roundId, revision, consortia: rows.length, loadMs: ms(loaded - started), scoreMs: ms(scored - loaded), writeMs: ms(performance.now() - scored) },
      'round scored',
    );
  }
}
