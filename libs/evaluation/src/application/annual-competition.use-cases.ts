import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { type Actor, AuditRecorder, DomainError, labelOf, OutboxPublisher } from '#platform';
import { displayScore, displayScoreOrNull } from '../domain/display.js';
import { ROUND_STATUS_LABELS } from '../domain/evaluation.labels.js';
import { correctionReasonProblem, isScoring } from '../domain/scoring-lifecycle.js';
import { AnnualCompetitionEntity, type AnnualQuarterRow, AnnualScoringEntity, type AnnualSource } from '../persistence/annual.entities.js';
import { AnnualPublished, AnnualScoringRequested } from '../contracts/index.js';

/** The year's four quarterly round codes, Q1 to Q4. */
export const quartersOf = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}Q${q}`);

/** The consortia of the annual competition are the ones listed on the year's last day. */
export const yearEnd = (year: number): string => `${year}-12-31`;

export interface AnnualScoringView {
  year: number;
  revision: number;
  status: AnnualScoringEntity['status'];
  phase: string | null;
  percent: number;
  digest: string | null;
  reason: string | null;
  sources: AnnualSource[];
  requestedAt: Date;
  finishedAt: Date | null;
  publishedAt: Date | null;
}

const scoringView = (s: AnnualScoringEntity): AnnualScoringView => ({
  year: s.year,
  revision: s.revision,
  status: s.status,
  phase: s.phase,
  percent: s.percent,
  digest: s.digest,
  reason: s.reason,
  sources: s.sources,
  requestedAt: s.requestedAt,
  finishedAt: s.finishedAt,
  publishedAt: s.publishedAt,
});

/**
 * 年度公平比拼: the annual competition of a year, modelled on the scoring of a round. A request is
 * allowed once the year's four rounds (YYYYQ1…Q4) each have a published ranking; it fixes which
 * published revision of each quarter is combined, makes the next revision with its event and audit
 * row in one transaction, and the worker computes the results (`ScoreYearUseCase`). A request while
 * the year is SCORING returns the running revision and queues nothing; a new scoring after
 * publication is a correction and needs its reason. Earlier revisions' results are kept.
 */
@Injectable()
export class AnnualCompetitionUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  request(year: number, reason: string | undefined): Promise<AnnualScoringView> {
    return this.dataSource.transaction(async (manager) => {
      // The year's row is made on the first request (rolled back with it if refused), then locked.
      await manager.query(`INSERT INTO annual_competition (year, status) VALUES ($1, 'UNSCORED') ON CONFLICT (year) DO NOTHING`, [year]);
      const competition = (await manager.findOne(AnnualCompetitionEntity, { where: { year }, lock: { mode: 'pessimistic_write' } }))!;
      if (isScoring(competition.status)) return scoringView((await manager.findOne(AnnualScoringEntity, { where: { year, revision: competition.revision } }))!);
      const refused = correctionReasonProblem(competition.status, reason, 'annual competition');
      if (refused) throw refused;
      const sources = await this.publishedQuarters(manager, year);
      const revision = competition.revision + 1;
      await manager.update(AnnualCompetitionEntity, { year }, { status: 'SCORING', revision, updatedAt: new Date() });
      await manager.insert(AnnualScoringEntity, { year, revision, reason: reason ?? null, sources });
      await this.outbox.publish(manager, AnnualScoringRequested.of(String(year), { year, revision }));
      await this.audit.record(manager, {
        action: 'evaluation.annual.score',
        entityType: 'annual-competition',
        entityId: String(year),
        before: { status: competition.status, revision: competition.revision },
        after: { status: 'SCORING', revision, reason: reason ?? null, sources },
      });
      return scoringView((await manager.findOne(AnnualScoringEntity, { where: { year, revision } }))!);
    });
  }

  /**
   * The latest published revision of each of the year's rounds; 409 `ANNUAL_QUARTERS_NOT_PUBLISHED`
   * naming every quarter that has no round or no published ranking.
   */
  private async publishedQuarters(manager: DataSource['manager'], year: number): Promise<AnnualSource[]> {
    const codes = quartersOf(year);
    const rows: { code: string; id: string; status: string; revision: number | null }[] = await manager.query(
      `SELECT r.code, r.id, r.status,
              (SELECT max(s.revision) FROM round_scoring s WHERE s.round_id = r.id AND s.published_at IS NOT NULL) AS revision
         FROM evaluation_round r WHERE r.code = ANY($1)`,
      [codes],
    );
    const byCode = new Map(rows.map((r) => [r.code, r]));
    const missing = codes.filter((code) => byCode.get(code)?.revision == null);
    if (missing.length > 0) {
      throw new DomainError(
        'CONFLICT',
        'ANNUAL_QUARTERS_NOT_PUBLISHED',
        {
          en: `The annual competition of ${year} needs the published ranking of all four quarters; missing: ${missing.join(', ')}`,
          zh: `${year} 年度比拼需要四个季度的排名均已晾晒，尚缺：${missing.join('、')}`,
        },
        missing.map((code) => {
          const status = byCode.get(code)?.status;
          return {
            field: 'quarters',
            code: 'QUARTER_NOT_PUBLISHED',
            message: `${code}: ${status ?? 'no round'}`,
            zh: `${code}：${status ? labelOf(ROUND_STATUS_LABELS, status, 'zh') : '没有该季度的轮次'}`,
          };
        }),
      );
    }
    return codes.map((code) => ({ quarter: code, roundId: byCode.get(code)!.id, revision: byCode.get(code)!.revision! }));
  }

  /** 晾晒 of the year's latest revision: it is frozen by the database and readable without login. */
  publish(year: number, actor: Actor): Promise<AnnualScoringView> {
    return this.dataSource.transaction(async (manager) => {
      const competition = await manager.findOne(AnnualCompetitionEntity, { where: { year }, lock: { mode: 'pessimistic_write' } });
      const status = competition?.status ?? 'UNSCORED';
      if (!competition || status !== 'SCORED') {
        throw new DomainError('CONFLICT', 'ANNUAL_NOT_PUBLISHABLE', `A ${status} annual competition cannot be published; score it first`, [
          { field: 'status', code: 'ANNUAL_NOT_PUBLISHABLE', message: status },
        ]);
      }
      const publishedBy = actor.type === 'anonymous' ? 'anonymous' : `${actor.type}:${actor.id}`;
      await manager.update(AnnualScoringEntity, { year, revision: competition.revision }, { publishedAt: new Date(), publishedBy });
      await manager.update(AnnualCompetitionEntity, { year }, { status: 'PUBLISHED', updatedAt: new Date() });
      const scoring = (await manager.findOne(AnnualScoringEntity, { where: { year, revision: competition.revision } }))!;
      // A SCORED competition's current revision is DONE, so it has its digest.
      await this.outbox.publish(manager, AnnualPublished.of(String(year), { year, revision: competition.revision, digest: scoring.digest! }));
      await this.audit.record(manager, {
        action: 'evaluation.annual.publish',
        entityType: 'annual-competition',
        entityId: String(year),
        before: { status: 'SCORED', revision: competition.revision },
        after: { status: 'PUBLISHED', revision: competition.revision, digest: scoring.digest },
      });
      return scoringView(scoring);
    });
  }

  /** The latest scoring of a year, with its progress. */
  async latest(year: number): Promise<AnnualScoringView> {
    const competition = await this.dataSource.getRepository(AnnualCompetitionEntity).findOne({ where: { year } });
    const scoring = competition && (await this.dataSource.getRepository(AnnualScoringEntity).findOne({ where: { year, revision: competition.revision } }));
    if (!scoring) throw notScored(year);
    return scoringView(scoring);
  }

  /** Results of the latest finished revision, by level and rank, with each quarter's contribution. */
  async results(year: number) {
    const done = await this.dataSource.getRepository(AnnualScoringEntity).findOne({ where: { year, status: 'DONE' }, order: { revision: 'DESC' } });
    if (!done) throw notScored(year);
    const rows = await this.rows(year, done.revision);
    return {
      year,
      revision: done.revision,
      digest: done.digest,
      publishedAt: done.publishedAt,
      items: rows.map((r) => ({
        consortiumId: r.consortium_id,
        consortiumName: r.name,
        level: r.level,
        annualTotal: displayScore(r.annual_total),
        annualTotalRaw: r.annual_total,
        rank: r.rank,
        grade: r.grade,
        notSubmitted: r.not_submitted,
        quarters: r.quarters.map((q) => ({
          ...q,
          total: displayScoreOrNull(q.total),
          totalRaw: q.total,
          counted: displayScore(q.counted),
          countedRaw: q.counted,
        })),
      })),
    };
  }

  /** Years with a published annual ranking and their latest published revision, newest first (public). */
  async publishedYears(): Promise<{ year: number; revision: number; publishedAt: Date }[]> {
    const rows: { year: number; revision: number; published_at: Date }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (year) year, revision, published_at FROM annual_scoring WHERE published_at IS NOT NULL ORDER BY year DESC, revision DESC`,
    );
    return rows.map((r) => ({ year: r.year, revision: r.revision, publishedAt: r.published_at }));
  }

  /**
   * The published annual ranking (public): the latest published revision, per level and rank, with
   * consortium names and quarterly totals. No personal data is involved.
   */
  async publishedResults(year: number) {
    const published = await this.dataSource
      .getRepository(AnnualScoringEntity)
      .findOne({ where: { year, publishedAt: Not(IsNull()) }, order: { revision: 'DESC' } });
    if (!published) throw new DomainError('NOT_FOUND', 'ANNUAL_NOT_PUBLISHED', `The annual competition of ${year} has no published ranking`);
    const rows = await this.rows(year, published.revision);
    return {
      year,
      revision: published.revision,
      digest: published.digest,
      publishedAt: published.publishedAt,
      items: rows.map((r) => ({
        consortiumId: r.consortium_id,
        consortiumName: r.name,
        name: r.name,
        level: r.level,
        annualTotal: displayScore(r.annual_total),
        annualTotalRaw: r.annual_total,
        rank: r.rank,
        grade: r.grade,
        quarterTotals: r.quarters.map((q) => ({ quarter: q.quarter, status: q.status, counted: displayScore(q.counted), countedRaw: q.counted })),
      })),
    };
  }

  /** The rows of a revision by level and rank, each with the consortium's name (joined, one query). */
  private rows(year: number, revision: number): Promise<AnnualRow[]> {
    return this.dataSource.query(
      `SELECT a.consortium_id, c.name, a.level, a.quarters, a.not_submitted, a.annual_total, a.rank, a.grade
         FROM annual_result a LEFT JOIN consortium c ON c.id = a.consortium_id
        WHERE a.year = $1 AND a.revision = $2 ORDER BY a.level, a.rank, a.consortium_id`,
      [year, revision],
    );
  }
}

interface AnnualRow {
  consortium_id: string;
  name: string | null;
  level: string;
  quarters: AnnualQuarterRow[];
  not_submitted: number;
  annual_total: number;
  rank: number;
  grade: string;
}

const notScored = (year: number) => new DomainError('NOT_FOUND', 'ANNUAL_NOT_SCORED', `The annual competition of ${year} has not been scored`);
