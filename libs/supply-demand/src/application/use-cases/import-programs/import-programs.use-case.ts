import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AuditRecorder, DomainError } from '#platform';
import { byColumn, type ColumnSpec, FileProblem, mapHeader, readTable, type RowError, textCell } from '#registry';
import { PROGRAM_LEVEL_LABELS } from '../../../domain/supply-demand.labels.js';
import { PROGRAM_CODE, PROGRAM_LEVELS, type ProgramLevel } from '../../../domain/supply-demand.js';
import { RegisterProgramUseCase } from '../register-program/register-program.use-case.js';
import type { ProgramInput } from '../register-program/register-program.command.js';
import type { ImportProgramsCommand } from './import-programs.command.js';

/** Columns of a program file (专业布点表) as schools keep them. */
export const PROGRAM_FILE: readonly ColumnSpec[] = [
  { key: 'uscc', labels: ['统一社会信用代码', '学校统一社会信用代码', '信用代码'], required: true },
  { key: 'code', labels: ['专业代码'], required: true },
  { key: 'name', labels: ['专业名称'], required: true },
  { key: 'level', labels: ['办学层次', '层次'], required: true },
  { key: 'year', labels: ['年度', '招生年度'], required: true },
  { key: 'enrolment', labels: ['招生人数', '年招生数'], required: true },
  { key: 'graduates', labels: ['毕业生人数', '毕业生数'], required: true },
  { key: 'clusters', labels: ['服务产业集群', '对接产业集群', '产业集群'], required: false },
];

const LEVEL_OF = new Map<string, ProgramLevel>(PROGRAM_LEVELS.flatMap((l) => [[PROGRAM_LEVEL_LABELS[l].zh, l] as const, [l, l] as const]));
const split = (text: string) =>
  text
    .split(/[、，,;；\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Imports programs from XLSX or CSV (headers 统一社会信用代码, 专业代码, 专业名称, 办学层次, 年度, 招生人数,
 * 毕业生人数, 服务产业集群 — clusters by name or code, separated by 、), all or nothing: any bad row
 * and nothing is written, the 422 naming each row and column. Each row goes through the same
 * checks as a single registration.
 */
@Injectable()
export class ImportProgramsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly register: RegisterProgramUseCase,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(command: ImportProgramsCommand): Promise<{ created: number; programIds: string[] }> {
    let table;
    try {
      table = await readTable(command.file, command.format);
    } catch (error) {
      if (error instanceof FileProblem)
        throw new DomainError('INVALID', error.code, error.message, [{ field: 'file', code: error.code, message: error.message }]);
      throw error;
    }
    const { columns, errors } = mapHeader(table.header, PROGRAM_FILE);
    const m = this.dataSource.manager;
    const orgs = new Map<string, string>(
      (
        await m.query<{ id: string; uscc: string }[]>(`SELECT id, uscc FROM organization WHERE uscc = ANY($1::text[])`, [
          table.records.map((r) => textCell(byColumn(r, columns).uscc).value ?? ''),
        ])
      ).map((o) => [o.uscc, o.id]),
    );
    const clusters = await m.query<{ code: string; name: string }[]>(`SELECT code, name FROM industry_cluster`);
    const clusterOf = new Map(clusters.flatMap((c) => [[c.code, c.code] as const, [c.name, c.code] as const]));
    const rows: { row: number; organizationId: string; program: ProgramInput }[] = [];
    table.records.forEach((record, i) => {
      const row = i + 1;
      const cells = byColumn(record, columns);
      const err = (field: string, code: string, message: string) => errors.push({ row, field, code, message });
      const text = (key: string) => (textCell(cells[key]).value ?? '').normalize('NFC').trim();
      const int = (key: string, label: string) => {
        const v = Number(text(key));
        if (!Number.isInteger(v) || v < 0) err(key, 'NOT_A_COUNT', `${label}应为非负整数`);
        return v;
      };
      if (Object.values(cells).every((c) => c === null || c === undefined || (typeof c === 'string' && c.trim() === ''))) return;
      const organizationId = orgs.get(text('uscc').toUpperCase());
      if (!organizationId) err('uscc', 'ORGANIZATION_NOT_FOUND', `没有统一社会信用代码为 ${text('uscc')} 的单位`);
      const code = text('code');
      if (!PROGRAM_CODE.test(code)) err('code', 'PROGRAM_CODE', `专业代码 ${code} 应为专业目录中的六位代码`);
      const name = text('name');
      if (!name) err('name', 'REQUIRED', '专业名称不能为空');
      const level = LEVEL_OF.get(text('level'));
      if (!level) err('level', 'UNKNOWN_LEVEL', `办学层次应为 ${PROGRAM_LEVELS.map((l) => PROGRAM_LEVEL_LABELS[l].zh).join('、')} 之一`);
      const year = int('year', '年度');
      if (year < 1900 || year > 9999) err('year', 'OUT_OF_RANGE', '年度应在 1900–9999 之间');
      const clusterCodes = split(text('clusters')).map((c) => {
        const found = clusterOf.get(c);
        if (!found) err('clusters', 'UNKNOWN_CLUSTER', `“${c}”不在产业集群字典中`);
        return found ?? c;
      });
      rows.push({
        row,
        organizationId: organizationId ?? '',
        program: {
          code,
          name,
          level: level ?? 'HIGHER_VOCATIONAL',
          year,
          enrolment: int('enrolment', '招生人数'),
          graduates: int('graduates', '毕业生人数'),
          clusterCodes,
        },
      });
    });
    if (rows.length === 0 && errors.length === 0) errors.push({ row: 0, field: 'file', code: 'EMPTY_FILE', message: '文件中没有专业布点' });
    if (errors.length) throw importProblem(errors);
    return this.dataSource.transaction(async (tx) => {
      const programIds: string[] = [];
      for (const r of rows) {
        if (!command.scope.cityWide && !command.scope.organizationIds.includes(r.organizationId))
          throw importProblem([{ row: r.row, field: 'uscc', code: 'SUPPLIER_NOT_YOURS', message: '只能导入本单位的专业布点' }]);
        try {
          programIds.push(await this.register.registerIn(tx, r.organizationId, r.program, `rows[${r.row}]`));
        } catch (error) {
          if (error instanceof DomainError)
            throw importProblem(error.details.map((d) => ({ row: r.row, field: d.field?.split('.').at(-1) ?? 'code', code: d.code, message: d.message })));
          throw error;
        }
      }
      await this.audit.record(tx, {
        action: 'supply-demand.program.import',
        entityType: 'sd-program-import',
        entityId: `${programIds.length}`,
        before: null,
        after: { created: programIds.length, programIds },
        actor: command.actor,
      });
      return { created: programIds.length, programIds };
    });
  }
}

/** Row errors as one 422, fields named `rows[<row>].<column>` (row 0: the header). */
function importProblem(errors: readonly RowError[]): DomainError {
  const label = (key: string) => PROGRAM_FILE.find((c) => c.key === key)?.labels[0] ?? key;
  return new DomainError(
    'INVALID',
    'PROGRAM_FILE_INVALID',
    { en: `The program file has ${errors.length} problem(s); nothing was imported`, zh: `专业布点文件有 ${errors.length} 处错误，未导入任何数据` },
    errors.slice(0, 100).map((e) => ({
      field: e.field === 'file' ? 'file' : `rows[${e.row}].${e.field}`,
      code: e.code,
      message: e.row === 0 ? e.message : `第 ${e.row} 行“${label(e.field)}”：${e.message}`,
    })),
  );
}
