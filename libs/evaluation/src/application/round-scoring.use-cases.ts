import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, DomainError, OutboxPublisher } from '#platform';
import { RoundEntity, RoundResultEntity, RoundScoringEntity } from '../persistence/evaluation.entities.js';
import { EvaluationErrors } from './schemes-and-rounds.use-cases.js';

export const SCORING_REQUESTED = 'evaluation.round.scoring-requested';

export interface ScoringView {
  roundId: string;
  revision: number;
  status: RoundScoringEntity['status'];
  phase: string | null;
  percent: number;
  digest: string | null;
  reason: string | null;
  requestedAt: Date;
  finishedAt: Date | null;
}

const scoringView = (s: RoundScoringEntity): ScoringView => ({
  roundId: s.roundId,
  revision: s.revision,
  status: s.status,
  phase: s.phase,
  percent: s.percent,
  digest: s.digest,
  reason: s.reason,
  requestedAt: s.requestedAt,
  finishedAt: s.finishedAt,
});

/**
 * Scoring of a round. The request moves a CLOSED round (or a SCORED one, to score again after a
 * correction) to SCORING under the next revision, with its event, in one transaction; the worker
 * scores every level group and writes the results of that revision (see `ScoreRoundHandler`).
 * Earlier revisions' results are kept, so a re-score never overwrites what was seen. A request
 * while the round is SCORING returns the running revision and queues nothing, so a repeated
 * request never scores twice; the job's id comes from the revision's event.
 */
@Injectable()
export class RoundScoringUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  request(roundId: string, reason: string | undefined): Promise<ScoringView> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (round.status === 'SCORING') return scoringView((await manager.findOne(RoundScoringEntity, { where: { roundId, revision: round.revision } }))!);
      if (round.status !== 'CLOSED' && round.status !== 'SCORED') {
        throw new DomainError('CONFLICT', 'ROUND_NOT_SCORABLE', `A ${round.status} round cannot be scored; close it first`, [
          { field: 'status', code: 'ROUND_NOT_SCORABLE', message: round.status },
        ]);
      }
      const revision = round.revision + 1;
      await manager.update(RoundEntity, { id: roundId }, { status: 'SCORING', revision, updatedAt: new Date() });
      await manager.insert(RoundScoringEntity, { roundId, revision, reason: reason ?? null });
      await this.outbox.publish(manager, { type: SCORING_REQUESTED, aggregateType: 'round', aggregateId: roundId, payload: { roundId, revision } });
      await this.audit.record(manager, {
        action: 'evaluation.round.score',
        entityType: 'round',
        entityId: roundId,
        before: { status: round.status, revision: round.revision },
        after: { status: 'SCORING', revision, reason: reason ?? null },
      });
      return scoringView((await manager.findOne(RoundScoringEntity, { where: { roundId, revision } }))!);
    });
  }

  /** The latest scoring of a round, with its progress. */
  async latest(roundId: string): Promise<ScoringView> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    const scoring = await this.dataSource.getRepository(RoundScoringEntity).findOne({ where: { roundId, revision: round.revision } });
    if (!scoring) throw new DomainError('NOT_FOUND', 'ROUND_NOT_SCORED', 'The round has not been scored');
    return scoringView(scoring);
  }

  /** Results of the latest finished revision, by level and rank. */
  async results(roundId: string) {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    const done = await this.dataSource.getRepository(RoundScoringEntity).findOne({ where: { roundId, status: 'DONE' }, order: { revision: 'DESC' } });
    if (!done) throw new DomainError('NOT_FOUND', 'ROUND_NOT_SCORED', 'The round has no finished scoring');
    const rows = await this.dataSource.getRepository(RoundResultEntity).find({ where: { roundId, revision: done.revision }, order: { level: 'ASC', rank: 'ASC' } });
    return {
      roundId,
      revision: done.revision,
      digest: done.digest,
      items: rows.map((r) => ({
        consortiumId: r.consortiumId,
        level: r.level,
        status: r.status,
        levelScore: r.levelScore,
        improvement: r.improvement,
        total: r.total,
        rank: r.rank,
        grade: r.grade,
        medianRank: r.medianRank,
        rankInterval: [r.rankLow, r.rankHigh],
        explanation: r.explanation,
      })),
    };
  }
}
