import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ConsortiumKind, ConsortiumStatus, Tier } from '../domain/consortium.js';
import type { MembershipEndReason, MembershipRole } from '../domain/membership.js';
import { IndustryClusterEntity } from './industry-cluster.entity.js';
import { OrganizationEntity } from './organization.entity.js';

@Entity({ name: 'consortium' })
@Unique('uq_consortium_name', ['name'])
@Index('ix_consortium_districts', { synchronize: false })
@Index('ix_consortium_name_trgm', { synchronize: false })
@Check('ck_consortium_kind', `kind IN ('CITY', 'INDUSTRY_COMMUNITY')`)
@Check('ck_consortium_districts', `cardinality(district_codes) >= 1`)
export class ConsortiumEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consortium' })
  id!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: ConsortiumKind;

  @Column({ name: 'district_codes', type: 'text', array: true })
  districtCodes!: string[];

  @Column({ name: 'cluster_id', type: 'uuid', nullable: true })
  clusterId!: string | null;

  @ManyToOne(() => IndustryClusterEntity, { nullable: true })
  @JoinColumn({ name: 'cluster_id', foreignKeyConstraintName: 'fk_consortium_cluster' })
  cluster?: IndustryClusterEntity;

  @Column({ name: 'established_on', type: 'date' })
  establishedOn!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;
}

/** A recorded task-force decision on a consortium's status or tier (who, when, why, which rule/round). */
@Entity({ name: 'consortium_decision' })
@Index('ix_consortium_decision_consortium', ['consortiumId', 'effectiveOn'])
export class ConsortiumDecisionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consortium_decision' })
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_consortium_decision_consortium' })
  consortium?: ConsortiumEntity;

  @Column({ name: 'from_status', type: 'text', nullable: true }) fromStatus!: ConsortiumStatus | null;
  @Column({ name: 'to_status', type: 'text' }) toStatus!: ConsortiumStatus;
  @Column({ name: 'from_tier', type: 'text', nullable: true }) fromTier!: Tier | null;
  @Column({ name: 'to_tier', type: 'text' }) toTier!: Tier;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn!: string;
  @Column({ type: 'text' }) reason!: string;
  @Column({ name: 'rule_ref', type: 'text', nullable: true }) ruleRef!: string | null;
  @Column({ name: 'round_ref', type: 'text', nullable: true }) roundRef!: string | null;
  @Column({ name: 'decided_by', type: 'text' }) decidedBy!: string;
  @Column({ name: 'decided_at', type: 'timestamptz', default: () => 'now()' }) decidedAt!: Date;
}

/** Status and tier of a consortium over a date interval [validFrom, validTo). */
@Entity({ name: 'consortium_period' })
@Index('ix_consortium_period_asof', { synchronize: false })
@Exclusion('ex_consortium_period_overlap', `USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&)`)
@Check('ck_consortium_period_status', `status IN ('PREPARING', 'ACTIVE', 'WARNED', 'PROBATION', 'DELISTED')`)
@Check('ck_consortium_period_tier', `tier IN ('NATIONAL', 'MUNICIPAL', 'PARK_LED', 'INDUSTRY_LED', 'SCHOOL_LED')`)
@Check('ck_consortium_period_range', `valid_to IS NULL OR valid_to > valid_from`)
export class ConsortiumPeriodEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consortium_period' })
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' })
  consortiumId!: string;

  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_consortium_period_consortium' })
  consortium?: ConsortiumEntity;

  @Column({ type: 'text' }) status!: ConsortiumStatus;
  @Column({ type: 'text' }) tier!: Tier;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;

  @Column({ name: 'decision_id', type: 'uuid', nullable: true })
  decisionId!: string | null;

  @ManyToOne(() => ConsortiumDecisionEntity, { nullable: true })
  @JoinColumn({ name: 'decision_id', foreignKeyConstraintName: 'fk_consortium_period_decision' })
  decision?: ConsortiumDecisionEntity;
}

/** 成员关系 one organization's membership of one consortium over [validFrom, validTo); never deleted. */
@Entity({ name: 'membership' })
@Index('ix_membership_organization_asof', { synchronize: false })
@Exclusion('ex_membership_overlap', `USING gist (consortium_id WITH =, organization_id WITH =, daterange(valid_from, valid_to) WITH &&)`)
@Exclusion('ex_membership_one_chair', `USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&) WHERE (role = 'COUNCIL_CHAIR')`)
@Exclusion('ex_membership_one_lead', `USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&) WHERE (is_lead)`)
@Check('ck_membership_role', `role IN ('COUNCIL_CHAIR', 'COUNCIL_VICE_CHAIR', 'COUNCIL_MEMBER', 'MEMBER')`)
@Check('ck_membership_end_reason', `end_reason IS NULL OR end_reason IN ('VOLUNTARY', 'EXPELLED', 'ADJUSTMENT', 'DISSOLVED', 'ROLE_CHANGE')`)
@Check('ck_membership_range', `valid_to IS NULL OR valid_to > valid_from`)
@Check('ck_membership_closed', `(valid_to IS NULL) = (end_reason IS NULL)`)
@Check('ck_membership_lead_or_co_lead', `NOT (is_lead AND is_co_lead)`)
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_membership' })
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;

  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_membership_consortium' })
  consortium?: ConsortiumEntity;

  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_membership_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' }) role!: MembershipRole;
  @Column({ name: 'is_lead', type: 'boolean', default: false }) isLead!: boolean;
  @Column({ name: 'is_co_lead', type: 'boolean', default: false }) isCoLead!: boolean;
  @Column({ name: 'is_secretariat_host', type: 'boolean', default: false }) isSecretariatHost!: boolean;
  @Column({ name: 'is_platform_operator', type: 'boolean', default: false }) isPlatformOperator!: boolean;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  @Column({ name: 'end_reason', type: 'text', nullable: true }) endReason!: MembershipEndReason | null;

  @Column({ name: 'previous_id', type: 'uuid', nullable: true }) previousId!: string | null;

  @ManyToOne(() => MembershipEntity, { nullable: true })
  @JoinColumn({ name: 'previous_id', foreignKeyConstraintName: 'fk_membership_previous' })
  previous?: MembershipEntity;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}
