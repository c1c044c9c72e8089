import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { IndustryCluster } from '../../domain/industry-cluster.js';
import { IndustryClusterEntity, toIndustryCluster } from '../../persistence/industry-cluster.entity.js';

/** The whole industry-cluster dictionary, by code (it holds tens of rows, not thousands). */
@Injectable()
export class ListIndustryClustersQuery {
  constructor(@InjectRepository(IndustryClusterEntity) private readonly clusters: Repository<IndustryClusterEntity>) {}

  async execute(): Promise<IndustryCluster[]> {
    const rows = await this.clusters.find({ order: { code: 'ASC' } });
    return rows.map(toIndustryCluster);
  }
}
