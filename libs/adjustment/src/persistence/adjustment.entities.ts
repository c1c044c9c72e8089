import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import type { ConsortiumStatus, ProposalKind, StoredThresholds, Tier } from '../domain/rules.js';

export type ProposalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';

/** One version of the rule set; the latest applies to every later run. */
@Entity({ name: 'adjustment_rule_set' })
@Check('ck_adjustment_rule_set_version', `version >= 1`)
export class RuleSetEntity {
  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'pk_adjustment_rule_set' }) version!: number;
  @Column({ type: 'jsonb' }) thresholds!: StoredThresholds;
  @Column({ type: 'text' }) note!: string;
  @Column({ name: 'created_by', type: 'text' }) createdBy!: string;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** A proposal written by a rule, with its evidence; the task force decides it once. */
@Entity({ name: 'adjustment_proposal' })
@Check('ck_adjustment_proposal_rule', `rule BETWEEN 1 AND 7`)
@Check('ck_adjustment_proposal_kind', `kind IN ('STATUS', 'TIER', 'MEMBER_EXIT')`)
@Check('ck_adjustment_proposal_status', `status IN ('PENDING', 'APPROVED', 'REJECTED')`)
// Unique per trigger, rule, consortium and member unit, NULLS NOT DISTINCT (kept by the migration).
@Index('uq_adjustment_proposal_trigger', { synchronize: false })
@Index('ix_adjustment_proposal_consortium', ['consortiumId', 'createdAt'])
export class ProposalEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_adjustment_proposal' }) id!: string;
  @Column({ name: 'rule_set_version', type: 'integer' }) ruleSetVersion!: number;
  @ManyToOne(() => RuleSetEntity, { nullable: false })
  @JoinColumn({ name: 'rule_set_version', foreignKeyConstraintName: 'fk_adjustment_proposal_rule_set' })
  ruleSet?: RuleSetEntity;
  @Column({ type: 'integer' }) rule!: number;
  /** What raised it: `round:2026Q3`, `annual:2026`. */
  @Column({ type: 'text' }) trigger!: string;
  @Column({ type: 'text' }) kind!: ProposalKind;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @Column({ name: 'organization_id', type: 'uuid', nullable: true }) organizationId!: string | null;
  @Column({ name: 'from_status', type: 'text' }) fromStatus!: ConsortiumStatus;
  @Column({ name: 'to_status', type: 'text', nullable: true }) toStatus!: ConsortiumStatus | null;
  @Column({ name: 'from_tier', type: 'text' }) fromTier!: Tier;
  @Column({ name: 'to_tier', type: 'text', nullable: true }) toTier!: Tier | null;
  @Column({ name: 'rectification_deadline', type: 'date', nullable: true }) rectificationDeadline!: string | null;
  @Column({ type: 'jsonb' }) evidence!: Record<string, unknown>;
  @Column({ type: 'text', default: 'PENDING' }) status!: ProposalStatus;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decision_reason', type: 'text', nullable: true }) decisionReason!: string | null;
  @Column({ name: 'effective_on', type: 'date', nullable: true }) effectiveOn!: string | null;
  /** The registry's consortium decision an approval made, or the membership application it filed. */
  @Column({ name: 'decision_id', type: 'uuid', nullable: true }) decisionId!: string | null;
  @Column({ name: 'application_id', type: 'uuid', nullable: true }) applicationId!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
}

export const ADJUSTMENT_ENTITIES = [RuleSetEntity, ProposalEntity];
