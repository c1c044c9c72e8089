import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, type EventEnvelope, type EventHandlerContext, OnEvent, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '#registry';
import type { Answers } from '../domain/answer-sheet.js';
import { type GroupIndicator, type GroupMember, type MemberResult, scoreGroup } from '../domain/group-scoring.js';
import { LEVELS, type Level } from '../domain/scheme.js';
import { SCORING_REQUESTED } from '../application/round-scoring.use-cases.js';
import { AnswerSheetEntity, RoundEntity, RoundResultEntity, RoundScoringEntity, SchemeEntity, TargetOverrideEntity } from '../persistence/evaluation.entities.js';

/** Monte Carlo rank intervals: weights perturbed ±20 %, 500 draws, seeded by the round so a re-score of unchanged data is identical. */
const MC = { draws: 500, noise: 0.2 };

/**
 * Scores one revision of a round in the worker. Every consortium on the official list at the
 * quarter's end takes part in its level's group; one without a SUBMITTED or ACCEPTED sheet is
 * ranked last as NOT_SUBMITTED. Targets are the paper's (scheme target or override);
 * improvement compares with the consortium's level score in the latest earlier scored round,
 * when it was at the same level (β is 0 for a group where nobody has one). Results, the digest,
 * the round's move to SCORED, its event and one audit row commit in the handler's transaction;
 * a retried job finds the revision DONE or starts it again from the stored sheets. A job that
 * fails on its last attempt marks the revision FAILED and puts the round back where it was.
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

  @OnEvent({ type: SCORING_REQUESTED, queue: 'evaluation', consumer: 'evaluation.score-round' })
  async score(event: EventEnvelope, { manager, job }: EventHandlerContext): Promise<void> {
    const roundId = String(event.payload.roundId);
    const revision = Number(event.payload.revision);
    const round = await manager.findOne(RoundEntity, { where: { id: roundId }, lock: { mode: 'pessimistic_write' } });
    const scoring = await manager.findOne(RoundScoringEntity, { where: { roundId, revision } });
    if (!round || !scoring || round.status !== 'SCORING' || round.revision !== revision || scoring.status === 'DONE') return;
    try {
      const started = performance.now();
      await this.progress(roundId, revision, 'RUNNING', 'loading', 0);
      const scheme = (await manager.findOne(SchemeEntity, { where: { id: round.schemeId } }))!;
      const listed = await this.consortia.listedOn(round.periodEnd);
      const sheets = await manager.find(AnswerSheetEntity, { where: { roundId } });
      const answered = new Map(sheets.filter((s) => s.status === 'SUBMITTED' || s.status === 'ACCEPTED').map((s) => [s.consortiumId, s.answers as Answers]));
      const overrides = await manager.find(TargetOverrideEntity, { where: { roundId } });
      const previous = await this.previousScores(manager, round);
      const seed = parseInt(createHash('sha256').update(roundId).digest('hex').slice(0, 8), 16);
      const loaded = performance.now();

      const results: { level: Level; result: MemberResult }[] = [];
      for (const [i, level] of LEVELS.entries()) {
        const group = listed.filter((c) => c.level === level);
        if (group.length === 0) continue;
        const applying = scheme.definition.indicators.filter((ind) => ind.levels[level]);
        const indicators: GroupIndicator[] = applying.map((ind) => ({ code: ind.code, dimension: ind.dimension, direction: ind.direction, normalization: ind.normalization, expertWeight: ind.weight }));
        const members: GroupMember[] = group.map((c) => {
          const own = new Map(overrides.filter((o) => o.consortiumId === c.id).map((o) => [o.indicatorCode, o.target]));
          const prior = previous.get(c.id);
          return {
            consortiumId: c.id,
            submitted: answered.has(c.id),
            answers: answered.get(c.id) ?? {},
            targets: Object.fromEntries(applying.map((ind) => [ind.code, own.get(ind.code) ?? ind.levels[level]?.target ?? null])),
            previousLevelScore: prior && prior.level === level ? prior.levelScore : null,
          };
        });
        const beta = members.some((m) => m.previousLevelScore !== null) ? scheme.definition.settings.beta : 0;
        for (const result of scoreGroup(indicators, members, { ...scheme.definition.settings, beta, mc: { ...MC, seed } })) results.push({ level, result });
        await this.progress(roundId, revision, 'RUNNING', `scored ${level}`, Math.round((100 * (i + 1)) / LEVELS.length));
        await job.updateProgress({ phase: `scored ${level}`, percent: Math.round((100 * (i + 1)) / LEVELS.length) });
      }
      const scored = performance.now();

      await manager.insert(
        RoundResultEntity,
        results.map(({ level, result: r }) => ({
          roundId,
          revision,
          consortiumId: r.consortiumId,
          level,
          status: r.status,
          levelScore: r.levelScore,
          improvement: r.improvement,
          total: r.total,
          rank: r.rank,
          grade: r.grade,
          medianRank: r.medianRank,
          rankLow: r.rankInterval[0],
          rankHigh: r.rankInterval[1],
          explanation: { dimensionScores: r.dimensionScores, contributions: r.contributions, gaps: r.gaps },
        })),
      );
      const digest = resultsDigest(results);
      await manager.update(RoundScoringEntity, { roundId, revision }, { status: 'DONE', phase: 'done', percent: 100, digest, finishedAt: new Date() });
      await manager.update(RoundEntity, { id: roundId }, { status: 'SCORED', updatedAt: new Date() });
      await this.outbox.publish(manager, { type: 'evaluation.round.scored', aggregateType: 'round', aggregateId: roundId, payload: { id: roundId, code: round.code, revision, digest } });
      await this.audit.record(manager, {
        action: 'evaluation.round.scored',
        entityType: 'round',
        entityId: roundId,
        before: { status: 'SCORING', revision },
        after: { status: 'SCORED', revision, digest, consortia: results.length },
        actor: { type: 'system', id: `round-scoring:${roundId}:${revision}`, name: 'round scoring' },
      });
      // Phase durations (the commit follows): what an operator needs to see where a slow round spends its time.
      const ms = (x: number) => Math.round(x);
      this.logger.log({ roundId, revision, consortia: results.length, loadMs: ms(loaded - started), scoreMs: ms(scored - loaded), writeMs: ms(performance.now() - scored) }, 'round scored');
    } catch (error) {
      const finalAttempt = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
      this.logger.error({ err: error, roundId, revision, finalAttempt }, 'round scoring failed');
      if (finalAttempt) {
        await this.dataSource.transaction(async (m) => {
          await m.query(`UPDATE round_scoring SET status = 'FAILED', finished_at = now(), phase = $3 WHERE round_id = $1 AND revision = $2`, [roundId, revision, (error as Error).message.slice(0, 500)]);
          // Back to where the round was: published or scored if an earlier revision was, else closed.
          await m.query(
            `UPDATE evaluation_round SET updated_at = now(), status = CASE
                 WHEN EXISTS (SELECT 1 FROM round_scoring WHERE round_id = $1 AND published_at IS NOT NULL) THEN 'PUBLISHED'
                 WHEN EXISTS (SELECT 1 FROM round_scoring WHERE round_id = $1 AND status = 'DONE') THEN 'SCORED'
                 ELSE 'CLOSED' END
              WHERE id = $1 AND status = 'SCORING' AND revision = $2`,
            [roundId, revision],
          );
        });
      }
      throw error;
    }
  }

  /** Level scores of the latest earlier round that has a finished scoring, from its latest revision. */
  private async previousScores(manager: EventHandlerContext['manager'], round: RoundEntity): Promise<Map<string, { level: string; levelScore: number }>> {
    const rows: { consortium_id: string; level: string; level_score: number }[] = await manager.query(
      `WITH prior AS (
         SELECT s.round_id, max(s.revision) AS revision FROM round_scoring s JOIN evaluation_round r ON r.id = s.round_id
          WHERE s.status = 'DONE' AND r.period_end < $1::date
            AND r.period_end = (SELECT max(r2.period_end) FROM evaluation_round r2 JOIN round_scoring s2 ON s2.round_id = r2.id AND s2.status = 'DONE' WHERE r2.period_end < $1::date)
          GROUP BY s.round_id)
       SELECT rr.consortium_id, rr.level, rr.level_score FROM round_result rr JOIN prior p ON p.round_id = rr.round_id AND p.revision = rr.revision
        WHERE rr.status = 'SCORED'`,
      [round.periodStart],
    );
    return new Map(rows.map((r) => [r.consortium_id, { level: r.level, levelScore: r.level_score }]));
  }

  /** Outside the job's transaction: visible at once, and left behind only as progress. */
  private progress(roundId: string, revision: number, status: string, phase: string, percent: number): Promise<unknown> {
    return this.dataSource.query(`UPDATE round_scoring SET status = $3, phase = $4, percent = $5 WHERE round_id = $1 AND revision = $2 AND status <> 'DONE'`, [roundId, revision, status, phase, percent]);
  }
}

/** SHA-256 over the results in consortium order, scores to 6 decimals: equal data, equal digest. */
export function resultsDigest(results: { level: string; result: MemberResult }[]): string {
  const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
  const canonical = [...results]
    .sort((a, b) => a.result.consortiumId.localeCompare(b.result.consortiumId))
    .map(({ level, result: r }) => [r.consortiumId, level, r.status, round6(r.levelScore), round6(r.improvement), round6(r.total), r.rank, r.grade, r.medianRank, r.rankInterval]);
  return createHash('sha256').update(JSON.stringify(canonical)).digest('hex');
}
