/**
 * 产业集群 an industry cluster of the city's "33618" modern manufacturing system, from a managed
 * dictionary; a consortium names the cluster it serves.
 */
export const INDUSTRY_CLUSTER_CATEGORIES = ['PILLAR', 'ADVANTAGE', 'EMERGING', 'OTHER'] as const;
/** PILLAR 万亿级主导产业集群, ADVANTAGE 特色优势产业集群, EMERGING 未来产业/新星产业集群. */
export type IndustryClusterCategory = (typeof INDUSTRY_CLUSTER_CATEGORIES)[number];

export interface IndustryCluster {
  id: string;
  code: string;
  name: string;
  category: IndustryClusterCategory;
  createdAt: Date;
}
