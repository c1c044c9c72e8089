import { dictionary, type Dictionary, type Label, type Labels } from '#platform';
import { SUPPLY_DEMAND_ERRORS } from './supply-demand.errors.js';
import type { DemandKind, DemandStatus, MatchReason, OutcomeKind, ProgramLevel, ResponseStatus, Visibility } from './supply-demand.js';
import type { PlatformMetric } from './platform-metrics.js';

/** 需求类型 */
export const DEMAND_KIND_LABELS: Labels<DemandKind> = {
  TALENT: { zh: '人才需求', en: 'Talent' },
  PROGRAM: { zh: '专业需求', en: 'Program' },
  TECHNOLOGY: { zh: '技术需求', en: 'Technology' },
  OVERSEAS: { zh: '出海需求', en: 'Going global' },
};

/** 需求状态 */
export const DEMAND_STATUS_LABELS: Labels<DemandStatus> = {
  DRAFT: { zh: '草稿', en: 'Draft' },
  PUBLISHED: { zh: '已发布', en: 'Published' },
  IN_DOCKING: { zh: '对接中', en: 'In docking' },
  FULFILLED: { zh: '已完成对接', en: 'Fulfilled' },
  EXPIRED: { zh: '已过期', en: 'Expired' },
  WITHDRAWN: { zh: '已撤回', en: 'Withdrawn' },
};

export const VISIBILITY_LABELS: Labels<Visibility> = {
  PUBLIC: { zh: '需求大厅公开', en: 'Public' },
  MEMBERS: { zh: '仅成员可见', en: 'Members only' },
};

export const RESPONSE_STATUS_LABELS: Labels<ResponseStatus> = {
  SUBMITTED: { zh: '已应答', en: 'Submitted' },
  SHORTLISTED: { zh: '已入围', en: 'Shortlisted' },
};

export const OUTCOME_KIND_LABELS: Labels<OutcomeKind> = {
  ORDER_CLASS: { zh: '订单班', en: 'Order class' },
  PLACEMENT: { zh: '就业安置', en: 'Placement' },
  SERVICE_CONTRACT: { zh: '技术服务合同', en: 'Technical-service contract' },
  TRAINING: { zh: '培训项目', en: 'Training programme' },
};

export const PROGRAM_LEVEL_LABELS: Labels<ProgramLevel> = {
  SECONDARY_VOCATIONAL: { zh: '中职', en: 'Secondary vocational' },
  HIGHER_VOCATIONAL: { zh: '高职专科', en: 'Higher vocational' },
  VOCATIONAL_UNDERGRADUATE: { zh: '职教本科', en: 'Vocational undergraduate' },
  APPLIED_UNDERGRADUATE: { zh: '应用型本科', en: 'Applied undergraduate' },
  UNIVERSITY: { zh: '普通本科', en: 'University' },
};

export const MATCH_FACTOR_LABELS: Labels<MatchReason['factor']> = {
  CLUSTER: { zh: '产业集群对口', en: 'Industry cluster' },
  PROGRAM: { zh: '专业对口', en: 'Program' },
  DISTRICT: { zh: '区县距离', en: 'District distance' },
  FULFILMENT: { zh: '以往对接成效', en: 'Past fulfilment' },
};

export const PLATFORM_METRIC_LABELS: Labels<PlatformMetric> = {
  SD_SERVICE_INCOME: { zh: '技术服务到款额（万元）', en: 'Technical-service income received (10k yuan)' },
  SD_ORDER_CLASS_STUDENTS: { zh: '订单班人数', en: 'Order-class students' },
  SD_STUDENTS_PLACED: { zh: '就业安置人数', en: 'Students placed' },
  SD_RESPONSE_RATE: { zh: '需求响应率（%）', en: 'Demand response rate (%)' },
};

export const PROGRAM_ACTION_LABELS: Labels<'OPEN' | 'ADJUST'> = {
  OPEN: { zh: '新设专业', en: 'Open a program' },
  ADJUST: { zh: '调整专业', en: 'Adjust a program' },
};

export const FIGURES_SCOPE_LABELS: Labels<'CITY' | 'DISTRICT' | 'CONSORTIUM'> = {
  CITY: { zh: '全市', en: 'City' },
  DISTRICT: { zh: '区县', en: 'District' },
  CONSORTIUM: { zh: '联合体（共同体）', en: 'Consortium or community' },
};

export const SUPPLY_DEMAND_ERROR_LABELS: Record<string, Label> = Object.fromEntries(
  Object.entries(SUPPLY_DEMAND_ERRORS).map(([code, e]) => [code, { zh: e.zh, en: e.en }]),
);

export const SUPPLY_DEMAND_DICTIONARIES: Dictionary[] = [
  dictionary('DemandKind', { zh: '需求类型', en: 'Demand kind' }, DEMAND_KIND_LABELS),
  dictionary('DemandStatus', { zh: '需求状态', en: 'Demand status' }, DEMAND_STATUS_LABELS),
  dictionary('DemandVisibility', { zh: '可见范围', en: 'Visibility' }, VISIBILITY_LABELS),
  dictionary('ResponseStatus', { zh: '应答状态', en: 'Response status' }, RESPONSE_STATUS_LABELS),
  dictionary('OutcomeKind', { zh: '对接成果类型', en: 'Outcome kind' }, OUTCOME_KIND_LABELS),
  dictionary('ProgramLevel', { zh: '办学层次', en: 'Program level' }, PROGRAM_LEVEL_LABELS),
  dictionary('MatchFactor', { zh: '匹配因素', en: 'Match factor' }, MATCH_FACTOR_LABELS),
  dictionary('PlatformMetric', { zh: '平台取数指标', en: 'Platform metric' }, PLATFORM_METRIC_LABELS),
  dictionary('ProgramAction', { zh: '专业需求类别', en: 'Program action' }, PROGRAM_ACTION_LABELS),
  dictionary('FiguresScope', { zh: '统计范围', en: 'Figures scope' }, FIGURES_SCOPE_LABELS),
];

/** 变更事件类型 of the events district systems may follow (assembled into the feed's event labels). */
