/**
 * The industry-cluster dictionary as the source documents name it. The three 万亿级 pillar
 * clusters are named as such in seeds/000 ("智能网联新能源汽车、新一代电子信息制造业、先进材料等 3 个
 * 万亿级主导产业集群"); the others are named by the documents without a tier, so they are `OTHER`.
 * These are real names, not demo figures.
 */
export const INDUSTRY_CLUSTERS = [
  { code: 'ICV-NEV', name: '智能网联新能源汽车', category: 'PILLAR' },
  { code: 'EIM', name: '新一代电子信息制造业', category: 'PILLAR' },
  { code: 'ADV-MAT', name: '先进材料', category: 'PILLAR' },
  { code: 'SMART-EQ', name: '智能装备及智能制造', category: 'OTHER' },
  { code: 'SOFTWARE', name: '软件信息服务', category: 'OTHER' },
  { code: 'IC', name: '集成电路', category: 'OTHER' },
  { code: 'BIOMED', name: '生物医药', category: 'OTHER' },
  { code: 'FILM-TECH', name: '科技影视', category: 'OTHER' },
  { code: 'MOD-SERV', name: '现代服务业', category: 'OTHER' },
  { code: 'MOD-AGRI', name: '现代农业', category: 'OTHER' },
] as const;
