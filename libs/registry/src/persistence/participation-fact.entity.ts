import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { ParticipationSource } from '../domain/participation.js';
import { ConsortiumEntity } from './consortium.entity.js';
import { OrganizationEntity } from './organization.entity.js';

/** 参与记录: a member unit took part in its consortium's work in a quarter; append-only. */
@Entity({ name: 'participation_fact' })
@Unique('uq_participation_fact', ['consortiumId', 'organizationId', 'quarter', 'source', 'ref'])
@Index('ix_participation_fact_quarter', ['consortiumId', 'quarter'])
@Check('ck_participation_fact_quarter', `quarter ~ '^[0-9]{4}Q[1-4]$'`)
@Check('ck_participation_fact_source', `source IN ('EVIDENCE', 'BEST_PRACTICE', 'DEMAND_RESPONSE', 'OTHER')`)
@Check('ck_participation_fact_ref', `length(ref) BETWEEN 1 AND 200`)
export class ParticipationFactEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_participation_fact' })
  id!: string;

  @Column({ name: 'consortium_id', type: 'uuid' }) consortiumId!: string;
  @ManyToOne(() => ConsortiumEntity, { nullable: false })
  @JoinColumn({ name: 'consortium_id', foreignKeyConstraintName: 'fk_participation_fact_consortium' })
  consortium?: ConsortiumEntity;

  @Column({ name: 'organization_id', type: 'uuid' }) organizationId!: string;
  @ManyToOne(() => OrganizationEntity, { nullable: false })
  @JoinColumn({ name: 'organization_id', foreignKeyConstraintName: 'fk_participation_fact_organization' })
  organization?: OrganizationEntity;

  @Column({ type: 'text' }) quarter!: string;
  @Column({ type: 'text' }) source!: ParticipationSource;
  @Column({ type: 'text' }) ref!: string;
  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' }) recordedAt!: Date;
  @Column({ name: 'recorded_by', type: 'text' }) recordedBy!: string;
}
