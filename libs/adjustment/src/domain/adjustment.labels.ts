import { dictionary, type Dictionary, type Label, type Labels } from '#platform';
import type { ProposalKind } from './rules.js';

/** 调整建议类型 */
export const PROPOSAL_KIND_LABELS: Labels<ProposalKind> = {
  STATUS: { zh: '状态调整', en: 'Status change' },
  TIER: { zh: '类别调整', en: 'Tier change' },
  MEMBER_EXIT: { zh: '成员退出', en: 'Member exit' },
};

export type ProposalStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
export const PROPOSAL_STATUS_LABELS: Labels<ProposalStatus> = {
  PENDING: { zh: '待决定', en: 'Pending' },
  APPROVED: { zh: '已采纳', en: 'Approved' },
  REJECTED: { zh: '未采纳', en: 'Rejected' },
};

export type ProposalOutcome = 'APPROVE' | 'REJECT';
export const PROPOSAL_OUTCOME_LABELS: Labels<ProposalOutcome> = {
  APPROVE: { zh: '采纳', en: 'Approve' },
  REJECT: { zh: '不采纳', en: 'Reject' },
};

/** The default rules of DESIGN §4, by number. */
export type RuleId = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const RULE_LABELS: Labels<RuleId> = {
  1: { zh: '连续两轮处于本层级末位（或等级 D）→ 建议预警', en: 'Bottom of its level (or grade D) in two consecutive rounds → warn' },
  2: { zh: '预警后再次处于末位 → 建议限期整改', en: 'Warned and again at the bottom → probation' },
  3: { zh: '年度不合格，或整改期满未解除 → 建议退出名单', en: 'Annual grade 不合格, or probation not lifted in time → delist' },
  4: { zh: '预警或整改中连续两轮居本层级前半 → 建议解除', en: 'Warned or on probation and in the top half for two rounds → lift' },
  5: { zh: '第三层级年度第一且符合市级条件 → 建议晋升市级', en: 'First of L3 for the year meeting the municipal criteria → promote' },
  6: { zh: '组成规则持续不满足超过规定天数 → 建议预警', en: 'Composition rules broken longer than allowed → warn' },
  7: { zh: '成员单位连续四个季度无参与记录 → 建议退出', en: 'A member with no participation for four quarters → exit' },
};

export const ADJUSTMENT_ERROR_LABELS: Record<string, Label> = {
  PROPOSAL_NOT_FOUND: { zh: '调整建议不存在', en: 'No such proposal' },
  RECTIFICATION_DEADLINE_INVALID: { zh: '限期整改须设在生效之后的整改期限', en: 'Probation needs a rectification deadline after it takes effect' },
  PROPOSAL_ALREADY_DECIDED: { zh: '该建议已有决定', en: 'The proposal is decided already' },
  PROPOSAL_STALE: { zh: '该建议已不适用于联合体的当前情况', en: 'The proposal no longer fits' },
  INVALID_THRESHOLDS: { zh: '规则阈值有误', en: 'Invalid thresholds' },
};

export const ADJUSTMENT_DICTIONARIES: Dictionary[] = [
  dictionary('ProposalKind', { zh: '调整建议类型', en: 'Proposal kind' }, PROPOSAL_KIND_LABELS),
  dictionary('ProposalStatus', { zh: '调整建议状态', en: 'Proposal status' }, PROPOSAL_STATUS_LABELS),
  dictionary('ProposalOutcome', { zh: '决定', en: 'Decision outcome' }, PROPOSAL_OUTCOME_LABELS),
  dictionary('RuleId', { zh: '调整规则', en: 'Adjustment rule' }, RULE_LABELS, [1, 2, 3, 4, 5, 6, 7]),
];
