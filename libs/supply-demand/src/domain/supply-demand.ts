/** 需求类型: 人才, 专业, 技术, 出海 (seeds/001 "人才、专业、技术及出海需求"). */
export const DEMAND_KINDS = ['TALENT', 'PROGRAM', 'TECHNOLOGY', 'OVERSEAS'] as const;
export type DemandKind = (typeof DEMAND_KINDS)[number];

/**
 * 需求状态. Stored: DRAFT → PUBLISHED → IN_DOCKING → FULFILLED, or WITHDRAWN from any open state.
 * EXPIRED is never stored: an open demand (PUBLISHED or IN_DOCKING) whose `validTo` has passed
 * reads as EXPIRED as of that date, so the lifecycle is answerable as of any day.
 */
export const DEMAND_STATUSES = ['DRAFT', 'PUBLISHED', 'IN_DOCKING', 'FULFILLED', 'EXPIRED', 'WITHDRAWN'] as const;
export type DemandStatus = (typeof DEMAND_STATUSES)[number];
export type StoredDemandStatus = Exclude<DemandStatus, 'EXPIRED'>;
export const OPEN_STATUSES: readonly StoredDemandStatus[] = ['PUBLISHED', 'IN_DOCKING'];

/** 可见范围: the public demand hall, or the members of the publishing consortium/community only. */
export const VISIBILITIES = ['PUBLIC', 'MEMBERS'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const RESPONSE_STATUSES = ['SUBMITTED', 'SHORTLISTED'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** 对接成果: 订单班, 就业安置, 技术服务合同, 培训项目. */
export const OUTCOME_KINDS = ['ORDER_CLASS', 'PLACEMENT', 'SERVICE_CONTRACT', 'TRAINING'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

/** 办学层次 of a program (专业布点), as the registry's school levels. */
export const PROGRAM_LEVELS = ['SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'] as const;
export type ProgramLevel = (typeof PROGRAM_LEVELS)[number];

/** Program code of the vocational (or undergraduate) catalogue: six digits, an undergraduate special program with a letter (e.g. 080717T). */
export const PROGRAM_CODE = /^[0-9]{6}[A-Z]?$/;

/** The stored status as it reads on a date (EXPIRED when an open demand's validity has ended). */
export function statusOn(status: StoredDemandStatus, validTo: string | null, date: string): DemandStatus {
  return OPEN_STATUSES.includes(status) && validTo !== null && validTo < date ? 'EXPIRED' : status;
}

const TRANSITIONS: Record<string, readonly StoredDemandStatus[]> = {
  publish: ['DRAFT'],
  withdraw: ['DRAFT', 'PUBLISHED', 'IN_DOCKING'],
  respond: ['PUBLISHED', 'IN_DOCKING'],
  shortlist: ['PUBLISHED', 'IN_DOCKING'],
  outcome: ['IN_DOCKING', 'FULFILLED'],
  fulfil: ['IN_DOCKING'],
};
export type DemandAction = keyof typeof TRANSITIONS;

/** Whether an action is allowed on a demand in `status` (as read today, so an expired one takes no response). */
export const allows = (action: DemandAction, status: DemandStatus): boolean => (TRANSITIONS[action] as readonly string[]).includes(status);

/** 渝 regions: a coarse distance between districts (no coordinates in GB/T 2260). */
const REGIONS: Record<string, readonly string[]> = {
  主城都市区: [
    '500103',
    '500104',
    '500105',
    '500106',
    '500107',
    '500108',
    '500109',
    '500112',
    '500113',
    '500102',
    '500115',
    '500116',
    '500117',
    '500118',
    '500119',
    '500110',
    '500111',
    '500120',
    '500151',
    '500152',
    '500153',
  ],
  渝东北: ['500101', '500154', '500155', '500229', '500230', '500231', '500233', '500235', '500236', '500237', '500238'],
  渝东南: ['500114', '500156', '500240', '500241', '500242', '500243'],
};
const regionOf = (code: string) => Object.entries(REGIONS).find(([, codes]) => codes.includes(code))?.[0] ?? null;

/** District proximity in [0, 1]: same district 1, same region 0.5, same province (first two digits) 0.25, else 0. */
export function districtProximity(supplier: string, demand: readonly string[]): { value: number; reason: string } {
  if (demand.includes(supplier)) return { value: 1, reason: '同一区县' };
  const region = regionOf(supplier);
  if (region && demand.some((d) => regionOf(d) === region)) return { value: 0.5, reason: `同属${region}` };
  if (demand.some((d) => d.slice(0, 2) === supplier.slice(0, 2))) return { value: 0.25, reason: '同一省市' };
  return { value: 0, reason: '跨省（市）' };
}

/** Weights of the match score (sum 1): 产业集群, 专业对口, 区县距离, 以往对接成效. */
export const MATCH_WEIGHTS = { cluster: 0.4, program: 0.3, district: 0.2, fulfilment: 0.1 } as const;
/** At most this many suppliers are pushed a demand (the best scores). */
export const MATCH_LIMIT = 20;

export interface SupplierProfile {
  organizationId: string;
  organizationName: string;
  districtCode: string;
  clusterCodes: readonly string[];
  programCodes: readonly string[];
  /** Outcomes recorded with this supplier before (any demand). */
  pastOutcomes: number;
}

export interface DemandProfile {
  clusterCodes: readonly string[];
  programCodes: readonly string[];
  districtCodes: readonly string[];
}

export interface MatchReason {
  factor: 'CLUSTER' | 'PROGRAM' | 'DISTRICT' | 'FULFILMENT';
  weight: number;
  /** The factor's value in [0, 1]. */
  value: number;
  /** weight × value × 100, two decimals: the points the factor adds to the score. */
  points: number;
  text: string;
}

export interface MatchScore {
  organizationId: string;
  /** 0–100, two decimals. */
  score: number;
  reasons: MatchReason[];
}

const r2 = (x: number) => Math.round(x * 100 + Number.EPSILON * 100) / 100;

/**
 * 精准推送 score of one supplier for one demand, explained factor by factor: the share of the
 * demand's clusters the supplier serves; the share of wanted programs it runs (when the demand
 * names programs; else the cluster share stands in); district proximity; and past fulfilment
 * n / (n + 1) for n outcomes recorded with it before.
 */
export function matchScore(demand: DemandProfile, supplier: SupplierProfile): MatchScore {
  const served = demand.clusterCodes.filter((c) => supplier.clusterCodes.includes(c));
  const cluster = demand.clusterCodes.length ? served.length / demand.clusterCodes.length : 0;
  const runs = demand.programCodes.filter((c) => supplier.programCodes.includes(c));
  const program = demand.programCodes.length ? runs.length / demand.programCodes.length : cluster;
  const district = districtProximity(supplier.districtCode, demand.districtCodes);
  const fulfilment = supplier.pastOutcomes / (supplier.pastOutcomes + 1);
  const reasons: MatchReason[] = [
    {
      factor: 'CLUSTER',
      weight: MATCH_WEIGHTS.cluster,
      value: cluster,
      points: 0,
      text: served.length ? `服务需求所属产业集群 ${served.join('、')}` : '未服务需求所属产业集群',
    },
    {
      factor: 'PROGRAM',
      weight: MATCH_WEIGHTS.program,
      value: program,
      points: 0,
      text: demand.programCodes.length ? (runs.length ? `开设对口专业 ${runs.join('、')}` : '未开设所需专业') : '需求未指定专业，按产业集群对口计',
    },
    { factor: 'DISTRICT', weight: MATCH_WEIGHTS.district, value: district.value, points: 0, text: district.reason },
    { factor: 'FULFILMENT', weight: MATCH_WEIGHTS.fulfilment, value: fulfilment, points: 0, text: `以往对接成果 ${supplier.pastOutcomes} 项` },
  ];
  for (const r of reasons) r.points = r2(r.weight * r.value * 100);
  return { organizationId: supplier.organizationId, score: r2(reasons.reduce((s, r) => s + r.weight * r.value, 0) * 100), reasons };
}

/** Ranks suppliers by score (ties by organization id, so a rerun pushes the same list) and keeps the best `limit` with a positive score. */
export function rankSuppliers(demand: DemandProfile, suppliers: readonly SupplierProfile[], limit = MATCH_LIMIT): MatchScore[] {
  return suppliers
    .map((s) => matchScore(demand, s))
    .filter((m) => m.score > 0)
    .sort((a, b) => b.score - a.score || a.organizationId.localeCompare(b.organizationId))
    .slice(0, limit);
}
