import { normalizeName } from '#platform';
import { isIsoDate } from './dates.js';
import { DISTRICTS, districtByCode } from './districts.js';
import { MEMBERSHIP_ROLES, type MembershipRole } from './membership.js';
import {
  attributeProblem,
  ENTERPRISE_SIZES,
  INTEGRATION_LEVELS,
  NO_ATTRIBUTES,
  ORGANIZATION_TYPES,
  type OrganizationAttributes,
  type OrganizationType,
  PARK_LEVELS,
  SCHOOL_LEVELS,
} from './organization.js';
import { usccProblem } from './uscc.js';

export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'REJECTED' | 'FAILED';
export const IMPORT_KINDS = ['organizations', 'memberships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** One problem of one row: `row` counts data rows from 1 (row 0 is the header, or with field `file` the file as a whole). */
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/**
 * One cell as the file holds it: a CSV gives text; an XLSX gives each cell by its type (text,
 * number, boolean, a date — exceljs gives Excel's local wall date as that day at 00:00 UTC — or
 * an error value such as `#N/A`). `null` is an empty cell.
 */
export type Cell = string | number | boolean | Date | { error: string } | null;

/** Codes of a file that cannot be read at all: the import is REJECTED at once and never retried. */
export type FileProblemCode = 'FILE_FORMAT_MISMATCH' | 'FILE_ENCODING_UNSUPPORTED' | 'FILE_NOT_TEXT' | 'CSV_MALFORMED' | 'XLSX_MALFORMED';

/** The file as a whole cannot be read: a stable code and a message for the person who saved it. */
export class FileProblem extends Error {
  override readonly name = 'FileProblem';
  constructor(
    readonly code: FileProblemCode,
    message: string,
  ) {
    super(message);
  }
}

/** A column of an import file: its key (the English header, as exports write it) and the Chinese headers users write. */
export interface ColumnSpec {
  key: string;
  labels: readonly string[];
  required: boolean;
}

const column = (key: string, required: boolean, ...labels: string[]): ColumnSpec => ({ key, labels, required });

const USCC_COLUMN = column('uscc', true, '统一社会信用代码', '社会信用代码', '信用代码');

/** Columns of an organizations file: the four first are required; every attribute of the organization may follow. */
export const ORGANIZATION_FILE: readonly ColumnSpec[] = [
  USCC_COLUMN,
  column('name', true, '单位名称', '名称', '机构名称'),
  column('type', true, '单位类型', '类型', '机构类型'),
  column('districtCode', true, '所在区县', '区县', '区县代码', '所在区县代码', '行政区划代码'),
  column('schoolLevel', false, '办学层次', '学校层次'),
  column('enterpriseSize', false, '企业规模'),
  column('isChainLeader', false, '链主企业', '是否链主企业'),
  column('isAboveScale', false, '规上企业', '是否规上企业', '规上'),
  column('integrationLevel', false, '产教融合型企业', '产教融合型企业等级'),
  column('parkLevel', false, '园区级别', '园区等级'),
  column('isKeyPark', false, '重点园区', '是否重点园区'),
];

/** The headers an organizations export writes, in this order (every column, so an export re-imports as it is). */
export const ORGANIZATION_COLUMNS = ORGANIZATION_FILE.map((c) => c.key);

/** Columns of a memberships file (a membership export has these and more; extra columns are ignored). */
export const MEMBERSHIP_FILE: readonly ColumnSpec[] = [
  column('consortiumId', true, '联合体ID', '联合体编号', '联合体标识'),
  USCC_COLUMN,
  column('role', true, '角色', '成员角色', '成员类别'),
  column('validFrom', true, '生效日期', '加入日期', '起始日期', '开始日期'),
];
export const MEMBERSHIP_COLUMNS = ['consortiumId', 'uscc', 'role', 'validFrom'] as const;

/** Chinese labels users write for code values; the codes themselves are accepted in any case. */
const TYPE_LABELS: Record<string, OrganizationType> = {
  学校: 'SCHOOL',
  院校: 'SCHOOL',
  企业: 'ENTERPRISE',
  园区: 'PARK',
  产业园区: 'PARK',
  科研院所: 'RESEARCH_INSTITUTE',
  科研机构: 'RESEARCH_INSTITUTE',
  行业协会: 'INDUSTRY_ASSOCIATION',
  行业组织: 'INDUSTRY_ASSOCIATION',
  政府部门: 'GOVERNMENT_AGENCY',
  政府机关: 'GOVERNMENT_AGENCY',
  政府: 'GOVERNMENT_AGENCY',
  其他: 'OTHER',
};
const SCHOOL_LEVEL_LABELS: Record<string, string> = {
  中职: 'SECONDARY_VOCATIONAL',
  中等职业学校: 'SECONDARY_VOCATIONAL',
  高职专科: 'HIGHER_VOCATIONAL',
  高职: 'HIGHER_VOCATIONAL',
  高职院校: 'HIGHER_VOCATIONAL',
  职教本科: 'VOCATIONAL_UNDERGRADUATE',
  职业本科: 'VOCATIONAL_UNDERGRADUATE',
  应用型本科: 'APPLIED_UNDERGRADUATE',
  普通本科: 'UNIVERSITY',
  // the labels an export writes (registry.labels.ts)
  高等职业学校: 'HIGHER_VOCATIONAL',
  职业本科学校: 'VOCATIONAL_UNDERGRADUATE',
  应用型本科高校: 'APPLIED_UNDERGRADUATE',
  普通高校: 'UNIVERSITY',
};
const SIZE_LABELS: Record<string, string> = { 大型: 'LARGE', 中型: 'MEDIUM', 小型: 'SMALL', 微型: 'MICRO' };
const LEVEL_LABELS: Record<string, string> = {
  国家级: 'NATIONAL',
  市级: 'MUNICIPAL',
  区县级: 'DISTRICT',
  区级: 'DISTRICT',
  // the labels an export writes (registry.labels.ts)
  国家级产教融合型企业: 'NATIONAL',
  市级产教融合型企业: 'MUNICIPAL',
  国家级园区: 'NATIONAL',
  市级园区: 'MUNICIPAL',
  区县级园区: 'DISTRICT',
};
const ROLE_LABELS: Record<string, MembershipRole> = {
  理事长单位: 'COUNCIL_CHAIR',
  副理事长单位: 'COUNCIL_VICE_CHAIR',
  理事单位: 'COUNCIL_MEMBER',
  成员单位: 'MEMBER',
};
const TRUE_TEXT = new Set(['TRUE', 'YES', 'Y', '1', '是', '√', '✓']);
const FALSE_TEXT = new Set(['FALSE', 'NO', 'N', '0', '否', '×', '']);

const headerKey = (h: string) =>
  h
    .normalize('NFKC')
    .replace(/\s+/gu, '')
    .replace(/[*＊]$/u, '')
    .toLowerCase();

/**
 * Maps the header row onto the columns: English keys in any case, or one of the Chinese labels
 * (a trailing `*` — "required" — and blanks ignored). Returns, per column key, the header as
 * written; and the problems: a required column missing, or two headers for one column.
 */
export function mapHeader(header: readonly string[], spec: readonly ColumnSpec[]): { columns: Map<string, string>; errors: RowError[] } {
  const columns = new Map<string, string>();
  const errors: RowError[] = [];
  for (const written of header) {
    const key = headerKey(written);
    const col = spec.find((c) => c.key.toLowerCase() === key || c.labels.some((l) => headerKey(l) === key));
    if (!col) continue;
    if (columns.has(col.key))
      errors.push({ row: 0, field: col.key, code: 'DUPLICATE_COLUMN', message: `表头中“${columns.get(col.key)}”与“${written}”是同一列` });
    else columns.set(col.key, written);
  }
  for (const c of spec) {
    if (c.required && !columns.has(c.key))
      errors.push({ row: 0, field: c.key, code: 'MISSING_COLUMN', message: `the header has no "${c.key}" column (或“${c.labels[0]}”)` });
  }
  return { columns, errors };
}

/** The record keyed by column key; a column the file does not have stays `undefined`, an empty cell is `null`. */
export function byColumn(record: Record<string, Cell>, columns: Map<string, string>): Record<string, Cell | undefined> {
  return Object.fromEntries([...columns].map(([key, written]) => [key, record[written] ?? null]));
}

/** Kept for callers naming only the required English columns. */
export function headerProblems(header: readonly string[], columns: readonly string[] = ORGANIZATION_COLUMNS.slice(0, 4)): RowError[] {
  return mapHeader(
    header,
    columns.map((key) => ORGANIZATION_FILE.find((c) => c.key === key) ?? MEMBERSHIP_FILE.find((c) => c.key === key) ?? column(key, true)),
  ).errors;
}

type Read<T> = { value: T; error?: undefined } | { value?: undefined; error: { code: string; message: string } };

const cellError = (cell: { error: string }) => ({ code: 'CELL_ERROR', message: `单元格是错误值 ${cell.error}` });
const isErrorCell = (cell: Cell | undefined): cell is { error: string } => typeof cell === 'object' && cell !== null && !(cell instanceof Date);

/** Excel's date cell (a local wall date, given as that day 00:00 UTC) as YYYY-MM-DD. */
const isoOfExcelDate = (d: Date) => d.toISOString().slice(0, 10);

/** A cell read as text: numbers as their decimal form, a date cell as YYYY-MM-DD. */
export function textCell(cell: Cell | undefined): Read<string> {
  if (cell === null || cell === undefined) return { value: '' };
  if (isErrorCell(cell)) return { error: cellError(cell) };
  if (cell instanceof Date) return { value: isoOfExcelDate(cell) };
  return { value: String(cell) };
}

/**
 * A code cell (USCC, district code) that Excel may have typed as a number. A whole number of at
 * most 15 digits is exact and read as its digits (500118 → "500118"); a longer one — an 18-digit
 * USCC Excel turned into a number — has lost digits and is refused.
 */
function codeCell(cell: Cell | undefined, what: string): Read<string> {
  if (typeof cell === 'number') {
    if (Number.isSafeInteger(cell) && cell >= 0 && String(cell).length <= 15) return { value: String(cell) };
    return { error: { code: 'NUMBER_LOST_DIGITS', message: `${what}被 Excel 存成了数字 ${cell}，位数已丢失：请把该列设为“文本”格式后重新填写` } };
  }
  return textCell(cell);
}

/** A date cell, or text YYYY-MM-DD (also YYYY/M/D and YYYY年M月D日, as people type dates). */
export function dateCell(cell: Cell | undefined, field: string): Read<string> {
  if (cell instanceof Date) return { value: isoOfExcelDate(cell) };
  const invalid = { error: { code: 'INVALID_DATE', message: `${field} must be a date YYYY-MM-DD` } };
  if (typeof cell !== 'string') return isErrorCell(cell) ? { error: cellError(cell) } : invalid;
  const text = cell.trim();
  const m = /^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$/u.exec(text);
  const iso = m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : text;
  return isIsoDate(iso) ? { value: iso } : invalid;
}

/** A boolean cell, or 是/否, TRUE/FALSE, Y/N, 1/0; empty is false. */
function flagCell(cell: Cell | undefined): Read<boolean> {
  if (typeof cell === 'boolean') return { value: cell };
  if (cell === null || cell === undefined) return { value: false };
  if (isErrorCell(cell)) return { error: cellError(cell) };
  const text = String(cell).trim().toUpperCase();
  if (TRUE_TEXT.has(text)) return { value: true };
  if (FALSE_TEXT.has(text)) return { value: false };
  return { error: { code: 'INVALID_FLAG', message: `应为“是”或“否”，而不是“${String(cell)}”` } };
}

/** A code value: the code in any case, or its Chinese label; empty is null when `optional`. */
function codeValue<T extends string>(
  cell: Cell | undefined,
  codes: readonly T[],
  labels: Record<string, string>,
  optional: boolean,
): Read<T | null> | undefined {
  const text = textCell(cell);
  if (text.error) return text;
  const raw = text.value.normalize('NFKC').trim();
  if (raw === '' && optional) return { value: null };
  const code = (labels[raw] ?? raw.toUpperCase()) as T;
  return codes.includes(code) ? { value: code } : undefined;
}

export interface OrganizationRow {
  row: number;
  uscc: string;
  name: string;
  type: OrganizationType;
  districtCode: string;
  /** Only the attributes the file has a column for: the others stay as they are on an update. */
  attributes: Partial<OrganizationAttributes>;
}

export interface MembershipRow {
  row: number;
  consortiumId: string;
  uscc: string;
  role: MembershipRole;
  validFrom: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DISTRICT_BY_NAME = new Map(DISTRICTS.map((d) => [d.name, d.code]));

function readUscc(row: number, cell: Cell | undefined, errors: RowError[]): string | undefined {
  const read = codeCell(cell, '统一社会信用代码');
  if (read.error) {
    errors.push({ row, field: 'uscc', ...read.error });
    return undefined;
  }
  const uscc = read.value.trim().toUpperCase();
  // What Excel writes into a CSV for a USCC it had turned into a number: 9.15001E+17.
  if (/^\d(\.\d+)?E\+\d+$/.test(uscc)) {
    errors.push({
      row,
      field: 'uscc',
      code: 'NUMBER_LOST_DIGITS',
      message: `统一社会信用代码被 Excel 存成了数字 ${read.value.trim()}，位数已丢失：请把该列设为“文本”格式后重新填写`,
    });
    return undefined;
  }
  const problem = usccProblem(uscc);
  if (problem) {
    errors.push({ row, field: 'uscc', code: `USCC_${problem.rule}`, message: problem.message });
    return undefined;
  }
  return uscc;
}

/** Checks one data row of a memberships file on its own; the database checks (joining twice, a second chair…) come when it is applied. */
export function validateMembershipRow(
  row: number,
  record: Record<string, Cell | undefined>,
  seen: Map<string, number>,
): { value?: MembershipRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const consortiumId = (textCell(record.consortiumId).value ?? '').trim().toLowerCase();
  if (!UUID.test(consortiumId)) errors.push({ row, field: 'consortiumId', code: 'IS_UUID', message: 'consortiumId must be a UUID' });
  const uscc = readUscc(row, record.uscc, errors);
  const role = codeValue(record.role, MEMBERSHIP_ROLES, ROLE_LABELS, false);
  if (!role || role.error)
    errors.push({ row, field: 'role', ...(role?.error ?? { code: 'UNKNOWN_ROLE', message: `role must be one of ${MEMBERSHIP_ROLES.join(', ')}` }) });
  const validFrom = dateCell(record.validFrom, 'validFrom');
  if (validFrom.error) errors.push({ row, field: 'validFrom', ...validFrom.error });
  const key = `${consortiumId}/${uscc}`;
  if (errors.length === 0 && seen.has(key))
    errors.push({ row, field: 'uscc', code: 'DUPLICATE_IN_FILE', message: `the same membership is on row ${seen.get(key)}` });
  if (errors.length) return { errors };
  seen.set(key, row);
  return { value: { row, consortiumId, uscc: uscc!, role: role!.value as MembershipRole, validFrom: validFrom.value! }, errors };
}

const ATTRIBUTE_READERS: Record<keyof OrganizationAttributes, (cell: Cell | undefined) => Read<unknown> | undefined> = {
  schoolLevel: (c) => codeValue(c, SCHOOL_LEVELS, SCHOOL_LEVEL_LABELS, true),
  enterpriseSize: (c) => codeValue(c, ENTERPRISE_SIZES, SIZE_LABELS, true),
  isChainLeader: flagCell,
  isAboveScale: flagCell,
  integrationLevel: (c) => codeValue(c, INTEGRATION_LEVELS, LEVEL_LABELS, true),
  parkLevel: (c) => codeValue(c, PARK_LEVELS, LEVEL_LABELS, true),
  isKeyPark: flagCell,
};

/**
 * Validates one data row of an organizations file (keyed by column, see `byColumn`).
 * `scopeDistrict` limits a district system's import to its own district; `seen` catches a USCC
 * repeated within the file.
 */
export function validateOrganizationRow(
  row: number,
  record: Record<string, Cell | undefined>,
  seen: Map<string, number>,
  scopeDistrict?: string,
): { value?: OrganizationRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const uscc = readUscc(row, record.uscc, errors);
  if (uscc && seen.has(uscc)) errors.push({ row, field: 'uscc', code: 'DUPLICATE_IN_FILE', message: `the same USCC is on row ${seen.get(uscc)}` });

  const nameText = textCell(record.name);
  const name = nameText.error ? undefined : normalizeName(nameText.value, { min: 2, max: 128 });
  if (nameText.error) errors.push({ row, field: 'name', ...nameText.error });
  else if (name?.problem)
    errors.push({
      row,
      field: 'name',
      code: name.problem === 'NAME_CONTROL_CHARACTER' ? name.problem : 'INVALID_NAME',
      message: name.problem === 'NAME_CONTROL_CHARACTER' ? name.message : 'name must be 2 to 128 characters',
    });

  const type = codeValue(record.type, ORGANIZATION_TYPES, TYPE_LABELS, false);
  if (!type || type.error)
    errors.push({ row, field: 'type', ...(type?.error ?? { code: 'UNKNOWN_TYPE', message: `type must be one of ${ORGANIZATION_TYPES.join(', ')}` }) });

  const district = codeCell(record.districtCode, '区县代码');
  const districtText = (district.value ?? '').trim();
  const districtCode = DISTRICT_BY_NAME.get(districtText) ?? districtText;
  if (district.error) errors.push({ row, field: 'districtCode', ...district.error });
  else if (!districtByCode(districtCode))
    errors.push({ row, field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `"${districtText}" is not a known district code` });
  else if (scopeDistrict && districtCode !== scopeDistrict) {
    errors.push({ row, field: 'districtCode', code: 'OUTSIDE_DISTRICT', message: 'a district system imports only its own district' });
  }

  const attributes: Partial<OrganizationAttributes> = {};
  for (const [field, read] of Object.entries(ATTRIBUTE_READERS) as [keyof OrganizationAttributes, (cell: Cell | undefined) => Read<unknown> | undefined][]) {
    if (record[field] === undefined) continue;
    const result = read(record[field]);
    if (!result) errors.push({ row, field, code: 'UNKNOWN_VALUE', message: `“${textCell(record[field]).value ?? ''}”不是 ${field} 的取值` });
    else if (result.error) errors.push({ row, field, ...result.error });
    else (attributes as Record<string, unknown>)[field] = result.value;
  }
  if (type?.value) {
    const notApplicable = attributeProblem(type.value, { ...NO_ATTRIBUTES, ...attributes });
    if (notApplicable && !errors.some((e) => e.field === notApplicable)) {
      errors.push({
        row,
        field: notApplicable,
        code: 'ATTRIBUTE_NOT_APPLICABLE',
        message: `${notApplicable} does not apply to an organization of type ${type.value}`,
      });
    }
  }

  if (uscc && !seen.has(uscc)) seen.set(uscc, row);
  if (errors.length) return { errors };
  return { value: { row, uscc: uscc!, name: name!.value!, type: type!.value as OrganizationType, districtCode, attributes }, errors };
}
