import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, type EventHandlerContext, type EventOf, isFinalFailure, OnEvent, OnEventFailed, OutboxPublisher } from '#platform';
import { ConsortiumLookup } from '#registry';
import { yearEnd } from '../application/annual-competition.use-cases.js';
import { AnnualScored, EvaluationJobs } from '../contracts/index.js';
import { ANNUAL_DEFAULTS, type AnnualMember, type QuarterStatus, scoreYear } from '../domain/annual.js';
import { LEVELS } from '../domain/scheme.js';
import { AnnualCompetitionEntity, type AnnualQuarterRow, AnnualResultEntity, AnnualScoringEntity } from '../persistence/annual.entities.js';

/**
 * Scores one revision of a year's annual competition (年度公平比拼) in the worker. Every consortium
 * on the official list on 31 December takes part in the group of its level on that day; each
 * quarter contributes its total in the published round revision fixed at the request (a quarter
 * where the consortium was NOT_SUBMITTED, or has no result, counts 0); `scoreYear` gives the
 * annual total, rank and grade. The results, the digest, the year's move to SCORED, its event and
 * one audit row commit in the handler's transaction; a retried job finds the revision DONE or
 * computes it again from the same immutable round results. A job that has failed for good marks
 * the revision FAILED and puts the year back where it was (`failed`, after the attempt's
 * transaction has rolled back and released the year's lock).
 */
@Injectable()
export class ScoreYearHandler {
  private readonly logger = new Logger(ScoreYearHandler.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consortia: ConsortiumLookup,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  @OnEvent(EvaluationJobs.scoreYear)
  async score(event: EventOf<typeof EvaluationJobs.scoreYear>, { manager, job }: EventHandlerContext): Promise<void> {
    const { year, revision } = event.payload;
    const competition = await manager.findOne(AnnualCompetitionEntity, { where: { year }, lock: { mode: 'pessimistic_write' } });
    const scoring = await manager.findOne(AnnualScoringEntity, { where: { year, revision } });
    if (!competition || !scoring || competition.status !== 'SCORING' || competition.revision !== revision || scoring.status === 'DONE') return;
    try {
      await this.progress(year, revision, 'RUNNING', 'loading', 0);
      const listed = await this.consortia.listedOn(yearEnd(year), manager);
      const quarterResults = await Promise.all(
        scoring.sources.map(async (s) => {
          const rows: { consortium_id: string; status: string; total: number }[] = await manager.query(
            `SELECT consortium_id, status, total FROM round_result WHERE round_id = $1 AND revision = $2`,
            [s.roundId, s.revision],
          );
          return new Map(rows.map((r) => [r.consortium_id, r]));
        }),
      );
      await this.progress(year, revision, 'RUNNING', 'loaded', 10);

      const results: { level: string; row: Omit<AnnualResultEntity, 'year' | 'revision'> }[] = [];
      for (const [i, level] of LEVELS.entries()) {
        const group = listed.filter((c) => c.level === level);
        if (group.length > 0) {
          const quarters = new Map<string, AnnualQuarterRow[]>();
          const members: AnnualMember[] = group.map((c) => {
            const own = scoring.sources.map((s, k): AnnualQuarterRow => {
              const r = quarterResults[k]!.get(c.id);
              const status: QuarterStatus = !r ? 'ABSENT' : r.status === 'SCORED' ? 'SCORED' : 'NOT_SUBMITTED';
              return { quarter: s.quarter, roundId: s.roundId, revision: s.revision, status, total: r ? r.total : null, counted: 0 };
            });
            quarters.set(c.id, own);
            return { consortiumId: c.id, quarters: own.map((q) => ({ status: q.status, total: q.total ?? 0 })), annualScore: null };
          });
          for (const r of scoreYear(members, ANNUAL_DEFAULTS)) {
            const own = quarters.get(r.consortiumId)!.map((q, k) => ({ ...q, counted: r.counted[k]! }));
            results.push({ level, row: { consortiumId: r.consortiumId, level, quarters: own, notSubmitted: r.notSubmitted, annualTotal: r.annualTotal, rank: r.rank, grade: r.grade } });
          }
        }
        const percent = 10 + Math.round((80 * (i + 1)) / LEVELS.length);
        await this.progress(year, revision, 'RUNNING', `scored ${level}`, percent);
        await job.updateProgress({ phase: `scored ${level}`, percent });
      }

      if (results.length > 0) await manager.insert(AnnualResultEntity, results.map(({ row }) => ({ year, revision, ...row })));
      const digest = annualDigest(year, results.map((r) => r.row));
      await manager.update(AnnualScoringEntity, { year, revision }, { status: 'DONE', phase: 'done', percent: 100, digest, finishedAt: new Date() });
      await manager.update(AnnualCompetitionEntity, { year }, { status: 'SCORED', updatedAt: new Date() });
      await this.outbox.publish(manager, AnnualScored.of(String(year), { year, revision, digest }));
      await this.audit.record(manager, {
        action: AnnualScored.name,
        entityType: 'annual-competition',
        entityId: String(year),
        before: { status: 'SCORING', revision },
        after: { status: 'SCORED', revision, digest, consortia: results.length },
        actor: { type: 'system', id: `annual-competition:${year}:${revision}`, name: 'annual competition' },
      });
    } catch (error) {
      this.logger.error({ err: error, year, revision, finalAttempt: isFinalFailure(job, error) }, 'annual competition failed');
      throw error;
    }
  }

  /**
   * The job has failed for good: the revision FAILED with its reason, the year back where it was
   * (published or scored if an earlier revision was, else unscored). Runs in its own transaction
   * once the job's has rolled back; idempotent.
   */
  @OnEventFailed(EvaluationJobs.scoreYear)
  async failed(event: EventOf<typeof EvaluationJobs.scoreYear>, error: unknown, { manager }: EventHandlerContext): Promise<void> {
    const { year, revision } = event.payload;
    const reason = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    await manager.query(`UPDATE annual_scoring SET status = 'FAILED', finished_at = now(), phase = $3 WHERE year = $1 AND revision = $2 AND status <> 'DONE'`, [year, revision, reason]);
    await manager.query(
      `UPDATE annual_competition SET updated_at = now(), status = CASE
           WHEN EXISTS (SELECT 1 FROM annual_scoring WHERE year = $1 AND published_at IS NOT NULL) THEN 'PUBLISHED'
           WHEN EXISTS (SELECT 1 FROM annual_scoring WHERE year = $1 AND status = 'DONE') THEN 'SCORED'
           ELSE 'UNSCORED' END
        WHERE year = $1 AND status = 'SCORING' AND revision = $2`,
      [year, revision],
    );
  }

  /** Outside the job's transaction: visible at once, and left behind only as progress. */
  private progress(year: number, revision: number, status: string, phase: string, percent: number): Promise<unknown> {
    return this.dataSource.query(`UPDATE annual_scoring SET status = $3, phase = $4, percent = $5 WHERE year = $1 AND revision = $2 AND status <> 'DONE'`, [year, revision, status, phase, percent]);
  }
}

/**
 * SHA-256 over the year and its results in consortium order (quarter sources and totals included,
 * totals to 6 decimals): the same round results give the same digest.
 */
export function annualDigest(year: number, rows: Omit<AnnualResultEntity, 'year' | 'revision'>[]): string {
  const round6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
  const canonical = [...rows]
    .sort((a, b) => a.consortiumId.localeCompare(b.consortiumId))
    .map((r) => [r.consortiumId, r.level, r.quarters.map((q) => [q.quarter, q.roundId, q.revision, q.status, round6(q.total), round6(q.counted)]), r.notSubmitted, round6(r.annualTotal), r.rank, r.grade]);
  return createHash('sha256').update(JSON.stringify([year, canonical])).digest('hex');
}
