import { Check, Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, Unique } from 'typeorm';
import type { IndustryCluster, IndustryClusterCategory } from '../domain/industry-cluster.js';

@Entity({ name: 'industry_cluster' })
@Unique('uq_industry_cluster_code', ['code'])
@Unique('uq_industry_cluster_name', ['name'])
@Check('ck_industry_cluster_category', `category IN ('PILLAR', 'ADVANTAGE', 'EMERGING', 'OTHER')`)
export class IndustryClusterEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_industry_cluster' })
  id!: string;

  @Column({ type: 'text' })
  code!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  category!: IndustryClusterCategory;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

export const toIndustryCluster = (e: IndustryClusterEntity): IndustryCluster => ({
  id: e.id,
  code: e.code,
  name: e.name,
  category: e.category,
  createdAt: e.createdAt,
});
