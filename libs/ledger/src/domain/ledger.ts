import { DomainError } from '#platform';

/** 目标任务 status as of a date, derived from its milestones and reports (never stored). */
export const TASK_STATUSES = ['NOT_STARTED', 'ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

/** Labels the board and exports show. */
export const TASK_STATUS_LABELS: Record<TaskStatus, string> = {
  NOT_STARTED: '未启动',
  ON_TRACK: '按进度推进',
  AT_RISK: '存在风险',
  OVERDUE: '逾期',
  DONE: '已完成',
};

/**
 * A unit that leads or carries tasks (牵头单位 / 责任单位): a member department of the task force
 * (市发展改革委 …), a district agency (区教委, 永川高新区管委会 …), one organization, or a group
 * named as a whole (各职业院校).
 */
export const UNIT_KINDS = ['DEPARTMENT', 'DISTRICT_AGENCY', 'ORGANIZATION', 'GROUP'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const TARGET_KINDS = ['INDICATOR', 'DELIVERABLE'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const REPORT_STATUSES = ['SUBMITTED', 'ACCEPTED', 'RETURNED'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

/** 督办 notices: a reminder before a due date, an overdue notice, an escalation to the task force, a pace flag. */
export const NOTICE_KINDS = ['DUE_SOON', 'OVERDUE', 'ESCALATION', 'TOO_FAST'] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];
export const NOTICE_KIND_LABELS: Record<NoticeKind, string> = {
  DUE_SOON: '到期提醒',
  OVERDUE: '逾期督办',
  ESCALATION: '提级督办',
  TOO_FAST: '进度异常（过快）',
};

/**
 * The supervision method, version 1 ("既不要盲目求多求快，也不能消极应付，按进度推动"):
 * - `dueSoonDays`: an open milestone due within this many days gets one reminder per responsible unit;
 * - `overdueRepeatDays`: an open milestone past due gets an overdue notice per unit, again after this many days while still late;
 * - `escalateAfterNotices`: when a milestone has had this many overdue notices (on different days), the task force gets one escalation;
 * - `atRiskDays`: an open milestone due within this many days with nothing reported (or its report returned) puts the task AT_RISK;
 * - `minPlausibleShare`: a task reported done when less than this share of its time (start → due) has passed is flagged to the task force.
 */
export const SUPERVISION_METHOD = {
  version: 1,
  dueSoonDays: 7,
  overdueRepeatDays: 7,
  escalateAfterNotices: 2,
  atRiskDays: 14,
  minPlausibleShare: 0.25,
} as const;

export interface MilestoneFacts {
  id: string;
  dueOn: string;
}

export interface ReportFacts {
  milestoneId: string;
  reportedOn: string;
  status: ReportStatus;
  done: boolean;
}

export type MilestoneState = 'MET' | 'REPORTED' | 'OPEN' | 'LATE';

const DAY = 86_400_000;
/** Whole days from `a` to `b` (calendar dates YYYY-MM-DD). */
export const daysBetween = (a: string, b: string): number => Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / DAY);
export const addDays = (date: string, days: number): string => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
/** Today in Asia/Shanghai (the users' calendar). */
export const shanghaiToday = (now: Date = new Date()): string => new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * A milestone as of a date: MET once a report saying it is done was accepted; REPORTED while such a
 * report waits for review (the unit did its part: not late); LATE when open past its due date.
 * Reports dated after `asOf` do not count yet.
 */
export function milestoneState(milestone: MilestoneFacts, reports: readonly ReportFacts[], asOf: string): MilestoneState {
  const own = reports.filter((r) => r.milestoneId === milestone.id && r.reportedOn <= asOf && r.done);
  if (own.some((r) => r.status === 'ACCEPTED')) return 'MET';
  if (own.some((r) => r.status === 'SUBMITTED')) return 'REPORTED';
  return milestone.dueOn < asOf ? 'LATE' : 'OPEN';
}

/**
 * A task's own status as of a date:
 * DONE when every milestone is met; OVERDUE when one is late; AT_RISK when an open one falls due
 * within `atRiskDays` with nothing reported for it, or with its latest report returned;
 * NOT_STARTED when nothing has been reported; ON_TRACK otherwise.
 */
export function ownStatus(milestones: readonly MilestoneFacts[], reports: readonly ReportFacts[], asOf: string, method = SUPERVISION_METHOD): TaskStatus {
  const states = milestones.map((m) => milestoneState(m, reports, asOf));
  if (states.length > 0 && states.every((s) => s === 'MET')) return 'DONE';
  if (states.includes('LATE')) return 'OVERDUE';
  const seen = reports.filter((r) => r.reportedOn <= asOf);
  const atRisk = milestones.some((m, i) => {
    if (states[i] !== 'OPEN' || daysBetween(asOf, m.dueOn) > method.atRiskDays) return false;
    const own = seen.filter((r) => r.milestoneId === m.id).sort((a, b) => a.reportedOn.localeCompare(b.reportedOn));
    return own.length === 0 || own[own.length - 1].status === 'RETURNED';
  });
  if (atRisk) return 'AT_RISK';
  return seen.some((r) => r.status !== 'RETURNED') ? 'ON_TRACK' : 'NOT_STARTED';
}

/**
 * A task with sub-tasks: DONE only when it and all of them are; otherwise the most pressing of
 * them all (OVERDUE, then AT_RISK); ON_TRACK when anything has moved; else NOT_STARTED.
 */
export function combineStatuses(statuses: readonly TaskStatus[]): TaskStatus {
  if (statuses.every((s) => s === 'DONE')) return 'DONE';
  if (statuses.includes('OVERDUE')) return 'OVERDUE';
  if (statuses.includes('AT_RISK')) return 'AT_RISK';
  if (statuses.some((s) => s === 'ON_TRACK' || s === 'DONE')) return 'ON_TRACK';
  return 'NOT_STARTED';
}

/**
 * The cycle that adding `from → to` ("from depends on to") would close, as the list of tasks
 * from `from` back to itself, or null. `edges`: task → the tasks it depends on.
 */
export function cycleThrough(edges: ReadonlyMap<string, readonly string[]>, from: string, to: string): string[] | null {
  if (from === to) return [from, from];
  // A path to → … → from, found breadth-first so the named cycle is a shortest one.
  const previous = new Map<string, string>([[to, to]]);
  const queue = [to];
  while (queue.length > 0) {
    const node = queue.shift()!;
    if (node === from) {
      const path = [from];
      let at = from;
      while (at !== to) {
        at = previous.get(at)!;
        path.push(at);
      }
      return [from, ...[...path].reverse()];
    }
    for (const next of edges.get(node) ?? []) {
      if (!previous.has(next)) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return null;
}

/**
 * Whether a report of "done" on `reportedOn` is implausibly early: less than
 * `minPlausibleShare` of the task's time (start → due) had passed.
 */
export function implausiblyEarly(startOn: string, dueOn: string, reportedOn: string, method = SUPERVISION_METHOD): { share: number; flagged: boolean } {
  const span = Math.max(1, daysBetween(startOn, dueOn));
  const share = Math.max(0, daysBetween(startOn, reportedOn)) / span;
  return { share, flagged: share < method.minPlausibleShare };
}

/** The kind a unit named in a task list is taken to be, from its name. */
export function unitKindOf(name: string): UnitKind {
  if (name.startsWith('各')) return 'GROUP';
  if (/^(市|区|县)/u.test(name) && /(委|局|办|厅|府)$/u.test(name)) return name.startsWith('市') ? 'DEPARTMENT' : 'DISTRICT_AGENCY';
  if (/管委会$/u.test(name)) return 'DISTRICT_AGENCY';
  return 'ORGANIZATION';
}

/**
 * A 目标值 cell: a number, or text with a number and its unit ("20 平方公里", "不少于 10 个", "60%")
 * → an indicator; text without a number → a deliverable. Text with a ratio or range ("4.5:5.5",
 * "3-4次") is a deliverable: there is no one value to compare against.
 */
export function parseTarget(
  cell: string | number | null,
): { kind: 'INDICATOR'; value: number; unit: string | null } | { kind: 'DELIVERABLE'; text: string } | null {
  if (cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? { kind: 'INDICATOR', value: cell, unit: null } : null;
  const text = cell.normalize('NFKC').trim();
  if (text === '') return null;
  if (/\d\s*[:：]\s*\d|\d\s*[-~～—]\s*\d/u.test(text)) return { kind: 'DELIVERABLE', text };
  const m = /^(?:不少于|不低于|至少|达到|达|≥|>=)?\s*(\d+(?:\.\d+)?)\s*(.*?)\s*(?:以上)?$/u.exec(text);
  if (m) return { kind: 'INDICATOR', value: Number(m[1]), unit: m[2] === '' ? null : m[2] };
  return { kind: 'DELIVERABLE', text };
}

/** Errors of the ledger, each with its stable code and the field it concerns. */
export const LedgerErrors = {
  taskNotFound: (field = 'taskId') =>
    new DomainError('NOT_FOUND', 'LEDGER_TASK_NOT_FOUND', 'No such task', [{ field, code: 'LEDGER_TASK_NOT_FOUND', message: '没有这项任务' }]),
  milestoneNotFound: () =>
    new DomainError('NOT_FOUND', 'LEDGER_MILESTONE_NOT_FOUND', 'No such milestone', [
      { field: 'milestoneId', code: 'LEDGER_MILESTONE_NOT_FOUND', message: '没有这个节点' },
    ]),
  reportNotFound: () =>
    new DomainError('NOT_FOUND', 'LEDGER_REPORT_NOT_FOUND', 'No such report', [
      { field: 'reportId', code: 'LEDGER_REPORT_NOT_FOUND', message: '没有这份进展报告' },
    ]),
  unitNotFound: (field: string) =>
    new DomainError('INVALID', 'LEDGER_UNIT_NOT_FOUND', `${field}: no such unit`, [{ field, code: 'LEDGER_UNIT_NOT_FOUND', message: '没有这个单位' }]),
  unitUnknown: () =>
    new DomainError('NOT_FOUND', 'LEDGER_UNIT_NOT_FOUND', 'No such unit', [{ field: 'unitId', code: 'LEDGER_UNIT_NOT_FOUND', message: '没有这个单位' }]),
  unitExists: (name: string) =>
    new DomainError('CONFLICT', 'LEDGER_UNIT_EXISTS', `A unit named ${name} exists already`, [
      { field: 'name', code: 'LEDGER_UNIT_EXISTS', message: `“${name}”已在单位字典中` },
    ]),
  invalid: (field: string, code: string, message: string) => new DomainError('INVALID', code, `${field}: ${message}`, [{ field, code, message }]),
  cycle: (titles: readonly string[]) =>
    new DomainError('INVALID', 'DEPENDENCY_CYCLE', `The dependency would close a cycle: ${titles.join(' → ')}`, [
      { field: 'dependsOnId', code: 'DEPENDENCY_CYCLE', message: `形成循环依赖：${titles.join(' → ')}` },
    ]),
  dependencyNotDone: (titles: readonly string[]) =>
    new DomainError('INVALID', 'DEPENDENCY_NOT_DONE', `The task depends on tasks not done yet: ${titles.join('、')}`, [
      { field: 'outcome', code: 'DEPENDENCY_NOT_DONE', message: `所依赖的任务尚未完成：${titles.join('、')}` },
    ]),
  subtasksNotDone: (titles: readonly string[]) =>
    new DomainError('INVALID', 'SUBTASKS_NOT_DONE', `The task has sub-tasks not done yet: ${titles.join('、')}`, [
      { field: 'outcome', code: 'SUBTASKS_NOT_DONE', message: `子任务尚未完成：${titles.join('、')}` },
    ]),
  reviewed: (status: string) =>
    new DomainError('CONFLICT', 'REPORT_ALREADY_REVIEWED', `The report is ${status} already`, [
      { field: 'reportId', code: 'REPORT_ALREADY_REVIEWED', message: status },
    ]),
  notResponsible: () =>
    new DomainError('INVALID', 'UNIT_NOT_RESPONSIBLE', 'The unit is neither the lead nor a responsible unit of this task', [
      { field: 'unitId', code: 'UNIT_NOT_RESPONSIBLE', message: '该单位不是本任务的牵头单位或责任单位' },
    ]),
};
