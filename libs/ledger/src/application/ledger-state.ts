import type { EntityManager } from 'typeorm';
import { combineStatuses, milestoneState, type MilestoneState, ownStatus, type TaskStatus } from '../domain/ledger.js';
import type { LedgerRepository, MilestoneRecord, ReportRecord, TaskRecord } from '../persistence/ledger.repository.js';

export interface LedgerState {
  tasks: Map<string, TaskRecord>;
  milestones: Map<string, MilestoneRecord[]>;
  reports: Map<string, ReportRecord[]>;
  children: Map<string, string[]>;
  status: Map<string, TaskStatus>;
  milestoneStates: Map<string, MilestoneState>;
}

const group = <T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
  return map;
};

/**
 * The ledger of the given years as of a date: every task with its milestones, reports, sub-tasks
 * and derived status (a task with sub-tasks combines its own status with theirs).
 */
export async function ledgerStateOf(repository: LedgerRepository, manager: EntityManager, years: readonly number[], asOf: string): Promise<LedgerState> {
  const all: TaskRecord[] = [];
  for (const year of new Set(years)) all.push(...(await repository.tasks(manager, { year })));
  const ids = all.map((t) => t.id);
  const milestones = group(await repository.milestones(manager, ids), (m) => m.taskId);
  const reports = group(await repository.reports(manager, { taskIds: ids }), (r) => r.taskId);
  const children = group(
    all.filter((t) => t.parentId),
    (t) => t.parentId!,
  );
  const state: LedgerState = {
    tasks: new Map(all.map((t) => [t.id, t])),
    milestones,
    reports,
    children: new Map([...children].map(([k, v]) => [k, v.map((t) => t.id)])),
    status: new Map(),
    milestoneStates: new Map(),
  };
  for (const t of all) for (const m of milestones.get(t.id) ?? []) state.milestoneStates.set(m.id, milestoneState(m, reports.get(t.id) ?? [], asOf));
  const statusOf = (id: string, path: Set<string>): TaskStatus => {
    const known = state.status.get(id);
    if (known) return known;
    const own = ownStatus(milestones.get(id) ?? [], reports.get(id) ?? [], asOf);
    const subs = (state.children.get(id) ?? []).filter((c) => !path.has(c)).map((c) => statusOf(c, new Set([...path, c])));
    const status = subs.length === 0 ? own : (milestones.get(id) ?? []).length === 0 ? combineStatuses(subs) : combineStatuses([own, ...subs]);
    state.status.set(id, status);
    return status;
  };
  for (const t of all) statusOf(t.id, new Set([t.id]));
  return state;
}
