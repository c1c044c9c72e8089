import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { IndustryCluster, IndustryClusterCategory } from '../domain/industry-cluster.js';

@Entity({ name: 'industry_cluster' })
export class IndustryClusterEntity {
  @PrimaryGeneratedColumn('uuid')
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
