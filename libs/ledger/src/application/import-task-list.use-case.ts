import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, AuditRecorder, DomainError, normalizeName, OutboxPublisher } from '#platform';
import { byColumn, type ColumnSpec, dateCell, FileProblem, mapHeader, readTable, type RowError, textCell } from '#registry';
import { parseTarget, unitKindOf } from '../domain/ledger.js';
import { LedgerRepository } from '../persistence/ledger.repository.js';
import { assertDistrict, LedgerUseCases } from './ledger.use-cases.js';
import { TaskListImported } from '../contracts/index.js';

/** Columns of a task list (任务清单) as the city's lists are written. */
export const TASK_LIST_FILE: readonly ColumnSpec[] = [
  { key: 'seq', labels: ['序号'], required: true },
  { key: 'title', labels: ['任务内容', '任务', '目标任务'], required: true },
  { key: 'lead', labels: ['牵头单位'], required: false },
  { key: 'responsible', labels: ['责任单位', '配合单位'], required: false },
  { key: 'target', labels: ['目标值', '目标'], required: false },
  { key: 'due', labels: ['完成时限', '完成时间', '时限'], required: false },
];

export interface ImportTaskListCommand {
  year: number;
  listName: string;
  districtCode?: string;
  consortiumId?: string;
  format: 'csv' | 'xlsx';
}

export interface ImportTaskListResult {
  listName: string;
  year: number;
  created: number;
  unitsCreated: number;
  taskIds: string[];
}

interface ListRow {
  seq: string;
  title: string;
  lead: string[];
  responsible: string[];
  target: ReturnType<typeof parseTarget>;
  due: string;
}

/** Names in one cell: 、，, ; ； and line breaks separate them. */
const namesIn = (text: string): string[] =>
  text
    .split(/[、，,;；\n]/u)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/**
 * Imports a task list (XLSX or CSV with the headers 序号, 任务内容, 牵头单位, 责任单位, 目标值, 完成时限)
 * into the ledger of a year, all or nothing: a file with any bad row changes nothing and the 422
 * names each row and column. Units not yet in the dictionary are added (kind taken from the name;
 * a district list's units belong to its district). A row with a 责任单位 but no 牵头单位 is led by
 * its first responsible unit; a row without 目标值 has the task itself as its deliverable; without
 * 完成时限 it is due at the end of the year. One milestone ("完成") per task at its due date.
 * **chosen**: synchronous (a list has tens of rows), not a queued job like the registry's imports.
 */
@Injectable()
export class ImportTaskListUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: LedgerRepository,
    private readonly ledger: LedgerUseCases,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(file: Buffer, c: ImportTaskListCommand, actor: Actor): Promise<ImportTaskListResult> {
    if (c.districtCode) assertDistrict(c.districtCode);
    const rows = await this.parse(file, c);
    return this.dataSource.transaction((m) => this.write(m, rows, c, actor));
  }

  /** The same, inside the caller's transaction (the demo data loads the seeds/002 lists this way). */
  async importIn(m: EntityManager, file: Buffer, c: ImportTaskListCommand, actor: Actor): Promise<ImportTaskListResult> {
    return this.write(m, await this.parse(file, c), c, actor);
  }

  private async parse(file: Buffer, c: ImportTaskListCommand): Promise<ListRow[]> {
    let table;
    try {
      table = await readTable(file, c.format);
    } catch (error) {
      if (error instanceof FileProblem)
        throw new DomainError('INVALID', error.code, error.message, [{ field: 'file', code: error.code, message: error.message }]);
      throw error;
    }
    const { columns, errors } = mapHeader(table.header, TASK_LIST_FILE);
    const rows: ListRow[] = [];
    const seen = new Set<string>();
    table.records.forEach((record, i) => {
      const row = i + 1;
      const cells = byColumn(record, columns);
      const err = (field: string, code: string, message: string) => errors.push({ row, field, code, message });
      const text = (key: string) => {
        const read = textCell(cells[key]);
        if (read.error) {
          err(key, read.error.code, read.error.message);
          return '';
        }
        return read.value.normalize('NFC').replace(/\s+/gu, ' ').trim();
      };
      const seq = text('seq');
      const title = text('title');
      if (seq === '' && title === '') return; // blank line
      if (seq === '') err('seq', 'REQUIRED', '序号不能为空');
      else if (seen.has(seq)) err('seq', 'DUPLICATE_SEQ', `序号 ${seq} 重复`);
      seen.add(seq);
      const name = normalizeName(title, { max: 500 });
      if (name.problem) err('title', name.problem, name.message);
      const lead = namesIn(text('lead'));
      const responsible = namesIn(text('responsible'));
      if (lead.length === 0 && responsible.length === 0) err('lead', 'UNIT_REQUIRED', '牵头单位与责任单位至少填写一项');
      if (lead.length > 1) err('lead', 'ONE_LEAD_UNIT', '牵头单位只能有一个');
      const rawTarget = cells.target === undefined || cells.target === null ? null : typeof cells.target === 'number' ? cells.target : text('target');
      const target = parseTarget(rawTarget);
      let due = `${c.year}-12-31`;
      if (cells.due !== undefined && cells.due !== null && !(typeof cells.due === 'string' && cells.due.trim() === '')) {
        const read = dateCell(cells.due, '完成时限');
        if (read.error) err('due', read.error.code, read.error.message);
        else if (read.value < `${c.year}-01-01`) err('due', 'DUE_BEFORE_YEAR', `完成时限 ${read.value} 早于 ${c.year} 年`);
        else due = read.value;
      }
      rows.push({ seq, title: name.value ?? title, lead, responsible, target, due });
    });
    if (rows.length === 0 && errors.length === 0) errors.push({ row: 0, field: 'file', code: 'EMPTY_FILE', message: '文件中没有任务' });
    if (errors.length > 0) throw importProblem(errors);
    return rows;
  }

  private async write(m: EntityManager, rows: readonly ListRow[], c: ImportTaskListCommand, actor: Actor): Promise<ImportTaskListResult> {
    {
      const existing = await m.query<unknown[]>(
        `SELECT 1 FROM ledger_task WHERE year = $1 AND list_name = $2 AND consortium_id IS NOT DISTINCT FROM $3 LIMIT 1`,
        [c.year, c.listName, c.consortiumId ?? null],
      );
      if (existing.length > 0) {
        throw new DomainError('CONFLICT', 'TASK_LIST_ALREADY_IMPORTED', `${c.year} 年的“${c.listName}”已导入`, [
          { field: 'listName', code: 'TASK_LIST_ALREADY_IMPORTED', message: `${c.year} 年的“${c.listName}”已导入` },
        ]);
      }
      let unitsCreated = 0;
      const unitIds = new Map<string, string>();
      for (const name of new Set(rows.flatMap((r) => [...r.lead, ...r.responsible]))) {
        const kind = unitKindOf(name);
        const { id, created } = await this.repository.ensureUnit(m, {
          name,
          kind,
          organizationId: null,
          districtCode: kind === 'DEPARTMENT' ? null : (c.districtCode ?? null),
        });
        unitIds.set(name, id);
        if (created) unitsCreated++;
      }
      const taskIds: string[] = [];
      for (const r of rows) {
        const leadName = r.lead[0] ?? r.responsible[0];
        const target = r.target ?? { kind: 'DELIVERABLE' as const, text: r.title };
        taskIds.push(
          await this.ledger.createTaskIn(
            m,
            {
              year: c.year,
              consortiumId: c.consortiumId ?? null,
              districtCode: c.districtCode ?? null,
              listName: c.listName,
              seq: r.seq,
              title: r.title,
              target:
                target.kind === 'INDICATOR' ? { kind: 'INDICATOR', value: target.value, unit: target.unit } : { kind: 'DELIVERABLE', deliverable: target.text },
              leadUnitId: unitIds.get(leadName)!,
              responsibleUnitIds: r.responsible.map((n) => unitIds.get(n)!),
              dueOn: r.due,
            },
            actor,
            { audit: false },
          ),
        );
      }
      await this.outbox.publish(
        m,
        TaskListImported.of(
          `${c.year}:${c.listName}`,
          { year: c.year, listName: c.listName, consortiumId: c.consortiumId ?? null, tasks: taskIds.length },
          c.districtCode ? [c.districtCode] : [],
        ),
      );
      await this.audit.record(m, {
        action: 'ledger.task-list.import',
        entityType: 'ledger-task-list',
        entityId: `${c.year}:${c.listName}`,
        before: null,
        after: { tasks: taskIds.length, taskIds, unitsCreated },
        actor,
      });
      return { listName: c.listName, year: c.year, created: taskIds.length, unitsCreated, taskIds };
    }
  }
}

/** Row errors as one 422, fields named `rows[<row>].<column>` (row 0: the header). */
function importProblem(errors: readonly RowError[]): DomainError {
  const label = (key: string) => TASK_LIST_FILE.find((col) => col.key === key)?.labels[0] ?? key;
  return new DomainError(
    'INVALID',
    'TASK_LIST_INVALID',
    `The task list has ${errors.length} problem(s); nothing was imported`,
    errors.slice(0, 100).map((e) => ({
      field: e.field === 'file' ? 'file' : `rows[${e.row}].${e.field}`,
      code: e.code,
      message: e.row === 0 ? e.message : `第 ${e.row} 行“${label(e.field)}”：${e.message}`,
    })),
  );
}
