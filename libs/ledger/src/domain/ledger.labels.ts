import { dictionary, type Dictionary, type Label, type Labels } from '#platform';
import type { MilestoneState, NoticeKind, TargetKind, TaskStatus, UnitKind } from './ledger.js';

/** 任务状态 (as of a date, derived from milestones and reports) */
export const TASK_STATUS_LABELS: Labels<TaskStatus> = {
  NOT_STARTED: { zh: '未开始', en: 'Not started' },
  ON_TRACK: { zh: '按期推进', en: 'On track' },
  AT_RISK: { zh: '存在风险', en: 'At risk' },
  OVERDUE: { zh: '已逾期', en: 'Overdue' },
  DONE: { zh: '已完成', en: 'Done' },
};

/** 责任单位类型 */
export const UNIT_KIND_LABELS: Labels<UnitKind> = {
  DEPARTMENT: { zh: '市级部门', en: 'Municipal department' },
  DISTRICT_AGENCY: { zh: '区县部门', en: 'District agency' },
  ORGANIZATION: { zh: '成员单位', en: 'Organization' },
  GROUP: { zh: '单位集合', en: 'Group of units' },
};

/** 目标类型 */
export const TARGET_KIND_LABELS: Labels<TargetKind> = {
  INDICATOR: { zh: '量化指标', en: 'Indicator' },
  DELIVERABLE: { zh: '成果交付', en: 'Deliverable' },
};

/** 督办通知类型 */
export const NOTICE_KIND_LABELS: Labels<NoticeKind> = {
  DUE_SOON: { zh: '临期提醒', en: 'Due soon' },
  OVERDUE: { zh: '逾期督办', en: 'Overdue' },
  ESCALATION: { zh: '提级督办', en: 'Escalated' },
  TOO_FAST: { zh: '进度异常偏快', en: 'Implausibly fast' },
};

/** 节点状态 */
export const MILESTONE_STATE_LABELS: Labels<MilestoneState> = {
  MET: { zh: '已达成', en: 'Met' },
  REPORTED: { zh: '已报送待审', en: 'Reported' },
  OPEN: { zh: '未到期', en: 'Open' },
  LATE: { zh: '已逾期', en: 'Late' },
};

export const REVIEW_OUTCOME_LABELS: Labels<'ACCEPT' | 'RETURN'> = {
  ACCEPT: { zh: '认可', en: 'Accept' },
  RETURN: { zh: '退回', en: 'Return' },
};

export const TASK_MAP_EDGE_LABELS: Labels<'SUBTASK' | 'DEPENDS_ON'> = {
  SUBTASK: { zh: '子任务', en: 'Sub-task' },
  DEPENDS_ON: { zh: '前置依赖', en: 'Depends on' },
};

export const LEDGER_ERROR_LABELS: Record<string, Label> = {
  DEPENDENCY_CYCLE: { zh: '形成循环依赖', en: 'The dependency would close a cycle' },
  DEPENDENCY_NOT_DONE: { zh: '所依赖的任务尚未完成', en: 'A task it depends on is not done' },
  SUBTASKS_NOT_DONE: { zh: '子任务尚未全部完成', en: 'Sub-tasks are not all done' },
  LEDGER_TASK_NOT_FOUND: { zh: '没有这项任务', en: 'No such task' },
  LEDGER_MILESTONE_NOT_FOUND: { zh: '没有这个节点', en: 'No such milestone' },
  LEDGER_REPORT_NOT_FOUND: { zh: '没有这份进展报告', en: 'No such report' },
  LEDGER_UNIT_NOT_FOUND: { zh: '没有这个单位', en: 'No such unit' },
  LEDGER_UNIT_EXISTS: { zh: '同名单位已存在', en: 'A unit of that name exists' },
  MILESTONE_ALREADY_MET: { zh: '该节点已认定达成', en: 'The milestone was accepted as met' },
  NOT_YOUR_UNIT: { zh: '只能报送本单位的进展', en: 'Report for your own unit only' },
  UNIT_NOT_RESPONSIBLE: { zh: '该单位不是此任务的牵头或责任单位', en: 'The unit is not responsible for the task' },
  REPORT_ALREADY_REVIEWED: { zh: '该进展报告已审核', en: 'The report is reviewed already' },
  TASK_LIST_ALREADY_IMPORTED: { zh: '该年度的任务清单已导入', en: 'The task list is imported already' },
  TASK_LIST_INVALID: { zh: '任务清单文件有误，见各行说明', en: 'The task list has errors, see each row' },
};

/** 区县履职评价方法版本 */
export const SCORECARD_METHOD_LABELS: Labels<1 | 2> = {
  1: { zh: '第 1 版（赛马成绩、台账完成率、按时推进率）', en: 'Version 1 (results, completion, on time)' },
  2: { zh: '第 2 版（增加成员覆盖率、供需对接）', en: 'Version 2 (adds membership coverage, supply–demand)' },
};

export const LEDGER_DICTIONARIES: Dictionary[] = [
  dictionary('ScorecardMethodVersion', { zh: '区县履职评价方法版本', en: 'Scorecard method version' }, SCORECARD_METHOD_LABELS, [1, 2]),
  dictionary('TaskStatus', { zh: '任务状态', en: 'Task status' }, TASK_STATUS_LABELS),
  dictionary('LedgerUnitKind', { zh: '责任单位类型', en: 'Ledger unit kind' }, UNIT_KIND_LABELS),
  dictionary('TargetKind', { zh: '目标类型', en: 'Target kind' }, TARGET_KIND_LABELS),
  dictionary('NoticeKind', { zh: '督办通知类型', en: 'Notice kind' }, NOTICE_KIND_LABELS),
  dictionary('MilestoneState', { zh: '节点状态', en: 'Milestone state' }, MILESTONE_STATE_LABELS),
  dictionary('ReviewOutcome', { zh: '审核结论', en: 'Review outcome' }, REVIEW_OUTCOME_LABELS),
  dictionary('TaskMapEdgeKind', { zh: '任务图关系', en: 'Task map edge' }, TASK_MAP_EDGE_LABELS),
];
