/**
 * 工作台账 (DESIGN §9): each year's target tasks with lead and responsible units, milestones,
 * sub-tasks and dependencies; progress reports; supervision (reminders, overdue notices,
 * escalation, pace flags) by a daily job; task-list imports; rollups, timetable and task map.
 */
export { LedgerModule } from './ledger.module.js';
export { LedgerWorkerModule } from './ledger.worker.module.js';
export { TASK_LIST_FILE } from './application/import-task-list.use-case.js';
export { NOTICE_KINDS, type NoticeKind, SUPERVISION_METHOD, TASK_STATUSES, type TaskStatus, UNIT_KINDS, type UnitKind } from './domain/ledger.js';
export { importTaskListIn } from './application/seed-task-list.js';
export { SCORECARD_METHOD, SCORECARD_METHODS, SCORECARD_METHOD_VERSIONS } from './domain/scorecard.js';
export { NoSupplyDemandFigures, SUPPLY_DEMAND_FIGURES, type SupplyDemandFigures } from './application/supply-demand.port.js';
export * from './domain/ledger.labels.js';
