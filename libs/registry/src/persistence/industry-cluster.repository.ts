import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { IndustryCluster, IndustryClusterCategory } from '../domain/industry-cluster.js';

interface IndustryClusterRow {
  id: string;
  code: string;
  name: string;
  category: IndustryClusterCategory;
  created_at: Date;
}

const toDomain = (r: IndustryClusterRow): IndustryCluster => ({
  id: r.id,
  code: r.code,
  name: r.name,
  category: r.category,
  createdAt: r.created_at,
});

/**
 * Reads of the industry-cluster dictionary. Plain SQL on the hot read path: entity hydration
 * through `Repository.find` cost a quarter of this endpoint's throughput (see BENCHMARKS.md).
 */
@Injectable()
export class IndustryClusterRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<IndustryCluster[]> {
    const rows: IndustryClusterRow[] = await this.dataSource.query('SELECT id, code, name, category, created_at FROM industry_cluster ORDER BY code ASC');
    return rows.map(toDomain);
  }
}
