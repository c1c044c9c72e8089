import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, DomainError, hasRole, OutboxPublisher } from '#platform';
import { ConsortiumLookup, districtByCode } from '#registry';
import { cycleThrough, LedgerErrors, milestoneState, ownStatus, shanghaiToday, type TargetKind, type TaskStatus, type UnitKind } from '../domain/ledger.js';
import { LedgerRepository, type MilestoneRecord, type ReportRecord, type TaskRecord, type UnitRecord } from '../persistence/ledger.repository.js';
import { ledgerStateOf } from './ledger-state.js';
import { actorLabel, ledgerScopeOf, type LedgerScope, seesTask } from './ledger-scope.js';
import { DependencyAdded, MilestoneAdded, REPORT_REVIEWED_EVENTS, ReportSubmitted, TaskCreated, UnitCreated } from '../contracts/index.js';

export interface CreateTaskCommand {
  year: number;
  consortiumId?: string | null;
  districtCode?: string | null;
  parentId?: string | null;
  listName?: string | null;
  seq?: string | null;
  title: string;
  target: { kind: TargetKind; value?: number | null; unit?: string | null; deliverable?: string | null };
  leadUnitId: string;
  responsibleUnitIds: readonly string[];
  startOn?: string;
  dueOn: string;
  milestones?: readonly { title: string; dueOn: string; targetValue?: number | null }[];
  dependsOn?: readonly string[];
}

export interface SubmitReportCommand {
  unitId: string;
  reportedOn?: string;
  valueReached?: number | null;
  narrative: string;
  evidence?: readonly { name: string; url?: string }[];
  done: boolean;
}

export interface MilestoneView extends MilestoneRecord {
  state: string;
  reports: ReportView[];
}

export interface ReportView extends ReportRecord {
  unitName: string;
}

export interface TaskView extends Omit<TaskRecord, 'responsibleUnitIds' | 'dependsOn'> {
  leadUnit: { id: string; name: string };
  responsibleUnits: { id: string; name: string }[];
  dependsOn: { id: string; title: string; status: TaskStatus }[];
  subTaskIds: string[];
  status: TaskStatus;
  asOf: string;
  /** The latest value reached (accepted or pending reports), and its share of the target in per cent (one decimal). */
  valueReached: number | null;
  progressPercent: number | null;
  milestones: MilestoneView[];
}

/** The districts an event about a task concerns: its own, or its consortium's. */
export async function districtsOfTask(lookup: ConsortiumLookup, task: Pick<TaskRecord, 'districtCode' | 'consortiumId'>): Promise<string[]> {
  const codes = task.districtCode ? [task.districtCode] : [];
  if (task.consortiumId) codes.push(...((await lookup.stateOn(task.consortiumId, shanghaiToday()))?.districtCodes ?? []));
  return codes;
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** A district code must be one the platform knows (GB/T 2260), else 422 naming `districtCode`. */
export function assertDistrict(code: string): void {
  if (!districtByCode(code)) throw LedgerErrors.invalid('districtCode', 'UNKNOWN_DISTRICT', `${code} 不是已知的区县代码（GB/T 2260）`);
}

/**
 * The ledger (工作台账): units, target tasks with milestones, sub-tasks and dependencies, progress
 * reports and their review. Every write commits with its outbox event and audit row.
 */
@Injectable()
export class LedgerUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
    private readonly consortia: ConsortiumLookup,
  ) {}

  listUnits(): Promise<UnitRecord[]> {
    return this.repository.units(this.dataSource.manager);
  }

  createUnit(command: { name: string; kind: UnitKind; organizationId?: string | null; districtCode?: string | null }, actor: Actor): Promise<UnitRecord> {
    if (command.districtCode) assertDistrict(command.districtCode);
    return this.dataSource.transaction(async (m) => {
      const unit = { name: command.name, kind: command.kind, organizationId: command.organizationId ?? null, districtCode: command.districtCode ?? null };
      const { id, created } = await this.repository.ensureUnit(m, unit);
      if (!created) throw LedgerErrors.unitExists(command.name);
      await this.outbox.publish(m, UnitCreated.of(id, { id, ...unit }, unit.districtCode ? [unit.districtCode] : []));
      await this.audit.record(m, { action: 'ledger.unit.create', entityType: 'ledger-unit', entityId: id, before: null, after: unit, actor });
      return { id, ...unit };
    });
  }

  /**
   * Creates a task (in the caller's transaction): checks units, parent and dependencies. `audit:
   * false` when the caller writes one audit row for the whole change (a task-list import).
   */
  async createTaskIn(m: EntityManager, c: CreateTaskCommand, actor: Actor, { audit = true }: { audit?: boolean } = {}): Promise<string> {
    if (c.districtCode) assertDistrict(c.districtCode);
    const startOn = c.startOn ?? `${c.year}-01-01`;
    if (c.dueOn < startOn) throw LedgerErrors.invalid('dueOn', 'DUE_BEFORE_START', `完成时限 ${c.dueOn} 早于开始日期 ${startOn}`);
    if (c.target.kind === 'INDICATOR' && (c.target.value === null || c.target.value === undefined))
      throw LedgerErrors.invalid('target.value', 'TARGET_VALUE_REQUIRED', '指标类目标须填写目标值');
    if (c.target.kind === 'DELIVERABLE' && !c.target.deliverable)
      throw LedgerErrors.invalid('target.deliverable', 'DELIVERABLE_REQUIRED', '成果类目标须写明交付成果');
    const unitIds = [c.leadUnitId, ...c.responsibleUnitIds];
    const known = new Set((await this.repository.units(m, unitIds)).map((u) => u.id));
    if (!known.has(c.leadUnitId)) throw LedgerErrors.unitNotFound('leadUnitId');
    c.responsibleUnitIds.forEach((id, i) => {
      if (!known.has(id)) throw LedgerErrors.unitNotFound(`responsibleUnitIds[${i}]`);
    });
    if (c.consortiumId && !(await this.consortia.stateOn(c.consortiumId, shanghaiToday())))
      throw LedgerErrors.invalid('consortiumId', 'CONSORTIUM_NOT_FOUND', '没有这个联合体');
    if (c.parentId) {
      const parent = await this.repository.task(m, c.parentId);
      if (!parent) throw LedgerErrors.taskNotFound('parentId');
      if (parent.year !== c.year) throw LedgerErrors.invalid('parentId', 'PARENT_OTHER_YEAR', `上级任务属于 ${parent.year} 年台账`);
    }
    const milestones = (c.milestones?.length ? c.milestones : [{ title: '完成', dueOn: c.dueOn, targetValue: c.target.value ?? null }]).map((x) => ({
      ...x,
      targetValue: x.targetValue ?? null,
    }));
    milestones.forEach((x, i) => {
      if (x.dueOn < startOn || x.dueOn > c.dueOn)
        throw LedgerErrors.invalid(`milestones[${i}].dueOn`, 'MILESTONE_OUTSIDE_TASK', `节点时限须在 ${startOn} 至 ${c.dueOn} 之间`);
    });
    if (new Set(milestones.map((x) => x.title)).size !== milestones.length) throw LedgerErrors.invalid('milestones', 'DUPLICATE_MILESTONE', '节点名称重复');
    const task = {
      year: c.year,
      consortiumId: c.consortiumId ?? null,
      districtCode: c.districtCode ?? null,
      parentId: c.parentId ?? null,
      listName: c.listName ?? null,
      seq: c.seq ?? null,
      title: c.title,
      targetKind: c.target.kind,
      targetValue: c.target.kind === 'INDICATOR' ? c.target.value! : null,
      targetUnit: c.target.unit ?? null,
      deliverable: c.target.kind === 'DELIVERABLE' ? c.target.deliverable! : (c.target.deliverable ?? null),
      leadUnitId: c.leadUnitId,
      responsibleUnitIds: [...new Set(c.responsibleUnitIds)],
      startOn,
      dueOn: c.dueOn,
    };
    const id = await this.repository.insertTask(m, task);
    await this.repository.insertMilestones(m, id, milestones);
    for (const [i, dep] of (c.dependsOn ?? []).entries()) {
      const other = await this.repository.task(m, dep);
      if (!other) throw LedgerErrors.taskNotFound(`dependsOn[${i}]`);
      await this.repository.addDependency(m, id, dep);
    }
    await this.outbox.publish(
      m,
      TaskCreated.of(
        id,
        {
          id,
          year: task.year,
          title: task.title,
          consortiumId: task.consortiumId,
          leadUnitId: task.leadUnitId,
          dueOn: task.dueOn,
          listName: task.listName,
          seq: task.seq,
        },
        await districtsOfTask(this.consortia, task),
      ),
    );
    if (audit)
      await this.audit.record(m, {
        action: 'ledger.task.create',
        entityType: 'ledger-task',
        entityId: id,
        before: null,
        after: { ...task, milestones, dependsOn: c.dependsOn ?? [] },
        actor,
      });
    return id;
  }

  async createTask(c: CreateTaskCommand, actor: Actor): Promise<TaskView> {
    const id = await this.dataSource.transaction((m) => this.createTaskIn(m, c, actor));
    return this.get(id, actor);
  }

  async addMilestone(taskId: string, c: { title: string; dueOn: string; targetValue?: number | null }, actor: Actor): Promise<TaskView> {
    await this.dataSource.transaction(async (m) => {
      const task = await this.repository.task(m, taskId, true);
      if (!task) throw LedgerErrors.taskNotFound();
      if (c.dueOn < task.startOn || c.dueOn > task.dueOn)
        throw LedgerErrors.invalid('dueOn', 'MILESTONE_OUTSIDE_TASK', `节点时限须在 ${task.startOn} 至 ${task.dueOn} 之间`);
      if ((await this.repository.milestones(m, [taskId])).some((x) => x.title === c.title))
        throw LedgerErrors.invalid('title', 'DUPLICATE_MILESTONE', `本任务已有节点“${c.title}”`);
      await this.repository.insertMilestones(m, taskId, [{ title: c.title, dueOn: c.dueOn, targetValue: c.targetValue ?? null }]);
      await this.outbox.publish(m, MilestoneAdded.of(taskId, { taskId, title: c.title, dueOn: c.dueOn }, await districtsOfTask(this.consortia, task)));
      await this.audit.record(m, { action: 'ledger.milestone.add', entityType: 'ledger-task', entityId: taskId, before: null, after: c, actor });
    });
    return this.get(taskId, actor);
  }

  /** "taskId depends on dependsOnId": refused (422 naming the cycle) when it would close a cycle. */
  async addDependency(taskId: string, dependsOnId: string, actor: Actor): Promise<TaskView> {
    await this.dataSource.transaction(async (m) => {
      // One writer of the dependency graph at a time: two edges added concurrently cannot close a cycle unseen.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('ledger_dependency'))`);
      const task = await this.repository.task(m, taskId);
      if (!task) throw LedgerErrors.taskNotFound();
      const other = await this.repository.task(m, dependsOnId);
      if (!other) throw LedgerErrors.taskNotFound('dependsOnId');
      const cycle = cycleThrough(await this.repository.dependencyEdges(m), taskId, dependsOnId);
      if (cycle) {
        const titles = new Map((await this.repository.tasks(m, { ids: cycle })).map((t) => [t.id, t.title]));
        throw LedgerErrors.cycle(cycle.map((id) => titles.get(id) ?? id));
      }
      if (!(await this.repository.addDependency(m, taskId, dependsOnId))) return;
      await this.outbox.publish(
        m,
        DependencyAdded.of(taskId, { taskId, dependsOnId, title: task.title, dependsOnTitle: other.title }, await districtsOfTask(this.consortia, task)),
      );
      await this.audit.record(m, { action: 'ledger.dependency.add', entityType: 'ledger-task', entityId: taskId, before: null, after: { dependsOnId }, actor });
    });
    return this.get(taskId, actor);
  }

  async list(filter: { year: number; consortiumId?: string; asOf?: string; status?: TaskStatus }, actor: Actor): Promise<TaskView[]> {
    const asOf = filter.asOf ?? shanghaiToday();
    const m = this.dataSource.manager;
    const scope = await ledgerScopeOf(actor, this.repository, m);
    const state = await ledgerStateOf(this.repository, m, [filter.year], asOf);
    const units = new Map((await this.repository.units(m)).map((u) => [u.id, u.name]));
    return [...state.tasks.values()]
      .filter((t) => seesTask(scope, t) && (filter.consortiumId === undefined || t.consortiumId === filter.consortiumId))
      .map((t) => this.view(t, state, units, asOf))
      .filter((v) => !filter.status || v.status === filter.status);
  }

  async get(id: string, actor: Actor, asOf = shanghaiToday()): Promise<TaskView> {
    const m = this.dataSource.manager;
    const task = await this.repository.task(m, id);
    const scope = await ledgerScopeOf(actor, this.repository, m);
    if (!task || !seesTask(scope, task)) throw LedgerErrors.taskNotFound();
    const state = await ledgerStateOf(this.repository, m, [task.year], asOf);
    const units = new Map((await this.repository.units(m)).map((u) => [u.id, u.name]));
    return this.view(state.tasks.get(id)!, state, units, asOf);
  }

  private view(t: TaskRecord, state: Awaited<ReturnType<typeof ledgerStateOf>>, units: Map<string, string>, asOf: string): TaskView {
    const reports = (state.reports.get(t.id) ?? []).filter((r) => r.reportedOn <= asOf);
    const counted = reports.filter((r) => r.status !== 'RETURNED' && r.valueReached !== null);
    const valueReached = counted.length ? counted[counted.length - 1].valueReached : null;
    const { responsibleUnitIds, dependsOn, ...rest } = t;
    return {
      ...rest,
      leadUnit: { id: t.leadUnitId, name: units.get(t.leadUnitId) ?? '' },
      responsibleUnits: responsibleUnitIds.map((id) => ({ id, name: units.get(id) ?? '' })),
      dependsOn: dependsOn.map((id) => ({ id, title: state.tasks.get(id)?.title ?? '', status: state.status.get(id) ?? 'NOT_STARTED' })),
      subTaskIds: state.children.get(t.id) ?? [],
      status: state.status.get(t.id)!,
      asOf,
      valueReached,
      progressPercent:
        state.status.get(t.id) === 'DONE' ? 100 : valueReached !== null && t.targetValue ? round1(Math.min(100, (valueReached / t.targetValue) * 100)) : null,
      milestones: (state.milestones.get(t.id) ?? []).map((ms) => ({
        ...ms,
        state: state.milestoneStates.get(ms.id)!,
        reports: reports.filter((r) => r.milestoneId === ms.id).map((r) => ({ ...r, unitName: units.get(r.unitId) ?? '' })),
      })),
    };
  }

  /** A progress report (进展报送) on a milestone by one of the task's units. */
  async submitReport(milestoneId: string, c: SubmitReportCommand, actor: Actor): Promise<ReportView> {
    const id = await this.dataSource.transaction(async (m) => {
      const milestone = await this.repository.milestone(m, milestoneId);
      const task = milestone ? await this.repository.task(m, milestone.taskId, true) : null;
      const scope = await ledgerScopeOf(actor, this.repository, m);
      if (!milestone || !task || !seesTask(scope, task)) throw LedgerErrors.milestoneNotFound();
      if (!scope.all && !scope.unitIds.includes(c.unitId)) {
        throw new DomainError('FORBIDDEN', 'NOT_YOUR_UNIT', 'You may report for your own unit only', [
          { field: 'unitId', code: 'NOT_YOUR_UNIT', message: '只能报送本单位的进展' },
        ]);
      }
      if (c.unitId !== task.leadUnitId && !task.responsibleUnitIds.includes(c.unitId)) throw LedgerErrors.notResponsible();
      const today = shanghaiToday();
      const reportedOn = c.reportedOn ?? today;
      if (reportedOn > today) throw LedgerErrors.invalid('reportedOn', 'REPORTED_ON_IN_FUTURE', `报送日期 ${reportedOn} 晚于今天 ${today}`);
      if (reportedOn < task.startOn) throw LedgerErrors.invalid('reportedOn', 'REPORTED_ON_BEFORE_START', `报送日期早于任务开始日期 ${task.startOn}`);
      const reports = await this.repository.reports(m, { taskIds: [task.id] });
      if (milestoneState(milestone, reports, '9999-12-31') === 'MET') {
        throw new DomainError('CONFLICT', 'MILESTONE_ALREADY_MET', 'The milestone was accepted as met already', [
          { field: 'milestoneId', code: 'MILESTONE_ALREADY_MET', message: '该节点已验收完成' },
        ]);
      }
      const record = {
        milestoneId,
        taskId: task.id,
        unitId: c.unitId,
        reportedOn,
        valueReached: c.valueReached ?? null,
        narrative: c.narrative,
        evidence: (c.evidence ?? []).map((e) => ({ name: e.name, ...(e.url ? { url: e.url } : {}) })),
        done: c.done,
        submittedBy: actorLabel(actor),
      };
      const id = await this.repository.insertReport(m, record);
      await this.outbox.publish(
        m,
        ReportSubmitted.of(
          id,
          {
            id,
            taskId: task.id,
            taskTitle: task.title,
            milestoneId,
            milestoneTitle: milestone.title,
            unitId: c.unitId,
            reportedOn,
            valueReached: record.valueReached,
            done: c.done,
          },
          await districtsOfTask(this.consortia, task),
        ),
      );
      await this.audit.record(m, { action: 'ledger.report.submit', entityType: 'ledger-report', entityId: id, before: null, after: record, actor });
      return id;
    });
    return this.report(id);
  }

  private async report(id: string): Promise<ReportView> {
    const [r] = await this.repository.reports(this.dataSource.manager, { id });
    const [unit] = await this.repository.units(this.dataSource.manager, [r.unitId]);
    return { ...r, unitName: unit.name };
  }

  /**
   * The task force accepts or returns a report. Accepting the report that completes a task is
   * refused while a task it depends on, or one of its sub-tasks, is not done on that date.
   */
  async review(reportId: string, c: { outcome: 'ACCEPT' | 'RETURN'; note?: string }, actor: Actor): Promise<ReportView> {
    await this.dataSource.transaction(async (m) => {
      const [report] = await this.repository.reports(m, { id: reportId }, true);
      if (!report) throw LedgerErrors.reportNotFound();
      if (report.status !== 'SUBMITTED') throw LedgerErrors.reviewed(report.status);
      if (c.outcome === 'RETURN' && !c.note) throw LedgerErrors.invalid('note', 'NOTE_REQUIRED', '退回须写明原因');
      const task = (await this.repository.task(m, report.taskId, true))!;
      if (c.outcome === 'ACCEPT' && report.done) {
        const milestones = await this.repository.milestones(m, [task.id]);
        const reports = (await this.repository.reports(m, { taskIds: [task.id] })).map((r) => (r.id === reportId ? { ...r, status: 'ACCEPTED' as const } : r));
        if (ownStatus(milestones, reports, report.reportedOn) === 'DONE') {
          const state = await ledgerStateOf(this.repository, m, [task.year], report.reportedOn);
          const open = (ids: readonly string[]) => ids.filter((id) => state.status.get(id) !== 'DONE').map((id) => state.tasks.get(id)?.title ?? id);
          const deps = open(task.dependsOn);
          if (deps.length > 0) throw LedgerErrors.dependencyNotDone(deps);
          const subs = open(state.children.get(task.id) ?? []);
          if (subs.length > 0) throw LedgerErrors.subtasksNotDone(subs);
        }
      }
      const status = c.outcome === 'ACCEPT' ? 'ACCEPTED' : 'RETURNED';
      await this.repository.review(m, reportId, status, c.note ?? null, actorLabel(actor));
      await this.outbox.publish(
        m,
        REPORT_REVIEWED_EVENTS[status].of(
          reportId,
          { id: reportId, taskId: task.id, taskTitle: task.title, milestoneId: report.milestoneId, unitId: report.unitId, note: c.note ?? null },
          await districtsOfTask(this.consortia, task),
        ),
      );
      await this.audit.record(m, {
        action: 'ledger.report.review',
        entityType: 'ledger-report',
        entityId: reportId,
        before: { status: report.status },
        after: { status, note: c.note ?? null },
        actor,
      });
    });
    return this.report(reportId);
  }

  /** The scope check routes that name a unit use: the task force and admins, or the unit's own staff. */
  async assertUnitVisible(unitId: string, actor: Actor): Promise<UnitRecord> {
    const m = this.dataSource.manager;
    const [unit] = await this.repository.units(m, [unitId]);
    if (!unit) throw LedgerErrors.unitUnknown();
    if (hasRole(actor, 'admin', 'taskforce')) return unit;
    const scope: LedgerScope = await ledgerScopeOf(actor, this.repository, m);
    if (!scope.unitIds.includes(unitId)) throw LedgerErrors.unitUnknown();
    return unit;
  }
}
