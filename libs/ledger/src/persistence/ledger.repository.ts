import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { NoticeKind, ReportStatus, TargetKind, UnitKind } from '../domain/ledger.js';

export interface UnitRecord {
  id: string;
  name: string;
  kind: UnitKind;
  organizationId: string | null;
  districtCode: string | null;
}

export interface TaskRecord {
  id: string;
  year: number;
  consortiumId: string | null;
  districtCode: string | null;
  parentId: string | null;
  listName: string | null;
  seq: string | null;
  title: string;
  targetKind: TargetKind;
  targetValue: number | null;
  targetUnit: string | null;
  deliverable: string | null;
  leadUnitId: string;
  startOn: string;
  dueOn: string;
  responsibleUnitIds: string[];
  dependsOn: string[];
}

export interface MilestoneRecord {
  id: string;
  taskId: string;
  title: string;
  dueOn: string;
  targetValue: number | null;
}

export interface ReportRecord {
  id: string;
  milestoneId: string;
  taskId: string;
  unitId: string;
  reportedOn: string;
  valueReached: number | null;
  narrative: string;
  evidence: { name: string; url?: string }[];
  done: boolean;
  status: ReportStatus;
  submittedBy: string;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

export interface NoticeRecord {
  id: string;
  kind: NoticeKind;
  taskId: string;
  milestoneId: string | null;
  unitId: string | null;
  noticeOn: string;
  days: number;
  message: string;
  createdAt: Date;
}

export interface TaskFilter {
  year?: number;
  consortiumId?: string | null;
  /** Only tasks whose lead or responsible units include one of these. */
  unitIds?: readonly string[];
  /** Only tasks of these consortia. */
  consortiumIds?: readonly string[];
  ids?: readonly string[];
}

const num = (v: string | null): number | null => (v === null ? null : Number(v));

/*
 * Rows as PostgreSQL returns them through the pg driver: snake_case columns; uuid and text as string,
 * integer as number, numeric and dates cast with ::text as string, timestamptz as Date, jsonb parsed,
 * uuid arrays as string[].
 */

interface IdRow {
  id: string;
}

interface UnitRow {
  id: string;
  name: string;
  kind: UnitKind;
  organization_id: string | null;
  district_code: string | null;
}

interface TaskRow {
  id: string;
  year: number;
  consortium_id: string | null;
  district_code: string | null;
  parent_id: string | null;
  list_name: string | null;
  seq: string | null;
  title: string;
  target_kind: TargetKind;
  /** numeric::text */
  target_value: string | null;
  target_unit: string | null;
  deliverable: string | null;
  lead_unit_id: string;
  /** date::text */
  start_on: string;
  /** date::text */
  due_on: string;
  responsible: string[];
  depends_on: string[];
}

interface MilestoneRow {
  id: string;
  task_id: string;
  title: string;
  /** date::text */
  due_on: string;
  /** numeric::text */
  target_value: string | null;
}

interface ReportRow {
  id: string;
  milestone_id: string;
  task_id: string;
  unit_id: string;
  /** date::text */
  reported_on: string;
  /** numeric::text */
  value_reached: string | null;
  narrative: string;
  /** jsonb */
  evidence: { name: string; url?: string }[];
  done: boolean;
  status: ReportStatus;
  submitted_by: string;
  review_note: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Date;
}

interface DependencyRow {
  task_id: string;
  depends_on_id: string;
}

interface InsertedNoticeRow {
  id: string;
  created_at: Date;
}

interface NoticeRow {
  id: string;
  kind: NoticeKind;
  task_id: string;
  milestone_id: string | null;
  unit_id: string | null;
  /** date::text */
  notice_on: string;
  days: number;
  message: string;
  created_at: Date;
}

const unitOf = (r: UnitRow): UnitRecord => ({ id: r.id, name: r.name, kind: r.kind, organizationId: r.organization_id, districtCode: r.district_code });

const milestoneOf = (r: MilestoneRow): MilestoneRecord => ({ id: r.id, taskId: r.task_id, title: r.title, dueOn: r.due_on, targetValue: num(r.target_value) });

const TASK_SELECT = `
  SELECT t.id, t.year, t.consortium_id, t.district_code, t.parent_id, t.list_name, t.seq, t.title, t.target_kind,
         t.target_value::text, t.target_unit, t.deliverable, t.lead_unit_id, t.start_on::text, t.due_on::text,
         coalesce((SELECT array_agg(u.unit_id ORDER BY u.unit_id) FROM ledger_task_unit u WHERE u.task_id = t.id), '{}') AS responsible,
         coalesce((SELECT array_agg(d.depends_on_id ORDER BY d.depends_on_id) FROM ledger_dependency d WHERE d.task_id = t.id), '{}') AS depends_on
    FROM ledger_task t`;

const taskOf = (r: TaskRow): TaskRecord => ({
  id: r.id,
  year: r.year,
  consortiumId: r.consortium_id,
  districtCode: r.district_code,
  parentId: r.parent_id,
  listName: r.list_name,
  seq: r.seq,
  title: r.title,
  targetKind: r.target_kind,
  targetValue: num(r.target_value),
  targetUnit: r.target_unit,
  deliverable: r.deliverable,
  leadUnitId: r.lead_unit_id,
  startOn: r.start_on,
  dueOn: r.due_on,
  responsibleUnitIds: r.responsible,
  dependsOn: r.depends_on,
});

/** SQL of the ledger's tables; every method takes the manager (the caller's transaction, or the pool). */
@Injectable()
export class LedgerRepository {
  async units(m: EntityManager, ids?: readonly string[]): Promise<UnitRecord[]> {
    const rows = await m.query<UnitRow[]>(
      `SELECT id, name, kind, organization_id, district_code FROM ledger_unit ${ids ? 'WHERE id = ANY($1::uuid[])' : ''} ORDER BY kind, name`,
      ids ? [ids] : [],
    );
    return rows.map(unitOf);
  }

  async unitsByName(m: EntityManager, names: readonly string[]): Promise<Map<string, UnitRecord>> {
    const rows = (await m.query<UnitRow[]>(`SELECT id, name, kind, organization_id, district_code FROM ledger_unit WHERE name = ANY($1::text[])`, [names])).map(
      unitOf,
    );
    return new Map(rows.map((u) => [u.name, u]));
  }

  /** Inserts a unit unless one of the name exists; returns the id either way. */
  async ensureUnit(m: EntityManager, unit: Omit<UnitRecord, 'id'>): Promise<{ id: string; created: boolean }> {
    const inserted = await m.query<IdRow[]>(
      `INSERT INTO ledger_unit (name, kind, organization_id, district_code) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING RETURNING id`,
      [unit.name, unit.kind, unit.organizationId, unit.districtCode],
    );
    if (inserted.length > 0) return { id: inserted[0].id, created: true };
    const [found] = await m.query<IdRow[]>(`SELECT id FROM ledger_unit WHERE name = $1`, [unit.name]);
    return { id: found.id, created: false };
  }

  /** Units a member user acts for: those of its organizations. */
  async unitsOfOrganizations(m: EntityManager, organizationIds: readonly string[]): Promise<string[]> {
    if (organizationIds.length === 0) return [];
    const rows = await m.query<IdRow[]>(`SELECT id FROM ledger_unit WHERE organization_id = ANY($1::uuid[])`, [organizationIds]);
    return rows.map((r) => r.id);
  }

  async insertTask(m: EntityManager, t: Omit<TaskRecord, 'id' | 'dependsOn'>): Promise<string> {
    const [{ id }] = await m.query<IdRow[]>(
      `INSERT INTO ledger_task (year, consortium_id, district_code, parent_id, list_name, seq, title, target_kind, target_value, target_unit, deliverable, lead_unit_id, start_on, due_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
      [
        t.year,
        t.consortiumId,
        t.districtCode,
        t.parentId,
        t.listName,
        t.seq,
        t.title,
        t.targetKind,
        t.targetValue,
        t.targetUnit,
        t.deliverable,
        t.leadUnitId,
        t.startOn,
        t.dueOn,
      ],
    );
    if (t.responsibleUnitIds.length > 0) {
      await m.query(`INSERT INTO ledger_task_unit (task_id, unit_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`, [id, t.responsibleUnitIds]);
    }
    return id;
  }

  async tasks(m: EntityManager, f: TaskFilter = {}): Promise<TaskRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (f.year !== undefined) add('t.year = ?', f.year);
    if (f.consortiumId === null) where.push('t.consortium_id IS NULL');
    else if (f.consortiumId !== undefined) add('t.consortium_id = ?', f.consortiumId);
    if (f.consortiumIds) add('t.consortium_id = ANY(?::uuid[])', f.consortiumIds);
    if (f.ids) add('t.id = ANY(?::uuid[])', f.ids);
    if (f.unitIds) {
      params.push(f.unitIds);
      const p = `$${params.length}::uuid[]`;
      where.push(`(t.lead_unit_id = ANY(${p}) OR EXISTS (SELECT 1 FROM ledger_task_unit u WHERE u.task_id = t.id AND u.unit_id = ANY(${p})))`);
    }
    const rows = await m.query<TaskRow[]>(
      `${TASK_SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY t.year, t.list_name NULLS FIRST, (substring(t.seq from '^\\d+'))::int NULLS LAST, t.seq, t.created_at, t.id`,
      params,
    );
    return rows.map(taskOf);
  }

  async task(m: EntityManager, id: string, lock = false): Promise<TaskRecord | null> {
    if (lock) await m.query(`SELECT 1 FROM ledger_task WHERE id = $1 FOR UPDATE`, [id]);
    const rows = await m.query<TaskRow[]>(`${TASK_SELECT} WHERE t.id = $1`, [id]);
    return rows[0] ? taskOf(rows[0]) : null;
  }

  async insertMilestones(m: EntityManager, taskId: string, milestones: readonly { title: string; dueOn: string; targetValue: number | null }[]): Promise<void> {
    if (milestones.length === 0) return;
    await m.query(
      `INSERT INTO ledger_milestone (task_id, title, due_on, target_value) SELECT $1, t.title, t.due_on, t.target_value FROM unnest($2::text[], $3::date[], $4::numeric[]) AS t(title, due_on, target_value)`,
      [taskId, milestones.map((x) => x.title), milestones.map((x) => x.dueOn), milestones.map((x) => x.targetValue)],
    );
  }

  async milestones(m: EntityManager, taskIds: readonly string[]): Promise<MilestoneRecord[]> {
    const rows = await m.query<MilestoneRow[]>(
      `SELECT id, task_id, title, due_on::text, target_value::text FROM ledger_milestone WHERE task_id = ANY($1::uuid[]) ORDER BY due_on, title`,
      [taskIds],
    );
    return rows.map(milestoneOf);
  }

  async milestone(m: EntityManager, id: string): Promise<MilestoneRecord | null> {
    const rows = await m.query<MilestoneRow[]>(`SELECT id, task_id, title, due_on::text, target_value::text FROM ledger_milestone WHERE id = $1`, [id]);
    return rows.map(milestoneOf)[0] ?? null;
  }

  /** Every open milestone (no accepted or pending "done" report) of every task, with its task. */
  async openMilestones(m: EntityManager, asOf: string): Promise<MilestoneRecord[]> {
    const rows = await m.query<MilestoneRow[]>(
      `SELECT ms.id, ms.task_id, ms.title, ms.due_on::text, ms.target_value::text FROM ledger_milestone ms
        WHERE NOT EXISTS (SELECT 1 FROM ledger_report r WHERE r.milestone_id = ms.id AND r.done AND r.status <> 'RETURNED' AND r.reported_on <= $1)
        ORDER BY ms.due_on, ms.id`,
      [asOf],
    );
    return rows.map(milestoneOf);
  }

  async insertReport(m: EntityManager, r: Omit<ReportRecord, 'id' | 'status' | 'reviewNote' | 'reviewedBy' | 'reviewedAt' | 'createdAt'>): Promise<string> {
    const [{ id }] = await m.query<IdRow[]>(
      `INSERT INTO ledger_report (milestone_id, task_id, unit_id, reported_on, value_reached, narrative, evidence, done, submitted_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [r.milestoneId, r.taskId, r.unitId, r.reportedOn, r.valueReached, r.narrative, JSON.stringify(r.evidence), r.done, r.submittedBy],
    );
    return id;
  }

  async reports(m: EntityManager, filter: { taskIds?: readonly string[]; id?: string }, lock = false): Promise<ReportRecord[]> {
    const rows = await m.query<ReportRow[]>(
      `SELECT id, milestone_id, task_id, unit_id, reported_on::text, value_reached::text, narrative, evidence, done, status, submitted_by, review_note, reviewed_by, reviewed_at, created_at
         FROM ledger_report WHERE ${filter.id ? 'id = $1' : 'task_id = ANY($1::uuid[])'} ORDER BY reported_on, created_at ${lock ? 'FOR UPDATE' : ''}`,
      [filter.id ?? filter.taskIds],
    );
    return rows.map((r) => ({
      id: r.id,
      milestoneId: r.milestone_id,
      taskId: r.task_id,
      unitId: r.unit_id,
      reportedOn: r.reported_on,
      valueReached: num(r.value_reached),
      narrative: r.narrative,
      evidence: r.evidence,
      done: r.done,
      status: r.status,
      submittedBy: r.submitted_by,
      reviewNote: r.review_note,
      reviewedBy: r.reviewed_by,
      reviewedAt: r.reviewed_at,
      createdAt: r.created_at,
    }));
  }

  async review(m: EntityManager, id: string, status: ReportStatus, note: string | null, by: string): Promise<void> {
    await m.query(`UPDATE ledger_report SET status = $2, review_note = $3, reviewed_by = $4, reviewed_at = now() WHERE id = $1`, [id, status, note, by]);
  }

  async dependencyEdges(m: EntityManager): Promise<Map<string, string[]>> {
    const rows = await m.query<DependencyRow[]>(`SELECT task_id, depends_on_id FROM ledger_dependency`);
    const edges = new Map<string, string[]>();
    for (const r of rows) edges.set(r.task_id, [...(edges.get(r.task_id) ?? []), r.depends_on_id]);
    return edges;
  }

  async addDependency(m: EntityManager, taskId: string, dependsOnId: string): Promise<boolean> {
    const rows = await m.query<Pick<DependencyRow, 'task_id'>[]>(
      `INSERT INTO ledger_dependency (task_id, depends_on_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING task_id`,
      [taskId, dependsOnId],
    );
    return rows.length > 0;
  }

  /** Inserts a notice unless the same one (kind, milestone, unit, day) exists; returns it when new. */
  async insertNotice(m: EntityManager, n: Omit<NoticeRecord, 'id' | 'createdAt'>): Promise<NoticeRecord | null> {
    const rows = await m.query<InsertedNoticeRow[]>(
      `INSERT INTO ledger_notice (kind, task_id, milestone_id, unit_id, notice_on, days, message) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT ON CONSTRAINT uq_ledger_notice_day DO NOTHING RETURNING id, created_at`,
      [n.kind, n.taskId, n.milestoneId, n.unitId, n.noticeOn, n.days, n.message],
    );
    return rows[0] ? { ...n, id: rows[0].id, createdAt: rows[0].created_at } : null;
  }

  /** Notices of a kind for milestones (and units), up to a day: what supervision already said. */
  async noticesFor(m: EntityManager, kind: NoticeKind, milestoneIds: readonly string[], upTo: string): Promise<NoticeRecord[]> {
    if (milestoneIds.length === 0) return [];
    const rows = await m.query<NoticeRow[]>(
      `SELECT id, kind, task_id, milestone_id, unit_id, notice_on::text, days, message, created_at FROM ledger_notice
        WHERE kind = $1 AND milestone_id = ANY($2::uuid[]) AND notice_on <= $3`,
      [kind, milestoneIds, upTo],
    );
    return rows.map(noticeOf);
  }

  async notices(
    m: EntityManager,
    filter: { unitId?: string | null; kind?: NoticeKind; from?: string; to?: string; taskIds?: readonly string[] },
  ): Promise<NoticeRecord[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.unitId === null) where.push('unit_id IS NULL');
    else if (filter.unitId !== undefined) add('unit_id = ?', filter.unitId);
    if (filter.kind) add('kind = ?', filter.kind);
    if (filter.from) add('notice_on >= ?', filter.from);
    if (filter.to) add('notice_on <= ?', filter.to);
    if (filter.taskIds) add('task_id = ANY(?::uuid[])', filter.taskIds);
    const rows = await m.query<NoticeRow[]>(
      `SELECT id, kind, task_id, milestone_id, unit_id, notice_on::text, days, message, created_at FROM ledger_notice ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY notice_on DESC, created_at DESC, id LIMIT 1000`,
      params,
    );
    return rows.map(noticeOf);
  }
}

const noticeOf = (r: NoticeRow): NoticeRecord => ({
  id: r.id,
  kind: r.kind,
  taskId: r.task_id,
  milestoneId: r.milestone_id,
  unitId: r.unit_id,
  noticeOn: r.notice_on,
  days: r.days,
  message: r.message,
  createdAt: r.created_at,
});
