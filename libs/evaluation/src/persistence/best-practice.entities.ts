import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { BestPracticeStatus } from '../domain/best-practice.js';
import { RoundEntity } from './evaluation.entities.js';

/** 最佳实践: one consortium's case in one round. */
@Entity({ name: 'best_practice' })
@Unique('uq_best_practice_round_consortium', ['roundId', 'consortiumId'])
@Check('ck_best_practice_status', `status IN ('SUBMITTED', 'SHORTLISTED', 'SELECTED')`)
// At most one selected case per level and round (a partial unique index, kept by the migration).
@Index('uq_best_practice_selected_per_level', { synchronize: false })
export class BestPracticeEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_best_practice' }) id!: string;
  @Column({ name: 'round_id', type: 'uuid' }) roundId!: string;
  @ManyToOne(() => RoundEntity, { nullable: false })
  @JoinColumn({ name: 'round_id', foreignKeyConstraintName: 'fk_best_practice_round' })
  round?: RoundEntity;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @Column({ type: 'text' }) level!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) summary!: string;
  @Column({ type: 'text' }) dimension!: string;
  /** SHA-256 of evidence files the consortium attached to its answer sheet in the same round. */
  @Column({ type: 'text', array: true, default: () => `'{}'` }) evidence!: string[];
  /** Member units the case names; each counts as participating in the round's quarter (registry participation facts). */
  @Column({ type: 'uuid', array: true, default: () => `'{}'` }) participants!: string[];
  @Column({ type: 'text', default: 'SUBMITTED' }) status!: BestPracticeStatus;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'shortlisted_at', type: 'timestamptz', nullable: true }) shortlistedAt!: Date | null;
  @Column({ name: 'selected_at', type: 'timestamptz', nullable: true }) selectedAt!: Date | null;
  @Column({ name: 'selected_by', type: 'text', nullable: true }) selectedBy!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

/** One reviewer's score (0–100) of a shortlisted case; a reviewer may revise it until selection. */
@Entity({ name: 'best_practice_review' })
@Check('ck_best_practice_review_score', `score BETWEEN 0 AND 100`)
export class BestPracticeReviewEntity {
  @PrimaryColumn({ name: 'best_practice_id', type: 'uuid', primaryKeyConstraintName: 'pk_best_practice_review' }) bestPracticeId!: string;
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'pk_best_practice_review' }) reviewer!: string;
  @ManyToOne(() => BestPracticeEntity, { nullable: false })
  @JoinColumn({ name: 'best_practice_id', foreignKeyConstraintName: 'fk_best_practice_review_case' })
  case?: BestPracticeEntity;
  @Column({ type: 'integer' }) score!: number;
  @Column({ type: 'text' }) comment!: string;
  @Column({ name: 'reviewed_at', type: 'timestamptz', default: () => 'now()' }) reviewedAt!: Date;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

export const BEST_PRACTICE_ENTITIES = [BestPracticeEntity, BestPracticeReviewEntity];
