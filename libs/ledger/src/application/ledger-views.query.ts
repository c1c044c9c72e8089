import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '#platform';
import { ConsortiumLookup, districtByCode } from '#registry';
import { NOTICE_KIND_LABELS, type NoticeKind, shanghaiToday, TASK_STATUS_LABELS, type TaskStatus } from '../domain/ledger.js';
import { LedgerRepository, type NoticeRecord, type TaskRecord } from '../persistence/ledger.repository.js';
import { ledgerScopeOf, seesTask } from './ledger-scope.js';
import { type LedgerState, ledgerStateOf } from './ledger-state.js';

export interface Completion {
  total: number;
  done: number;
  onTrack: number;
  atRisk: number;
  overdue: number;
  notStarted: number;
  /** done / total in per cent, one decimal (null without tasks). */
  completionPercent: number | null;
}

export interface RollupRow extends Completion {
  id: string;
  name: string;
}

export interface NoticeView extends NoticeRecord {
  kindLabel: string;
  taskTitle: string;
  milestoneTitle: string | null;
  unitName: string | null;
}

const percent = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

function completionOf(statuses: readonly TaskStatus[]): Completion {
  const n = (s: TaskStatus) => statuses.filter((x) => x === s).length;
  return {
    total: statuses.length,
    done: n('DONE'),
    onTrack: n('ON_TRACK'),
    atRisk: n('AT_RISK'),
    overdue: n('OVERDUE'),
    notStarted: n('NOT_STARTED'),
    completionPercent: percent(n('DONE'), statuses.length),
  };
}

/**
 * Read models of the ledger: rollups of completion (by unit, consortium, district, city-wide),
 * the timetable (时间表, Gantt-like) and the task map (任务图: sub-tasks and dependencies), and the
 * notices (a unit's inbox; the task force's escalations and flags).
 */
@Injectable()
export class LedgerViewsQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly consortia: ConsortiumLookup,
  ) {}

  /**
   * Completion as of a date over the year's top-level tasks (a task with sub-tasks counts once,
   * with the status combined from them). A task counts for its lead unit and each responsible
   * unit; for its consortium; and for its district, or its consortium's districts.
   */
  async rollups(year: number, asOf = shanghaiToday()) {
    const m = this.dataSource.manager;
    const state = await ledgerStateOf(this.repository, m, [year], asOf);
    const top = [...state.tasks.values()].filter((t) => !t.parentId);
    const units = new Map((await this.repository.units(m)).map((u) => [u.id, u.name]));
    const consortiumIds = [...new Set(top.map((t) => t.consortiumId).filter((c): c is string => c !== null))];
    const consortiumNames = await this.consortia.namesOf(consortiumIds);
    const consortiumDistricts = new Map<string, string[]>();
    for (const id of consortiumIds) consortiumDistricts.set(id, (await this.consortia.stateOn(id, asOf))?.districtCodes ?? []);
    const statusOf = (t: TaskRecord) => state.status.get(t.id)!;
    const by = (keys: (t: TaskRecord) => string[], name: (key: string) => string): RollupRow[] => {
      const groups = new Map<string, TaskStatus[]>();
      for (const t of top) for (const k of new Set(keys(t))) groups.set(k, [...(groups.get(k) ?? []), statusOf(t)]);
      return [...groups]
        .map(([id, statuses]) => ({ id, name: name(id), ...completionOf(statuses) }))
        .sort((a, b) => (b.completionPercent ?? 0) - (a.completionPercent ?? 0) || a.name.localeCompare(b.name, 'zh-CN'));
    };
    return {
      year,
      asOf,
      city: completionOf(top.map(statusOf)),
      byUnit: by(
        (t) => [t.leadUnitId, ...t.responsibleUnitIds],
        (id) => units.get(id) ?? id,
      ),
      byConsortium: by(
        (t) => (t.consortiumId ? [t.consortiumId] : []),
        (id) => consortiumNames.get(id) ?? id,
      ),
      byDistrict: by(
        (t) => (t.districtCode ? [t.districtCode] : t.consortiumId ? (consortiumDistricts.get(t.consortiumId) ?? []) : []),
        (code) => districtByCode(code)?.name ?? code,
      ),
    };
  }

  private async visible(
    year: number,
    consortiumId: string | undefined,
    asOf: string,
    actor: Actor,
  ): Promise<{ state: LedgerState; tasks: TaskRecord[]; units: Map<string, string> }> {
    const m = this.dataSource.manager;
    const scope = await ledgerScopeOf(actor, this.repository, m);
    const state = await ledgerStateOf(this.repository, m, [year], asOf);
    const tasks = [...state.tasks.values()].filter((t) => seesTask(scope, t) && (consortiumId === undefined || t.consortiumId === consortiumId));
    return { state, tasks, units: new Map((await this.repository.units(m)).map((u) => [u.id, u.name])) };
  }

  /** 时间表: each task as a bar (start → due) with its milestones as points, in ledger order. */
  async timetable(year: number, consortiumId: string | undefined, asOf: string, actor: Actor) {
    const { state, tasks, units } = await this.visible(year, consortiumId, asOf, actor);
    return {
      year,
      asOf,
      rows: tasks.map((t) => ({
        taskId: t.id,
        parentId: t.parentId,
        seq: t.seq,
        title: t.title,
        leadUnitName: units.get(t.leadUnitId) ?? '',
        startOn: t.startOn,
        dueOn: t.dueOn,
        status: state.status.get(t.id)!,
        statusLabel: TASK_STATUS_LABELS[state.status.get(t.id)!],
        milestones: (state.milestones.get(t.id) ?? []).map((ms) => ({ id: ms.id, title: ms.title, dueOn: ms.dueOn, state: state.milestoneStates.get(ms.id)! })),
      })),
    };
  }

  /** 任务图: tasks as nodes; edges for sub-tasks (parent → child) and dependencies (task → what it depends on). */
  async taskMap(year: number, consortiumId: string | undefined, asOf: string, actor: Actor) {
    const { state, tasks, units } = await this.visible(year, consortiumId, asOf, actor);
    const shown = new Set(tasks.map((t) => t.id));
    return {
      year,
      asOf,
      nodes: tasks.map((t) => ({ id: t.id, title: t.title, leadUnitName: units.get(t.leadUnitId) ?? '', dueOn: t.dueOn, status: state.status.get(t.id)! })),
      edges: [
        ...tasks.filter((t) => t.parentId && shown.has(t.parentId)).map((t) => ({ kind: 'SUBTASK' as const, from: t.parentId!, to: t.id })),
        ...tasks.flatMap((t) => t.dependsOn.filter((d) => shown.has(d)).map((d) => ({ kind: 'DEPENDS_ON' as const, from: t.id, to: d }))),
      ],
    };
  }

  async notices(filter: { unitId?: string | null; kind?: NoticeKind; from?: string; to?: string }): Promise<NoticeView[]> {
    const m = this.dataSource.manager;
    const notices = await this.repository.notices(m, filter);
    const tasks = new Map((await this.repository.tasks(m, { ids: [...new Set(notices.map((n) => n.taskId))] })).map((t) => [t.id, t.title]));
    const milestones = new Map((await this.repository.milestones(m, [...tasks.keys()])).map((ms) => [ms.id, ms.title]));
    const units = new Map((await this.repository.units(m)).map((u) => [u.id, u.name]));
    return notices.map((n) => ({
      ...n,
      kindLabel: NOTICE_KIND_LABELS[n.kind],
      taskTitle: tasks.get(n.taskId) ?? '',
      milestoneTitle: n.milestoneId ? (milestones.get(n.milestoneId) ?? null) : null,
      unitName: n.unitId ? (units.get(n.unitId) ?? null) : null,
    }));
  }
}
