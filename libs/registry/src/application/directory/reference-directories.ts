import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, checkIfMatch, DomainError, normalizeName, OutboxPublisher, PreconditionErrors } from '#platform';
import {
  CityStatisticRecorded,
  type CityStatisticRecordedPayload,
  ReferenceDirectoryImported,
  type ReferenceDirectoryImportedPayload,
} from '../../contracts/events.js';
import { ON_LIST } from '../../domain/consortium.js';
import { DISTRICTS, districtByCode } from '../../domain/districts.js';
import { byColumn, type ColumnSpec, FileProblem, type ImportFormat, mapHeader, type RowError, textCell } from '../../domain/import.js';
import { CITY_STATISTIC_TARGETS_2027, type CityStatistic, DIRECTORY_KIND_TEXT, DIRECTORY_KINDS, type DirectoryKind } from '../../domain/reference-directory.js';
import { usccProblem } from '../../domain/uscc.js';
import { readTable } from '../import/tabular.js';

/** Columns of a directory file (名录): 统一社会信用代码, 单位名称, 名录类型 required; 所在区县 (code or name) optional. */
export const DIRECTORY_FILE: readonly ColumnSpec[] = [
  { key: 'uscc', labels: ['统一社会信用代码', '信用代码'], required: true },
  { key: 'name', labels: ['单位名称', '名称'], required: true },
  { key: 'kind', labels: ['名录类型', '类型'], required: true },
  { key: 'districtCode', labels: ['所在区县', '区县', '区县代码'], required: false },
];

interface DirectoryRow {
  uscc: string;
  name: string;
  kind: DirectoryKind;
  districtCode: string | null;
}

const districtOf = (text: string): string | undefined => districtByCode(text)?.code ?? DISTRICTS.find((d) => d.name === text)?.code;

/** Row errors as one 422, fields named `rows[<row>].<column>` (row 0: the header). */
function directoryProblem(errors: readonly RowError[]): DomainError {
  const label = (key: string) => DIRECTORY_FILE.find((c) => c.key === key)?.labels[0] ?? key;
  return new DomainError(
    'INVALID',
    'DIRECTORY_INVALID',
    `The directory has ${errors.length} problem(s); nothing was imported`,
    errors.slice(0, 100).map((e) => ({
      field: e.field === 'file' ? 'file' : `rows[${e.row}].${e.field}`,
      code: e.code,
      message: e.row === 0 ? e.message : `第 ${e.row} 行“${label(e.field)}”：${e.message}`,
    })),
  );
}

/** Reads a directory file, all rows checked; throws one 422 naming every bad row and column. */
export async function parseDirectory(file: Buffer, format: ImportFormat): Promise<DirectoryRow[]> {
  let table;
  try {
    table = await readTable(file, format);
  } catch (error) {
    if (error instanceof FileProblem)
      throw new DomainError('INVALID', error.code, error.message, [{ field: 'file', code: error.code, message: error.message }]);
    throw error;
  }
  const { columns, errors } = mapHeader(table.header, DIRECTORY_FILE);
  const rows: DirectoryRow[] = [];
  const seen = new Map<string, number>();
  if (errors.length === 0) {
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
        return read.value.normalize('NFC').trim();
      };
      if (typeof cells.uscc === 'number') {
        err('uscc', 'NUMBER_LOST_DIGITS', `统一社会信用代码被 Excel 存成了数字 ${cells.uscc}，位数已丢失：请把该列设为“文本”格式后重新填写`);
        return;
      }
      const uscc = text('uscc').toUpperCase();
      const rawName = text('name');
      const rawKind = text('kind');
      if (uscc === '' && rawName === '' && rawKind === '') return; // blank line
      const problem = usccProblem(uscc);
      if (problem) err('uscc', `USCC_${problem.rule}`, problem.message);
      const name = normalizeName(rawName, { max: 128 });
      if (name.problem) err('name', name.problem, name.message);
      const kind = DIRECTORY_KIND_TEXT[rawKind.normalize('NFKC')] ?? (DIRECTORY_KINDS as readonly string[]).find((k) => k === rawKind.toUpperCase());
      if (!kind) err('kind', 'UNKNOWN_DIRECTORY_KIND', `名录类型应为“重点园区”“高职院校”或“规上企业”，而不是“${rawKind}”`);
      const rawDistrict = cells.districtCode === undefined ? '' : typeof cells.districtCode === 'number' ? String(cells.districtCode) : text('districtCode');
      const districtCode = rawDistrict === '' ? null : (districtOf(rawDistrict) ?? null);
      if (rawDistrict !== '' && districtCode === null) err('districtCode', 'UNKNOWN_DISTRICT', `“${rawDistrict}”不是已知的区县（代码或名称）`);
      if (kind && !problem) {
        const key = `${kind}:${uscc}`;
        if (seen.has(key)) err('uscc', 'DUPLICATE_IN_FILE', `与第 ${seen.get(key)} 行重复`);
        else seen.set(key, row);
      }
      if (kind && name.value) rows.push({ uscc, name: name.value, kind, districtCode });
    });
  }
  if (rows.length === 0 && errors.length === 0) errors.push({ row: 0, field: 'file', code: 'EMPTY_FILE', message: '文件中没有名录单位' });
  if (errors.length > 0) throw directoryProblem(errors);
  return rows;
}

export interface DirectoryImportResult {
  year: number;
  directories: { kind: DirectoryKind; entries: number; replaced: number }[];
}

/**
 * The task force imports the reference directories (名录) of a year: each 名录类型 the file holds
 * replaces that year's directory of the kind (a corrected list is imported again); kinds the file
 * does not hold are kept. All or nothing, synchronous (a directory has hundreds of rows), one
 * transaction with its event and audit row.
 */
@Injectable()
export class ImportDirectoryUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  async execute(file: Buffer, year: number, format: ImportFormat): Promise<DirectoryImportResult> {
    const rows = await parseDirectory(file, format);
    return this.dataSource.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('reference_directory'), $1)`, [year]);
      const directories: DirectoryImportResult['directories'] = [];
      for (const kind of DIRECTORY_KINDS) {
        const of = rows.filter((r) => r.kind === kind);
        if (of.length === 0) continue;
        const [{ n: replaced }]: { n: number }[] = await m.query(
          `WITH d AS (DELETE FROM reference_directory_entry WHERE year = $1 AND kind = $2 RETURNING 1) SELECT count(*)::int AS n FROM d`,
          [year, kind],
        );
        await m.query(
          `INSERT INTO reference_directory_entry (year, kind, uscc, name, district_code)
           SELECT $1, $2, r.uscc, r.name, r.district_code FROM jsonb_to_recordset($3::jsonb) AS r(uscc text, name text, district_code text)`,
          [year, kind, JSON.stringify(of.map((r) => ({ uscc: r.uscc, name: r.name, district_code: r.districtCode })))],
        );
        directories.push({ kind, entries: of.length, replaced });
      }
      const payload: ReferenceDirectoryImportedPayload = { year, directories };
      await this.outbox.publish(m, ReferenceDirectoryImported.of(String(year), payload, []));
      await this.audit.record(m, {
        action: 'registry.reference-directory.import',
        entityType: 'reference-directory',
        entityId: String(year),
        before: null,
        after: { ...payload },
      });
      return { year, directories };
    });
  }
}

export interface DirectoryEntryView {
  kind: DirectoryKind;
  uscc: string;
  name: string;
  districtCode: string | null;
  /** The registered organization of that USCC, when there is one. */
  organizationId: string | null;
}

/** The latest directory year ≤ `year` holding entries of `kind`, or null. */
async function directoryYear(m: EntityManager | DataSource, kind: DirectoryKind, year: number): Promise<number | null> {
  const [row]: { year: number | null }[] = await m.query(`SELECT max(year) AS year FROM reference_directory_entry WHERE kind = $1 AND year <= $2`, [
    kind,
    year,
  ]);
  return row.year;
}

/** Members (valid on `$1`) of a consortium on the list that day: `$2` is ON_LIST. */
const COVERED_SQL = `
  SELECT DISTINCT m.organization_id FROM membership m
    JOIN consortium_period p ON p.consortium_id = m.consortium_id
                            AND daterange(p.valid_from, p.valid_to) @> $1::date AND p.status = ANY($2)
   WHERE daterange(m.valid_from, m.valid_to) @> $1::date`;

export interface DirectoryCoverageFigure {
  kind: DirectoryKind;
  /** The directory counted: the latest year on or before the date's year with entries of the kind. */
  year: number;
  covered: number;
  total: number;
  uncovered: { id: string | null; name: string; uscc: string }[];
}

/**
 * Coverage against the directories: of the directory's units (by USCC), those that are members of
 * a consortium on the list on the day. For the dashboard, its trend, and the district scorecard.
 */
@Injectable()
export class DirectoryCoverage {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One population on a day; null when no directory of the kind exists for the day's year or before. */
  async ofKind(kind: DirectoryKind, asOf: string, uncoveredShown: number): Promise<DirectoryCoverageFigure | null> {
    const year = await directoryYear(this.dataSource, kind, Number(asOf.slice(0, 4)));
    if (year === null) return null;
    const [row]: { total: number; covered: number; uncovered: DirectoryCoverageFigure['uncovered'] }[] = await this.dataSource.query(
      `WITH covered AS (${COVERED_SQL})
       SELECT count(*)::int AS total, count(c.organization_id)::int AS covered,
              coalesce(to_jsonb((array_agg(jsonb_build_object('id', o.id, 'name', e.name, 'uscc', e.uscc) ORDER BY e.name, e.uscc) FILTER (WHERE c.organization_id IS NULL))[1:$5]), '[]') AS uncovered
         FROM reference_directory_entry e
         LEFT JOIN organization o ON o.uscc = e.uscc
         LEFT JOIN covered c ON c.organization_id = o.id
        WHERE e.kind = $3 AND e.year = $4`,
      [asOf, ON_LIST, kind, year, uncoveredShown],
    );
    return { kind, year, covered: row.covered, total: row.total, uncovered: row.uncovered };
  }

  /**
   * Per district, the three directories pooled: covered and total units on the day. A unit's
   * district is the directory's 所在区县, else its registered organization's; units with neither
   * count for no district.
   */
  async byDistrict(asOf: string): Promise<Map<string, { covered: number; total: number }>> {
    const year = Number(asOf.slice(0, 4));
    const years = new Map<DirectoryKind, number>();
    for (const kind of DIRECTORY_KINDS) {
      const y = await directoryYear(this.dataSource, kind, year);
      if (y !== null) years.set(kind, y);
    }
    if (years.size === 0) return new Map();
    const rows: { district_code: string; total: number; covered: number }[] = await this.dataSource.query(
      `WITH covered AS (${COVERED_SQL}),
            chosen AS (SELECT * FROM jsonb_to_recordset($3::jsonb) AS k(kind text, year int))
       SELECT coalesce(e.district_code, o.district_code) AS district_code, count(*)::int AS total, count(c.organization_id)::int AS covered
         FROM reference_directory_entry e
         JOIN chosen k ON k.kind = e.kind AND k.year = e.year
         LEFT JOIN organization o ON o.uscc = e.uscc
         LEFT JOIN covered c ON c.organization_id = o.id
        WHERE coalesce(e.district_code, o.district_code) IS NOT NULL
        GROUP BY 1`,
      [asOf, ON_LIST, JSON.stringify([...years].map(([kind, y]) => ({ kind, year: y })))],
    );
    return new Map(rows.map((r) => [r.district_code, { covered: r.covered, total: r.total }]));
  }
}

@Injectable()
export class ListDirectoryQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(year: number, kind: DirectoryKind | undefined): Promise<{ year: number; items: DirectoryEntryView[] }> {
    const rows: { kind: DirectoryKind; uscc: string; name: string; district_code: string | null; organization_id: string | null }[] =
      await this.dataSource.query(
        `SELECT e.kind, e.uscc, e.name, e.district_code, o.id AS organization_id
         FROM reference_directory_entry e LEFT JOIN organization o ON o.uscc = e.uscc
        WHERE e.year = $1 AND ($2::text IS NULL OR e.kind = $2)
        ORDER BY array_position(ARRAY['KEY_PARKS','HIGHER_VOCATIONAL_COLLEGES','ABOVE_SCALE_FIRMS'], e.kind), e.name, e.uscc`,
        [year, kind ?? null],
      );
    return { year, items: rows.map((r) => ({ kind: r.kind, uscc: r.uscc, name: r.name, districtCode: r.district_code, organizationId: r.organization_id })) };
  }
}

export interface CityStatisticView {
  indicator: CityStatistic;
  year: number;
  value: number;
  source: string;
  reportedOn: string;
  version: number;
}

interface StatisticRow {
  indicator: CityStatistic;
  year: number;
  value: string;
  source: string;
  reported_on: string;
  version: number;
}
const statisticView = (r: StatisticRow): CityStatisticView => ({
  indicator: r.indicator,
  year: r.year,
  value: Number(r.value),
  source: r.source,
  reportedOn: r.reported_on,
  version: r.version,
});
const STATISTIC_SQL = `SELECT indicator, year, value::text AS value, source, to_char(reported_on, 'YYYY-MM-DD') AS reported_on, version FROM city_statistic`;

/**
 * Statistics the task force enters per year (高技能人才占比): one value per indicator and year, with
 * its source and the day it was reported. Entering a year that has a value replaces it and needs
 * its ETag `"v<version>"` (If-Match), the first value none.
 */
@Injectable()
export class CityStatisticsUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxPublisher,
    private readonly audit: AuditRecorder,
  ) {}

  record(
    indicator: CityStatistic,
    year: number,
    c: { value: number; source: string; reportedOn: string },
    ifMatch: string | undefined,
  ): Promise<CityStatisticView> {
    return this.dataSource.transaction(async (m) => {
      const [before]: StatisticRow[] = await m.query(`${STATISTIC_SQL} WHERE indicator = $1 AND year = $2 FOR UPDATE`, [indicator, year]);
      if (before) checkIfMatch(ifMatch, before.version);
      else if (ifMatch !== undefined) throw PreconditionErrors.stale(null);
      const version = (before?.version ?? 0) + 1;
      await m.query(
        `INSERT INTO city_statistic (indicator, year, value, source, reported_on, version) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (indicator, year) DO UPDATE SET value = EXCLUDED.value, source = EXCLUDED.source, reported_on = EXCLUDED.reported_on, version = EXCLUDED.version, updated_at = now()`,
        [indicator, year, c.value, c.source, c.reportedOn, version],
      );
      const [row]: StatisticRow[] = await m.query(`${STATISTIC_SQL} WHERE indicator = $1 AND year = $2`, [indicator, year]);
      const after = statisticView(row);
      const payload: CityStatisticRecordedPayload = { ...after };
      await this.outbox.publish(m, CityStatisticRecorded.of(`${indicator}:${year}`, payload, []));
      await this.audit.record(m, {
        action: 'registry.city-statistic.record',
        entityType: 'city-statistic',
        entityId: `${indicator}:${year}`,
        before: before ? statisticView(before) : null,
        after,
      });
      return after;
    });
  }

  async list(indicator: CityStatistic | undefined): Promise<CityStatisticView[]> {
    const rows: StatisticRow[] = await this.dataSource.query(`${STATISTIC_SQL} WHERE $1::text IS NULL OR indicator = $1 ORDER BY indicator, year`, [
      indicator ?? null,
    ]);
    return rows.map(statisticView);
  }

  /** The latest value of a year on or before `year`, or null. */
  async latest(indicator: CityStatistic, year: number): Promise<CityStatisticView | null> {
    const [row]: StatisticRow[] = await this.dataSource.query(`${STATISTIC_SQL} WHERE indicator = $1 AND year <= $2 ORDER BY year DESC LIMIT 1`, [
      indicator,
      year,
    ]);
    return row ? statisticView(row) : null;
  }
}

/** A statistic against its 2027 target: the latest value of the date's year or before. */
export function statisticProgress(indicator: CityStatistic, latest: CityStatisticView | null) {
  const target = CITY_STATISTIC_TARGETS_2027[indicator];
  if (!latest) return { indicator, target, year: null, value: null, source: null, reportedOn: null, gap: null, met: false };
  const gap = Math.max(0, Math.round((target - latest.value) * 100) / 100);
  return { indicator, target, year: latest.year, value: latest.value, source: latest.source, reportedOn: latest.reportedOn, gap, met: latest.value >= target };
}
