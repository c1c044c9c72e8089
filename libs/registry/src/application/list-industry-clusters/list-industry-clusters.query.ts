import { Injectable } from '@nestjs/common';
import type { IndustryCluster } from '../../domain/industry-cluster.js';
import { IndustryClusterRepository } from '../../persistence/industry-cluster.repository.js';

/** The whole industry-cluster dictionary, by code (it holds tens of rows, not thousands). */
@Injectable()
export class ListIndustryClustersQuery {
  constructor(private readonly clusters: IndustryClusterRepository) {}

  execute(): Promise<IndustryCluster[]> {
    return this.clusters.list();
  }
}
