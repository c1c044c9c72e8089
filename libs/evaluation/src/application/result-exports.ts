import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { DomainError, type ExportColumn, labelOf } from '#platform';
import { ConsortiumLookup, LEVEL_LABELS } from '#registry';
import { ANNUAL_GRADE_LABELS, GRADE_LABELS, QUARTER_STATUS_LABELS } from '../domain/evaluation.labels.js';
import type { AnnualGrade, QuarterStatus } from '../domain/annual.js';
import type { Grade } from '../domain/group-scoring.js';
import type { Level } from '../domain/scheme.js';
import { AnnualResultEntity, AnnualScoringEntity } from '../persistence/annual.entities.js';
import { BestPracticeEntity } from '../persistence/best-practice.entities.js';
import { RoundEntity, RoundResultEntity, RoundScoringEntity } from '../persistence/evaluation.entities.js';
import { EvaluationErrors } from './schemes-and-rounds.use-cases.js';

/** One consortium's line of a round's ranking export. Scores stay at full precision here; the export cell rounds them. */
export interface RankingExportRow {
  level: Level;
  rank: number;
  consortiumId: string;
  name: string;
  status: QuarterStatus;
  total: number;
  levelScore: number;
  improvement: number;
  grade: Grade;
  rankLow: number;
  rankHigh: number;
  /** The title of the case selected as its level's best practice of the quarter, when it is this consortium's. */
  bestPractice: string | null;
}

export interface AnnualExportRow {
  level: Level;
  rank: number;
  consortiumId: string;
  name: string;
  annualTotal: number;
  grade: AnnualGrade;
  notSubmitted: number;
  quarters: { quarter: string; status: QuarterStatus; counted: number }[];
}

const zh = <T extends string>(labels: Record<T, { zh: string; en: string }>, code: T) => labelOf(labels, code, 'zh');

/** 赛马比拼 ranking as a table: rank, score on 0–100, improvement (进步), grade, Monte Carlo rank interval, best practice. */
export const RANKING_EXPORT: readonly ExportColumn<RankingExportRow>[] = [
  { key: 'level', zh: '层级', value: (r) => r.level, label: (r) => zh(LEVEL_LABELS, r.level) },
  { key: 'rank', zh: '名次', value: (r) => r.rank, number: 'integer' },
  { key: 'consortiumName', zh: '联合体名称', value: (r) => r.name },
  { key: 'consortiumId', zh: '联合体ID', value: (r) => r.consortiumId, width: 38 },
  { key: 'status', zh: '答卷情况', value: (r) => r.status, label: (r) => zh(QUARTER_STATUS_LABELS, r.status) },
  { key: 'total', zh: '总分', value: (r) => r.total, number: 'score' },
  { key: 'levelScore', zh: '本季得分', value: (r) => r.levelScore, number: 'score' },
  { key: 'improvement', zh: '进步分', value: (r) => r.improvement, number: 'score' },
  { key: 'grade', zh: '等级', value: (r) => r.grade, label: (r) => zh(GRADE_LABELS, r.grade) },
  { key: 'rankLow', zh: '名次区间（最好）', value: (r) => r.rankLow, number: 'integer' },
  { key: 'rankHigh', zh: '名次区间（最差）', value: (r) => r.rankHigh, number: 'integer' },
  { key: 'bestPractice', zh: '本季度最佳实践', value: (r) => r.bestPractice ?? '' },
];

/** 年度公平比拼 as a table: annual total on 0–100, rank, grade, unsubmitted quarters and each quarter's counted total. */
export function annualExportColumns(quarters: readonly string[]): ExportColumn<AnnualExportRow>[] {
  return [
    { key: 'level', zh: '层级', value: (r) => r.level, label: (r) => zh(LEVEL_LABELS, r.level) },
    { key: 'rank', zh: '名次', value: (r) => r.rank, number: 'integer' },
    { key: 'consortiumName', zh: '联合体名称', value: (r) => r.name },
    { key: 'consortiumId', zh: '联合体ID', value: (r) => r.consortiumId, width: 38 },
    { key: 'annualTotal', zh: '年度总分', value: (r) => r.annualTotal, number: 'score' },
    { key: 'grade', zh: '年度等级', value: (r) => r.grade, label: (r) => zh(ANNUAL_GRADE_LABELS, r.grade) },
    { key: 'notSubmitted', zh: '未答卷季度数', value: (r) => r.notSubmitted, number: 'integer' },
    ...quarters.flatMap((quarter, i): ExportColumn<AnnualExportRow>[] => [
      { key: `${quarter}Counted`, zh: `${quarter} 计入得分`, value: (r) => r.quarters[i]?.counted ?? null, number: 'score' },
      {
        key: `${quarter}Status`,
        zh: `${quarter} 答卷情况`,
        value: (r) => r.quarters[i]?.status ?? '',
        label: (r) => (r.quarters[i] ? zh(QUARTER_STATUS_LABELS, r.quarters[i].status) : ''),
      },
    ]),
  ];
}

/**
 * The rows of the result exports. The published ranking is public; before publication only the
 * task force and administrators read a round's (or a year's) latest finished scoring — the
 * controller decides which, this query only reads what it is told.
 */
@Injectable()
export class ResultExportsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly consortia: ConsortiumLookup,
  ) {}

  /** A round's ranking: the latest published revision (or `revision`), or with `unpublished` the latest finished scoring. */
  async round(
    roundId: string,
    options: { unpublished: boolean; revision?: number },
  ): Promise<{ code: string; revision: number; published: boolean; rows: RankingExportRow[] }> {
    const round = await this.dataSource.getRepository(RoundEntity).findOne({ where: { id: roundId } });
    if (!round)
      throw options.unpublished ? EvaluationErrors.roundNotFound() : new DomainError('NOT_FOUND', 'ROUND_NOT_PUBLISHED', 'The round has no published ranking');
    const where = options.unpublished
      ? { roundId, status: 'DONE' as const, ...(options.revision !== undefined ? { revision: options.revision } : {}) }
      : { roundId, publishedAt: Not(IsNull()), ...(options.revision !== undefined ? { revision: options.revision } : {}) };
    const scoring = await this.dataSource.getRepository(RoundScoringEntity).findOne({ where, order: { revision: 'DESC' } });
    if (!scoring) {
      if (options.unpublished) throw new DomainError('NOT_FOUND', 'ROUND_NOT_SCORED', 'The round has no finished scoring');
      throw new DomainError(
        'NOT_FOUND',
        options.revision !== undefined ? 'REVISION_NOT_PUBLISHED' : 'ROUND_NOT_PUBLISHED',
        'The round has no published ranking of that revision',
      );
    }
    const [results, selected] = await Promise.all([
      this.dataSource.getRepository(RoundResultEntity).find({
        select: {
          consortiumId: true,
          level: true,
          status: true,
          levelScore: true,
          improvement: true,
          total: true,
          rank: true,
          grade: true,
          rankLow: true,
          rankHigh: true,
        },
        where: { roundId, revision: scoring.revision },
        order: { level: 'ASC', rank: 'ASC' },
      }),
      this.dataSource.getRepository(BestPracticeEntity).find({ where: { roundId, status: 'SELECTED' } }),
    ]);
    const names = await this.consortia.namesOf(results.map((r) => r.consortiumId));
    const bestOf = new Map(selected.map((b) => [b.consortiumId, b.title]));
    return {
      code: round.code,
      revision: scoring.revision,
      published: scoring.publishedAt !== null,
      rows: results.map((r) => ({
        level: r.level as Level,
        rank: r.rank,
        consortiumId: r.consortiumId,
        name: names.get(r.consortiumId) ?? '',
        status: r.status as QuarterStatus,
        total: r.total,
        levelScore: r.levelScore,
        improvement: r.improvement,
        grade: r.grade as Grade,
        rankLow: r.rankLow,
        rankHigh: r.rankHigh,
        bestPractice: bestOf.get(r.consortiumId) ?? null,
      })),
    };
  }

  /** A year's annual competition: the latest published revision, or with `unpublished` the latest finished scoring. */
  async year(year: number, options: { unpublished: boolean }): Promise<{ revision: number; quarters: string[]; rows: AnnualExportRow[] }> {
    const scoring = await this.dataSource.getRepository(AnnualScoringEntity).findOne({
      where: options.unpublished ? { year, status: 'DONE' } : { year, publishedAt: Not(IsNull()) },
      order: { revision: 'DESC' },
    });
    if (!scoring) {
      throw options.unpublished
        ? new DomainError('NOT_FOUND', 'ANNUAL_NOT_SCORED', `The annual competition of ${year} has not been scored`)
        : new DomainError('NOT_FOUND', 'ANNUAL_NOT_PUBLISHED', `The annual competition of ${year} has no published ranking`);
    }
    const results = await this.dataSource
      .getRepository(AnnualResultEntity)
      .find({ where: { year, revision: scoring.revision }, order: { level: 'ASC', rank: 'ASC', consortiumId: 'ASC' } });
    const names = await this.consortia.namesOf(results.map((r) => r.consortiumId));
    const quarters = [1, 2, 3, 4].map((q) => `${year}Q${q}`);
    return {
      revision: scoring.revision,
      quarters,
      rows: results.map((r) => ({
        level: r.level as Level,
        rank: r.rank,
        consortiumId: r.consortiumId,
        name: names.get(r.consortiumId) ?? '',
        annualTotal: r.annualTotal,
        grade: r.grade as AnnualGrade,
        notSubmitted: r.notSubmitted,
        quarters: quarters.map((quarter) => r.quarters.find((q) => q.quarter === quarter) ?? { quarter, status: 'ABSENT' as const, counted: 0 }),
      })),
    };
  }
}
