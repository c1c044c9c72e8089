import type { PlatformAnswer } from '../domain/platform-value.js';
import { Check, Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { Answers, ReviewComment, SheetStatus } from '../domain/answer-sheet.js';
import type { RoundStatus } from '../domain/round.js';
import type { SchemeDefinition } from '../domain/scheme.js';

/** 考核方案, one version; immutable once a round has opened with it (`usedAt`). */
@Entity({ name: 'evaluation_scheme' })
@Unique('uq_evaluation_scheme_version', ['code', 'version'])
@Check('ck_evaluation_scheme_version', `version >= 1`)
export class SchemeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_evaluation_scheme' }) id!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ type: 'integer' }) version!: number;
  @Column({ type: 'text' }) name!: string;
  @Column({ type: 'jsonb' }) definition!: SchemeDefinition;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt!: Date | null;
  /** 1, then one more per correction (its ETag); `version` is the scheme's own numbering. */
  @Column({ type: 'integer', default: 1 }) revision!: number;
}

@Entity({ name: 'evaluation_round' })
@Unique('uq_evaluation_round_code', ['code'])
@Check('ck_evaluation_round_status', `status IN ('DRAFT', 'OPEN', 'CLOSED', 'SCORING', 'SCORED', 'PUBLISHED', 'ARCHIVED')`)
export class RoundEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_evaluation_round' }) id!: string;
  @Column({ type: 'text' }) code!: string;
  @Column({ name: 'scheme_id', type: 'uuid' }) schemeId!: string;
  @ManyToOne(() => SchemeEntity, { nullable: false })
  @JoinColumn({ name: 'scheme_id', foreignKeyConstraintName: 'fk_evaluation_round_scheme' })
  scheme?: SchemeEntity;
  @Column({ type: 'text', default: 'DRAFT' }) status!: RoundStatus;
  @Column({ name: 'period_start', type: 'date' }) periodStart!: string;
  @Column({ name: 'period_end', type: 'date' }) periodEnd!: string;
  @Column({ type: 'timestamptz' }) deadline!: Date;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  /** Scoring revision: each scoring request makes the next one; results are kept per revision. */
  @Column({ type: 'integer', default: 0 }) revision!: number;
}

/** A later deadline for one consortium in one round, with the reason. */
@Entity({ name: 'round_extension' })
export class RoundExtensionEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid', primaryKeyConstraintName: 'pk_round_extension' }) roundId!: string;
  @PrimaryColumn({ name: 'consortium_id', type: 'uuid', primaryKeyConstraintName: 'pk_round_extension' }) consortiumId!: string;
  @ManyToOne(() => RoundEntity, { nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_extension_round' })
  round?: RoundEntity;
  @Column({ type: 'timestamptz' }) until!: Date;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'granted_by', type: 'text' }) grantedBy!: string;
  @Column({ name: 'granted_at', type: 'timestamptz', default: () => 'now()' }) grantedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

/** A task-force target for one indicator of one consortium's paper in one round. */
@Entity({ name: 'target_override' })
export class TargetOverrideEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid', primaryKeyConstraintName: 'pk_target_override' }) roundId!: string;
  @PrimaryColumn({ name: 'consortium_id', type: 'uuid', primaryKeyConstraintName: 'pk_target_override' }) consortiumId!: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'text', primaryKeyConstraintName: 'pk_target_override' }) indicatorCode!: string;
  @ManyToOne(() => RoundEntity, { nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_target_override_round' })
  round?: RoundEntity;
  @Column({ type: 'double precision' }) target!: number;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'set_by', type: 'text' }) setBy!: string;
  @Column({ name: 'set_at', type: 'timestamptz', default: () => 'now()' }) setAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

/** 答卷: one consortium's answers in one round. */
@Entity({ name: 'answer_sheet' })
@Unique('uq_answer_sheet_round_consortium', ['roundId', 'consortiumId'])
@Check('ck_answer_sheet_status', `status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED')`)
@Check('ck_answer_sheet_correction', `(correction_reason IS NULL) = (reopened_at IS NULL)`)
export class AnswerSheetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_answer_sheet' }) id!: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId!: string;
  @ManyToOne(() => RoundEntity, { nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_answer_sheet_round' })
  round?: RoundEntity;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @Column({ type: 'text', default: 'DRAFT' }) status!: SheetStatus;
  @Column({ type: 'jsonb' }) answers!: Answers;
  @Column({ type: 'jsonb' }) comments!: ReviewComment[];
  @Column({ type: 'boolean', default: false }) late!: boolean;
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true }) submittedAt!: Date | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
  /** Why the task force reopened the sheet after the round closed (a correction), if it did. */
  @Column({ name: 'correction_reason', type: 'text', nullable: true }) correctionReason!: string | null;
  @Column({ name: 'reopened_at', type: 'timestamptz', nullable: true }) reopenedAt!: Date | null;
  @Column({ name: 'reopened_by', type: 'text', nullable: true }) reopenedBy!: string | null;
  /** Values taken from the platform (source PLATFORM), by indicator code, with the facts that show them. */
  @Column({ type: 'jsonb', default: () => `'{}'` }) platform!: Record<string, PlatformAnswer>;
}

/** One evidence file, stored once whatever the number of sheets citing it (content-addressed). */
@Entity({ name: 'evidence_file' })
@Check('ck_evidence_file_media_type', `media_type IN ('application/pdf', 'image/jpeg', 'image/png')`)
export class EvidenceFileEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_evidence_file' }) sha256!: string;
  @Column({ name: 'media_type', type: 'text' }) mediaType!: string;
  @Column({ name: 'size_bytes', type: 'integer' }) sizeBytes!: number;
  @Column({ type: 'bytea', select: false }) content!: Buffer;
  @Column({ name: 'uploaded_by', type: 'text' }) uploadedBy!: string;
  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' }) uploadedAt!: Date;
}

@Entity({ name: 'answer_sheet_evidence' })
export class AnswerSheetEvidenceEntity {
  @PrimaryColumn({ name: 'answer_sheet_id', type: 'uuid', primaryKeyConstraintName: 'pk_answer_sheet_evidence' }) answerSheetId!: string;
  @PrimaryColumn({ name: 'indicator_code', type: 'text', primaryKeyConstraintName: 'pk_answer_sheet_evidence' }) indicatorCode!: string;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_answer_sheet_evidence' }) sha256!: string;
  @ManyToOne(() => AnswerSheetEntity, { nullable: false })
  @JoinColumn({ name: 'answer_sheet_id', foreignKeyConstraintName: 'fk_answer_sheet_evidence_sheet' })
  sheet?: AnswerSheetEntity;
  @ManyToOne(() => EvidenceFileEntity, { nullable: false })
  @JoinColumn({ name: 'sha256', foreignKeyConstraintName: 'fk_answer_sheet_evidence_file' })
  file?: EvidenceFileEntity;
  @Column({ name: 'file_name', type: 'text' }) fileName!: string;
  @Column({ name: 'attached_at', type: 'timestamptz', default: () => 'now()' }) attachedAt!: Date;
}

@Entity({ name: 'round_scoring' })
@Check('ck_round_scoring_status', `status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')`)
@Check('ck_round_scoring_published', `published_at IS NULL OR status = 'DONE'`)
export class RoundScoringEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid', primaryKeyConstraintName: 'pk_round_scoring' }) roundId!: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_round_scoring' }) revision!: number;
  @ManyToOne(() => RoundEntity, { nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_scoring_round' })
  round?: RoundEntity;
  @Column({ type: 'text', default: 'QUEUED' }) status!: 'QUEUED' | 'RUNNING' | 'DONE' | 'FAILED';
  @Column({ type: 'text', nullable: true }) phase!: string | null;
  @Column({ type: 'integer', default: 0 }) percent!: number;
  @Column({ type: 'text', nullable: true }) digest!: string | null;
  @Column({ type: 'text', nullable: true }) reason!: string | null;
  @Column({ name: 'requested_at', type: 'timestamptz', default: () => 'now()' }) requestedAt!: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
  @Column({ name: 'published_at', type: 'timestamptz', nullable: true }) publishedAt!: Date | null;
  @Column({ name: 'published_by', type: 'text', nullable: true }) publishedBy!: string | null;
}

@Entity({ name: 'round_result' })
export class RoundResultEntity {
  @PrimaryColumn({ name: 'round_id', type: 'uuid', primaryKeyConstraintName: 'pk_round_result' }) roundId!: string;
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_round_result' }) revision!: number;
  @PrimaryColumn({ name: 'consortium_id', type: 'uuid', primaryKeyConstraintName: 'pk_round_result' }) consortiumId!: string;
  @ManyToOne(() => RoundEntity, { nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_round_result_round' })
  round?: RoundEntity;
  @Column({ type: 'text' }) level!: string;
  @Column({ type: 'text' }) status!: string;
  @Column({ name: 'level_score', type: 'double precision' }) levelScore!: number;
  @Column({ type: 'double precision' }) improvement!: number;
  @Column({ type: 'double precision' }) total!: number;
  @Column({ type: 'integer' }) rank!: number;
  @Column({ type: 'text' }) grade!: string;
  @Column({ name: 'median_rank', type: 'integer' }) medianRank!: number;
  @Column({ name: 'rank_low', type: 'integer' }) rankLow!: number;
  @Column({ name: 'rank_high', type: 'integer' }) rankHigh!: number;
  @Column({ type: 'jsonb' }) explanation!: Record<string, unknown>;
}

export const EVALUATION_ENTITIES = [
  SchemeEntity,
  RoundEntity,
  RoundExtensionEntity,
  TargetOverrideEntity,
  AnswerSheetEntity,
  EvidenceFileEntity,
  AnswerSheetEvidenceEntity,
  RoundScoringEntity,
  RoundResultEntity,
];
