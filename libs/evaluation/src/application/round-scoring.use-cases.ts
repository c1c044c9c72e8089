import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { type Actor, AuditRecorder, DomainError, OutboxPublisher } from '#platform';
import { publicationTooEarly, roundScoringProblem } from '../domain/round.js';
import { correctionReasonProblem, isScoring } from '../domain/scoring-lifecycle.js';
import { RoundEntity, RoundScoringEntity, SchemeEntity } from '../persistence/evaluation.entities.js';
import { displayScore } from '../domain/display.js';
import { bestNormalized, explain, readResultRows } from './result-views.js';
import { EvaluationErrors } from './schemes-and-rounds.use-cases.js';
import { RoundPublished, ScoringRequested } from '../contracts/index.js';

interface PublishedRow {
  consortium_id: string;
  name: string | null;
  level: string;
  status: string;
  total: number;
  rank: number;
  grade: string;
  rank_low: number;
  rank_high: number;
}

interface PublishedBestPracticeRow {
  level: string;
  consortium_id: string;
  name: string | null;
  title: string;
  summary: string;
  dimension: string;
}

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
  publishedAt: Date | null;
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
  publishedAt: s.publishedAt,
});

/**
 * Scoring of a round. The request moves a CLOSED round (or a SCORED one, or a PUBLISHED one as a
 * correction with its reason) to SCORING under the next revision, with its event, in one transaction; the worker
 * scores every level group and writes the results of that revision (see `ScoreRoundUseCase`; the lifecycle's rules are in `domain/scoring-lifecycle.ts`).
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
      if (isScoring(round.status)) return scoringView((await manager.findOne(RoundScoringEntity, { where: { roundId, revision: round.revision } }))!);
      const refused = correctionReasonProblem(round.status, reason, 'round') ?? roundScoringProblem(round.status);
      if (refused) throw refused;
      // A sheet reopened for a correction and not yet submitted again would be scored as not submitted.
      const pending: { consortium_id: string; correction_reason: string }[] = await manager.query(
        `SELECT consortium_id, correction_reason FROM answer_sheet WHERE round_id = $1 AND status = 'RETURNED' AND correction_reason IS NOT NULL ORDER BY consortium_id`,
        [roundId],
      );
      if (pending.length) {
        throw new DomainError(
          'CONFLICT',
          'CORRECTION_PENDING',
          'Sheets reopened for a correction have not been submitted again',
          pending.map((p) => ({ field: `answerSheets.${p.consortium_id}`, code: 'CORRECTION_PENDING', message: p.correction_reason })),
        );
      }
      const revision = round.revision + 1;
      await manager.update(RoundEntity, { id: roundId }, { status: 'SCORING', revision, updatedAt: new Date() });
      await manager.insert(RoundScoringEntity, { roundId, revision, reason: reason ?? null });
      await this.outbox.publish(manager, ScoringRequested.of(roundId, { roundId, revision }));
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

  /**
   * 晾晒: publishes the round's latest revision. Its results were immutable already (the database
   * refuses to change result rows); now the revision itself is frozen and readable without login.
   */
  publish(roundId: string, actor: Actor, now: Date = new Date()): Promise<ScoringView> {
    return this.dataSource.transaction(async (manager) => {
      const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
      if (!round) throw EvaluationErrors.roundNotFound();
      if (round.status !== 'SCORED') {
        throw new DomainError('CONFLICT', 'ROUND_NOT_PUBLISHABLE', `A ${round.status} round cannot be published; score it first`, [
          { field: 'status', code: 'ROUND_NOT_PUBLISHABLE', message: round.status },
        ]);
      }
      const early = publicationTooEarly(round.code, round.periodEnd, now);
      if (early) throw early;
      const publishedBy = actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`;
      await manager.update(RoundScoringEntity, { roundId, revision: round.revision }, { publishedAt: new Date(), publishedBy });
      await manager.update(RoundEntity, { id: roundId }, { status: 'PUBLISHED', updatedAt: new Date() });
      const scoring = (await manager.findOne(RoundScoringEntity, { where: { roundId, revision: round.revision } }))!;
      // A SCORED round's current revision is DONE, so it has its digest.
      await this.outbox.publish(manager, RoundPublished.of(roundId, { id: roundId, code: round.code, revision: round.revision, digest: scoring.digest! }));
      await this.audit.record(manager, {
        action: 'evaluation.round.publish',
        entityType: 'round',
        entityId: roundId,
        before: { status: 'SCORED', revision: round.revision },
        after: { status: 'PUBLISHED', revision: round.revision, digest: scoring.digest },
      });
      return scoringView(scoring);
    });
  }

  /** Rounds with a published ranking, newest first (public). */
  async publishedRounds(): Promise<{ id: string; code: string; periodStart: string; periodEnd: string; revision: number; publishedAt: Date }[]> {
    const rows: { id: string; code: string; period_start: string; period_end: string; revision: number; published_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (r.id) r.id, r.code, r.period_start::text, r.period_end::text, s.revision, s.published_at
         FROM evaluation_round r JOIN round_scoring s ON s.round_id = r.id AND s.published_at IS NOT NULL
        ORDER BY r.id, s.revision DESC`,
    );
    return rows
      .map((r) => ({ id: r.id, code: r.code, periodStart: r.period_start, periodEnd: r.period_end, revision: r.revision, publishedAt: r.published_at }))
      .sort((a, b) => b.periodEnd.localeCompare(a.periodEnd));
  }

  /**
   * The published ranking of a round (public): the latest published revision, or the published
   * `revision` asked for (every published revision stays readable, DESIGN §3), per level and rank,
   * with consortium names, the revision's reason, the round's published revisions, and the best
   * practice selected in each level. No explanations, reviews or personal data: those stay with
   * the task force. A revision that is not (yet) published is not found: corrections become public
   * only when they are published.
   */
  async publishedResults(roundId: string, revision?: number) {
    const query = this.dataSource
      .getRepository(RoundScoringEntity)
      .createQueryBuilder('s')
      .innerJoinAndSelect('s.round', 'round')
      .where('s.roundId = :roundId AND s.publishedAt IS NOT NULL', { roundId });
    if (revision !== undefined) query.andWhere('s.revision = :revision', { revision });
    const published = await query.orderBy('s.revision', 'DESC').limit(1).getOne();
    if (
      !published &&
      revision !== undefined &&
      (await this.dataSource.getRepository(RoundScoringEntity).exists({ where: { roundId, publishedAt: Not(IsNull()) } }))
    ) {
      throw new DomainError('NOT_FOUND', 'REVISION_NOT_PUBLISHED', `Revision ${revision} of the round has not been published`, [
        { field: 'revision', code: 'REVISION_NOT_PUBLISHED', message: `revision ${revision} of this round is not published` },
      ]);
    }
    if (!published) throw new DomainError('NOT_FOUND', 'ROUND_NOT_PUBLISHED', 'The round has no published ranking');
    const revisions = await this.dataSource.getRepository(RoundScoringEntity).find({
      select: { revision: true, publishedAt: true, reason: true, digest: true },
      where: { roundId, publishedAt: Not(IsNull()) },
      order: { revision: 'ASC' },
    });
    const round = published.round!;
    const [rows, bestPractices]: [PublishedRow[], PublishedBestPracticeRow[]] = await Promise.all([
      // The public columns only: each row's explanation (its largest column) is not part of this answer.
      this.dataSource.query<PublishedRow[]>(
        `SELECT rr.consortium_id, c.name, rr.level, rr.status, rr.total, rr.rank, rr.grade, rr.rank_low, rr.rank_high
           FROM round_result rr LEFT JOIN consortium c ON c.id = rr.consortium_id
          WHERE rr.round_id = $1 AND rr.revision = $2 ORDER BY rr.level, rr.rank, c.name, rr.consortium_id`,
        [roundId, published.revision],
      ),
      this.dataSource.query<PublishedBestPracticeRow[]>(
        `SELECT b.level, b.consortium_id, c.name, b.title, b.summary, b.dimension
           FROM best_practice b LEFT JOIN consortium c ON c.id = b.consortium_id
          WHERE b.round_id = $1 AND b.status = 'SELECTED' ORDER BY b.level`,
        [roundId],
      ),
    ]);
    return {
      roundId,
      code: round.code,
      revision: published.revision,
      digest: published.digest,
      publishedAt: published.publishedAt,
      reason: published.reason,
      revisions: revisions.map((r) => ({ revision: r.revision, publishedAt: r.publishedAt, reason: r.reason, digest: r.digest })),
      items: rows.map((r) => ({
        consortiumId: r.consortium_id,
        consortiumName: r.name,
        name: r.name,
        level: r.level,
        status: r.status,
        total: displayScore(r.total),
        totalRaw: r.total,
        rank: r.rank,
        grade: r.grade,
        rankInterval: [r.rank_low, r.rank_high],
      })),
      bestPractices: bestPractices.map((b) => ({
        level: b.level,
        consortiumId: b.consortium_id,
        consortiumName: b.name,
        name: b.name,
        title: b.title,
        summary: b.summary,
        dimension: b.dimension,
      })),
    };
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
  /** The latest finished scoring's results, or those of `revision` (a finished one). */
  async results(roundId: string, revision?: number) {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round) throw EvaluationErrors.roundNotFound();
    const done = await this.dataSource
      .getRepository(RoundScoringEntity)
      .findOne({ where: { roundId, status: 'DONE', ...(revision !== undefined ? { revision } : {}) }, order: { revision: 'DESC' } });
    if (!done) throw new DomainError('NOT_FOUND', 'ROUND_NOT_SCORED', 'The round has no finished scoring');
    const scheme = (await this.dataSource.getRepository(SchemeEntity).findOne({ where: { id: round.schemeId } }))!;
    const rows = await readResultRows(this.dataSource.manager, roundId, done.revision);
    const best = bestNormalized(rows);
    return {
      roundId,
      roundCode: round.code,
      revision: done.revision,
      digest: done.digest,
      items: rows.map((r) => ({
        consortiumId: r.consortium_id,
        consortiumName: r.consortium_name,
        level: r.level,
        status: r.status,
        levelScore: displayScore(r.level_score),
        levelScoreRaw: r.level_score,
        improvement: displayScore(r.improvement),
        improvementRaw: r.improvement,
        total: displayScore(r.total),
        totalRaw: r.total,
        rank: r.rank,
        grade: r.grade,
        medianRank: r.median_rank,
        rankInterval: [r.rank_low, r.rank_high],
        explanation: explain(r, scheme.definition, best.get(r.level)),
      })),
    };
  }
}
