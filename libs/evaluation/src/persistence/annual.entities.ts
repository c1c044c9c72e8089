import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { QuarterStatus } from '../domain/annual.js';

export type AnnualStatus = 'UNSCORED' | 'SCORING' | 'SCORED' | 'PUBLISHED';

/** 年度公平比拼 of one year: where it stands and its latest revision. */
@Entity({ name: 'annual_competition' })
@Check('ck_annual_competition_year', `year BETWEEN 2000 AND 2100`)
@Check('ck_annual_competition_status', `status IN ('UNSCORED', 'SCORING', 'SCORED', 'PUBLISHED')`)
export class AnnualCompetitionEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_annual_competition' }) year!: number;
  @Column({ type: 'text' }) status!: AnnualStatus;
  /** Each scoring request makes the next revision; results are kept per revision. */
  @Column({ type: 'integer', default: 0 }) revision!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** The published round revision a quarter contributes (fixed when the scoring is requested). */
export interface AnnualSource {
  quarter: string;
  roundId: string;
  revision: number;
}

@Entity({ name: 'annual_scoring' })
@Check('ck_annual_scoring_status', `status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check('ck_annual_scoring_published', `published_at IS NULL OR status = 'DONE'`)
export class AnnualScoringEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_annual_scoring' }) year!: number;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_annual_scoring' }) revision!: number;
  @ManyToOne(() => AnnualCompetitionEntity, { nullable: false })
  @JoinColumn({ name: 'year', foreignKeyConstraintName: 'fk_annual_scoring_competition' })
  competition?: AnnualCompetitionEntity;
  @Column({ type: 'text', default: 'QUEUED' }) status!: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  @Column({ type: 'text', nullable: true }) phase!: string | null;
  @Column({ type: 'integer', default: 0 }) percent!: number;
  @Column({ type: 'text', nullable: true }) digest!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  /** Q1…Q4: the round and its published revision this scoring combines. */
  @Column({ type: 'jsonb' }) sources!: AnnualSource[];
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'published_by', type: 'text', nullable: true }) publishedBy!: string | null;
}

/** What one quarter counted for one consortium. */
export interface AnnualQuarterRow {
  quarter: string;
  roundId: string;
  revision: number;
  status: QuarterStatus;
  /** The quarter's total in the round's results (null when ABSENT). */
  total: number | null;
  /** What it counted for in the annual total: the total when SCORED, else 0. */
  counted: number;
}

@Entity({ name: 'annual_result' })
export class AnnualResultEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_annual_result' }) year!: number;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_annual_result' }) revision!: number;
  @PrimaryColumn({ name: 'consortium_id', type: 'uuid', primaryKeyConstraintName: 'pk_annual_result' }) consortiumId!: string;
  @ManyToOne(() => AnnualCompetitionEntity, { nullable: false })
  @JoinColumn({ name: 'year', foreignKeyConstraintName: 'fk_annual_result_competition' })
  competition?: AnnualCompetitionEntity;
  @Column({ type: 'text' }) level!: string;
  @Column({ type: 'jsonb' }) quarters!: AnnualQuarterRow[];
  @Column({ name: 'not_submitted', type: 'integer' }) notSubmitted!: number;
  @Column({ name: 'annual_total', type: 'double precision' }) annualTotal!: number;
  @Column({ type: 'integer' }) rank!: number;
  @Column({ type: 'text' }) grade!: string;
}

export const ANNUAL_ENTITIES = [AnnualCompetitionEntity, AnnualScoringEntity, AnnualResultEntity];
