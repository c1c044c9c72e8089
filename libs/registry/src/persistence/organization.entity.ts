import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { OrganizationType } from '../domain/organization.js';

@Entity({ name: 'organization' })
@Unique('uq_organization_uscc', ['uscc'])
@Index('ix_organization_district', ['districtCode', 'name'])
@Index('ix_organization_name_trgm', { synchronize: false })
@Index('ix_organization_name', ['name', 'id'])
@Check('ck_organization_type', `type IN ('SCHOOL', 'ENTERPRISE', 'PARK', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT_AGENCY', 'OTHER')`)
@Check('ck_organization_district', `district_code ~ '^[0-9]{6}$'`)
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
