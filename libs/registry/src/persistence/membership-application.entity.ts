import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ApplicationKind, ApplicationStatus } from '../domain/application.js';
import type { ExitReason, MembershipRole } from '../domain/membership.js';
import { ConsortiumEntity, MembershipEntity } from './consortium.entity.js';
import { OrganizationEntity } from './organization.entity.js';

@Entity({ name: 'membership_application' })
@Index('ix_membership_application_consortium', ['consortiumId', 'status'])
@Index('uq_membership_application_open', ['consortiumId', 'organizationId', 'kind'], { unique: true, where: `status IN ('SUBMITTED', 'UNDER_REVIEW')` })
@Check('ck_membership_application_kind', `kind IN ('JOIN', 'EXIT', 'ROLE_CHANGE', 'EXPEL')`)
@Check('ck_membership_application_status', `status IN ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN')`)
export class MembershipApplicationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_membership_application' })
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;

  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_membership_application_consortium' })
  consortium?: ConsortiumEntity;

  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_membership_application_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' }) kind!: ApplicationKind;
  @Column({ name: 'requested_role', type: 'text', nullable: true }) requestedRole!: MembershipRole | null;
  @Column({ name: 'exit_reason', type: 'text', nullable: true }) exitReason!: ExitReason | null;
  @Column({ name: 'effective_on', type: 'date' }) effectiveOn!: string;
  @Column({ type: 'text', nullable: true }) statement!: string | null;
  @Column({ type: 'text', default: 'SUBMITTED' }) status!: ApplicationStatus;
  @Column({ name: 'submitted_by', type: 'text' }) submittedBy!: string;
  @Column({ name: 'submitted_at', type: 'timestamptz', default: () => 'now()' }) submittedAt!: Date;
  @Column({ name: 'decided_by', type: 'text', nullable: true }) decidedBy!: string | null;
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true }) decidedAt!: Date | null;
  @Column({ name: 'resolution_ref', type: 'text', nullable: true }) resolutionRef!: string | null;
  @Column({ name: 'decision_note', type: 'text', nullable: true }) decisionNote!: string | null;

  /** The member that takes over as lead unit when the applicant (the lead unit) leaves. */
  @Column({ name: 'successor_organization_id', type: 'uuid', nullable: true }) successorOrganizationId!: string | null;

  @ManyToOne(() => OrganizationEntity, { nullable: true })
  @JoinColumn({ name: 'successor_organization_id', foreignKeyConstraintName: 'fk_membership_application_successor' })
  successor?: OrganizationEntity;

  @Column({ name: 'membership_id', type: 'uuid', nullable: true }) membershipId!: string | null;

  @ManyToOne(() => MembershipEntity, { nullable: true })
  @JoinColumn({ name: 'membership_id', foreignKeyConstraintName: 'fk_membership_application_membership' })
  membership?: MembershipEntity;
}
