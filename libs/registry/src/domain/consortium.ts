import { DomainError } from '#platform';

/** 产教联合体 tiers: 国家级, 市级, 产业园区牵头, 行业企业牵头, 学校牵头 (DESIGN §2.1). */
export const TIERS = ['NATIONAL', 'MUNICIPAL', 'PARK_LED', 'INDUSTRY_LED', 'SCHOOL_LED'] as const;
export type Tier = (typeof TIERS)[number];

/** The three evaluation levels (三个层级): rankings compare within a level. */
export type Level = 'L1' | 'L2' | 'L3';
export const levelOf = (tier: Tier): Level => (tier === 'NATIONAL' ? 'L1' : tier === 'MUNICIPAL' ? 'L2' : 'L3');

/** 市域产教联合体 or 行业产教融合共同体. */
export const CONSORTIUM_KINDS = ['CITY', 'INDUSTRY_COMMUNITY'] as const;
export type ConsortiumKind = (typeof CONSORTIUM_KINDS)[number];

/** 建设状态: 筹建 → 在册 → 黄牌警示 → 限期整改 → 退出建设名单. */
export const CONSORTIUM_STATUSES = ['PREPARING', 'ACTIVE', 'WARNED', 'PROBATION', 'DELISTED'] as const;
export type ConsortiumStatus = (typeof CONSORTIUM_STATUSES)[number];

/** On the official list (建设名单): entered by decision, not yet delisted. */
export const ON_LIST: readonly ConsortiumStatus[] = ['ACTIVE', 'WARNED', 'PROBATION'];

/**
 * Status changes a decision may make. Entry is PREPARING → ACTIVE; a warning can be escalated or
 * lifted; delisting ends the story (a delisted consortium re-enters as a new one).
 */
const TRANSITIONS: Record<ConsortiumStatus, readonly ConsortiumStatus[]> = {
  PREPARING: ['ACTIVE', 'DELISTED'],
  ACTIVE: ['WARNED', 'PROBATION', 'DELISTED'],
  WARNED: ['ACTIVE', 'PROBATION', 'DELISTED'],
  PROBATION: ['ACTIVE', 'WARNED', 'DELISTED'],
  DELISTED: [],
};

export interface ConsortiumState {
  status: ConsortiumStatus;
  tier: Tier;
  /** Start of the current period (YYYY-MM-DD). */
  since: string;
}

export interface DecisionInput {
  toStatus?: ConsortiumStatus;
  toTier?: Tier;
  effectiveOn: string;
}

/** Why a decision cannot apply to the current state, or null. */
export function decisionProblem(current: ConsortiumState, input: DecisionInput): DomainError | null {
  const toStatus = input.toStatus ?? current.status;
  const toTier = input.toTier ?? current.tier;
  if (toStatus === current.status && toTier === current.tier) {
    return new DomainError('INVALID', 'DECISION_CHANGES_NOTHING', 'The decision changes neither status nor tier', [
      { field: 'toStatus', code: 'DECISION_CHANGES_NOTHING', message: `already ${current.status}, ${current.tier}` },
    ]);
  }
  if (toStatus !== current.status && !TRANSITIONS[current.status].includes(toStatus)) {
    return new DomainError('INVALID', 'STATUS_TRANSITION_NOT_ALLOWED', `A ${current.status} consortium cannot become ${toStatus}`, [
      { field: 'toStatus', code: 'STATUS_TRANSITION_NOT_ALLOWED', message: `${current.status} → ${toStatus} is not allowed` },
    ]);
  }
  if (current.status === 'DELISTED') {
    return new DomainError('INVALID', 'CONSORTIUM_DELISTED', 'A delisted consortium takes no further decisions');
  }
  if (input.effectiveOn <= current.since) {
    return new DomainError('INVALID', 'EFFECTIVE_DATE_TOO_EARLY', `The decision must take effect after ${current.since}, when the current state began`, [
      { field: 'effectiveOn', code: 'EFFECTIVE_DATE_TOO_EARLY', message: `must be after ${current.since}` },
    ]);
  }
  return null;
}
