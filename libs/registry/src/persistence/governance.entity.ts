import { Check, Column, Entity, Exclusion, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { CouncilPosition, DelegatedPowerItem, PlatformService } from '../domain/governance.js';
import { ConsortiumEntity } from './consortium.entity.js';
import { OrganizationEntity } from './organization.entity.js';

@Entity({ name: 'council_seat' })
@Index('ix_council_seat_consortium', ['consortiumId', 'termStart'])
@Check('ck_council_seat_position', `position IN ('CHAIR', 'VICE_CHAIR', 'DIRECTOR', 'SUPERVISOR')`)
@Check('ck_council_seat_term', `term_end IS NULL OR term_end > term_start`)
@Exclusion('ex_council_seat_one_chair', `USING gist (consortium_id WITH =, daterange(term_start, term_end) WITH &&) WHERE (position = 'CHAIR')`)
export class CouncilSeatEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_council_seat' }) id!: string;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_council_seat_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_council_seat_organization' })
  organization?: OrganizationEntity;
  @Column({ name: 'person_name', type: 'text' }) personName!: string;
  @Column({ type: 'text' }) position!: CouncilPosition;
  @Column({ name: 'term_start', type: 'date' }) termStart!: string;
  @Column({ name: 'term_end', type: 'date', nullable: true }) termEnd!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

@Entity({ name: 'council_resolution' })
@Unique('uq_council_resolution_number', ['consortiumId', 'number'])
@Check('ck_council_resolution_votes', `votes_for >= 0 AND votes_against >= 0 AND abstentions >= 0`)
export class CouncilResolutionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_council_resolution' }) id!: string;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_council_resolution_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ type: 'text' }) number!: string;
  @Column({ name: 'adopted_on', type: 'date' }) adoptedOn!: string;
  @Column({ type: 'text' }) title!: string;
  @Column({ type: 'text' }) text!: string;
  @Column({ name: 'votes_for', type: 'integer' }) votesFor!: number;
  @Column({ name: 'votes_against', type: 'integer' }) votesAgainst!: number;
  @Column({ type: 'integer' }) abstentions!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

/** One version of a consortium's 秘书处, in force over [validFrom, validTo). */
@Entity({ name: 'consortium_secretariat' })
@Check('ck_consortium_secretariat_range', `valid_to IS NULL OR valid_to > valid_from`)
@Exclusion('ex_consortium_secretariat_overlap', `USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&)`)
export class SecretariatEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_consortium_secretariat' }) id!: string;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_consortium_secretariat_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ name: 'host_organization_id', type: 'uuid' }) hostOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'host_organization_id', foreignKeyConstraintName: 'fk_consortium_secretariat_host' })
  host?: OrganizationEntity;
  @Column({ name: 'secretary_general', type: 'text' }) secretaryGeneral!: string;
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** One version of a consortium's 运营平台, in force over [validFrom, validTo). */
@Entity({ name: 'operations_platform' })
@Check('ck_operations_platform_range', `valid_to IS NULL OR valid_to > valid_from`)
@Exclusion('ex_operations_platform_overlap', `USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&)`)
export class OperationsPlatformEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_operations_platform' }) id!: string;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_operations_platform_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ name: 'operator_organization_id', type: 'uuid' }) operatorOrganizationId!: string;
  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'operator_organization_id', foreignKeyConstraintName: 'fk_operations_platform_operator' })
  operator?: OrganizationEntity;
  @Column({ name: 'independent_legal_entity', type: 'boolean' }) independentLegalEntity!: boolean;
  @Column({ type: 'text', array: true }) services!: PlatformService[];
  @Column({ name: 'valid_from', type: 'date' }) validFrom!: string;
  @Column({ name: 'valid_to', type: 'date', nullable: true }) validTo!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

@Entity({ name: 'delegated_power' })
@Index('ix_delegated_power_consortium', ['consortiumId'])
@Index('ix_delegated_power_item', ['item', 'grantedOn'])
@Check('ck_delegated_power_revocation', `(revoked_on IS NULL OR revoked_on > granted_on) AND ((revoked_on IS NULL) = (revocation_reason IS NULL))`)
@Exclusion('ex_delegated_power_in_force', `USING gist (consortium_id WITH =, item WITH =, daterange(granted_on, revoked_on) WITH &&)`)
@Check(
  'ck_delegated_power_item',
  `item IN ('INDUSTRY_POLICY', 'SPECIAL_FUNDS', 'TALENT_POLICY', 'TRAINING_CENTRES', 'SKILLS_COMPETITIONS', 'SKILLS_CERTIFICATION', 'PROJECT_REVIEW', 'DUAL_QUALIFIED_TEACHERS')`,
)
export class DelegatedPowerEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_delegated_power' }) id!: string;
  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_delegated_power_consortium' })
  consortium?: ConsortiumEntity;
  @Column({ type: 'text' }) item!: DelegatedPowerItem;
  @Column({ name: 'granted_by', type: 'text' }) grantedBy!: string;
  @Column({ name: 'granted_on', type: 'date' }) grantedOn!: string;
  @Column({ type: 'text' }) scope!: string;
  @Column({ name: 'revoked_on', type: 'date', nullable: true }) revokedOn!: string | null;
  @Column({ name: 'revocation_reason', type: 'text', nullable: true }) revocationReason!: string | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
}

export const GOVERNANCE_ENTITIES = [CouncilSeatEntity, CouncilResolutionEntity, SecretariatEntity, OperationsPlatformEntity, DelegatedPowerEntity];
