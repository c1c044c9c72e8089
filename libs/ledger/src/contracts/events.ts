import { defineEvent, Schema as T, type TSchema } from '#platform';

/** The ledger's events; the task, report and notice events are public (change feed and webhooks). */

const uuid = T.String({ format: 'uuid' });
const date = T.String({ format: 'date' });
const nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);

export const UnitCreated = defineEvent('ledger.unit.created', {
  version: 1,
  aggregateType: 'ledger-unit',
  payload: T.Object({
    id: uuid,
    name: T.String(),
    kind: T.String({ description: 'LedgerUnitKind' }),
    organizationId: nullable(uuid),
    districtCode: nullable(T.String()),
  }),
});

export const TaskCreated = defineEvent('ledger.task.created', {
  version: 1,
  aggregateType: 'ledger-task',
  payload: T.Object({
    id: uuid,
    year: T.Integer(),
    title: T.String(),
    consortiumId: nullable(uuid),
    leadUnitId: uuid,
    dueOn: date,
    listName: nullable(T.String()),
    seq: nullable(T.String({ description: 'Number in the task list, as written there (e.g. "5", "2.1")' })),
  }),
  public: { summary: 'Ledger task created', zh: '台账目标任务建立' },
});

export const TaskListImported = defineEvent('ledger.task-list.imported', {
  version: 1,
  aggregateType: 'ledger-task-list',
  payload: T.Object({ year: T.Integer(), listName: T.String(), consortiumId: nullable(uuid), tasks: T.Integer() }),
});

export const MilestoneAdded = defineEvent('ledger.milestone.added', {
  version: 1,
  aggregateType: 'ledger-task',
  payload: T.Object({ taskId: uuid, title: T.String(), dueOn: date }),
});

export const DependencyAdded = defineEvent('ledger.dependency.added', {
  version: 1,
  aggregateType: 'ledger-task',
  payload: T.Object({ taskId: uuid, dependsOnId: uuid, title: T.String(), dependsOnTitle: T.String() }),
});

export const ReportSubmitted = defineEvent('ledger.report.submitted', {
  version: 1,
  aggregateType: 'ledger-report',
  payload: T.Object({
    id: uuid,
    taskId: uuid,
    taskTitle: T.String(),
    milestoneId: nullable(uuid),
    milestoneTitle: nullable(T.String()),
    unitId: uuid,
    reportedOn: date,
    valueReached: nullable(T.Number()),
    done: T.Boolean(),
  }),
  public: { summary: 'Progress report submitted', zh: '进展报告已提交' },
});

const reviewed = T.Object({ id: uuid, taskId: uuid, taskTitle: T.String(), milestoneId: nullable(uuid), unitId: uuid, note: nullable(T.String()) });
export const ReportAccepted = defineEvent('ledger.report.accepted', {
  version: 1,
  aggregateType: 'ledger-report',
  payload: reviewed,
  public: { summary: 'Progress report accepted', zh: '进展报告已认可' },
});
export const ReportReturned = defineEvent('ledger.report.returned', {
  version: 1,
  aggregateType: 'ledger-report',
  payload: reviewed,
  public: { summary: 'Progress report returned', zh: '进展报告已退回' },
});

export const NoticeRaised = defineEvent('ledger.notice.raised', {
  version: 1,
  aggregateType: 'ledger-notice',
  payload: T.Object({
    id: uuid,
    kind: T.String({ description: 'NoticeKind' }),
    kindLabel: T.String({ description: 'The kind in Chinese' }),
    taskId: uuid,
    taskTitle: T.String(),
    milestoneId: nullable(uuid),
    unitId: nullable(uuid),
    noticeOn: date,
    days: T.Integer(),
    message: T.String(),
  }),
  public: { summary: 'Supervision notice raised', zh: '督办提醒' },
});

/** The event of each review (the status the report moved to → its event). */
export const REPORT_REVIEWED_EVENTS = { ACCEPTED: ReportAccepted, RETURNED: ReportReturned } as const;

export const LedgerEvents = {
  UnitCreated,
  TaskCreated,
  TaskListImported,
  MilestoneAdded,
  DependencyAdded,
  ReportSubmitted,
  ReportAccepted,
  ReportReturned,
  NoticeRaised,
} as const;
