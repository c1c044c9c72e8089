import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { EnterpriseSize, IntegrationLevel, OrganizationType, ParkLevel, SchoolLevel } from '../domain/organization.js';

@Entity({ name: 'organization' })
@Unique('uq_organization_uscc', ['uscc'])
@Index('ix_organization_district', ['districtCode', 'name'])
@Index('ix_organization_name_trgm', { synchronize: false })
@Index('ix_organization_name', ['name', 'id'])
@Check('ck_organization_type', `type IN ('SCHOOL', 'ENTERPRISE', 'PARK', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT_AGENCY', 'OTHER')`)
@Check('ck_organization_district', `district_code ~ '^[0-9]{6}$'`)
@Check(
  'ck_organization_school_level',
  `school_level IS NULL OR (type = 'SCHOOL' AND school_level IN ('SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'))`,
)
@Check(
  'ck_organization_enterprise',
  `type = 'ENTERPRISE' OR (enterprise_size IS NULL AND NOT is_chain_leader AND NOT is_above_scale AND integration_level IS NULL)`,
)
@Check('ck_organization_enterprise_size', `enterprise_size IS NULL OR enterprise_size IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')`)
@Check('ck_organization_integration_level', `integration_level IS NULL OR integration_level IN ('NATIONAL', 'MUNICIPAL')`)
@Check('ck_organization_park', `type = 'PARK' OR (park_level IS NULL AND NOT is_key_park)`)
@Check('ck_organization_park_level', `park_level IS NULL OR park_level IN ('NATIONAL', 'MUNICIPAL', 'DISTRICT')`)
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organization' })
  id!: string;

  @Column({ type: 'text' })
  uscc!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  type!: OrganizationType;

  @Column({ name: 'district_code', type: 'text' })
  districtCode!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ name: 'school_level', type: 'text', nullable: true }) schoolLevel!: SchoolLevel | null;
  @Column({ name: 'enterprise_size', type: 'text', nullable: true }) enterpriseSize!: EnterpriseSize | null;
  @Column({ name: 'is_chain_leader', type: 'boolean', default: false }) isChainLeader!: boolean;
  @Column({ name: 'is_above_scale', type: 'boolean', default: false }) isAboveScale!: boolean;
  @Column({ name: 'integration_level', type: 'text', nullable: true }) integrationLevel!: IntegrationLevel | null;
  @Column({ name: 'park_level', type: 'text', nullable: true }) parkLevel!: ParkLevel | null;
  @Column({ name: 'is_key_park', type: 'boolean', default: false }) isKeyPark!: boolean;
}

/** An organization's name over time; the open interval (valid_to null) is the current name. */
@Entity({ name: 'organization_name' })
@Index('ix_organization_name_organization', ['organizationId', 'validFrom'])
export class OrganizationNameEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_organization_name' })
  id!: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId!: string;

  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_organization_name_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' })
  name!: string;

  @Column({ name: 'valid_from', type: 'timestamptz' })
  validFrom!: Date;

  @Column({ name: 'valid_to', type: 'timestamptz', nullable: true })
  validTo!: Date | null;
}
