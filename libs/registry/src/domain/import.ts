import { districtByCode } from './districts.js';
import { ORGANIZATION_TYPES, type OrganizationType } from './organization.js';
import { usccProblem } from './uscc.js';

export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'REJECTED' | 'FAILED';

/** One problem of one row: `row` counts data rows from 1 (the header is row 0). */
export interface RowError {
  row: number;
  field: string;
  code: string;
  message: string;
}

/** Columns of an organizations file, in this order; the header row must name them. */
export const ORGANIZATION_COLUMNS = ['uscc', 'name', 'type', 'districtCode'] as const;

export interface OrganizationRow {
  row: number;
  uscc: string;
  name: string;
  type: OrganizationType;
  districtCode: string;
}

export function headerProblems(header: readonly string[]): RowError[] {
  const normalized = header.map((h) => h.trim());
  return ORGANIZATION_COLUMNS.filter((c) => !normalized.includes(c)).map((c) => ({
    row: 0,
    field: c,
    code: 'MISSING_COLUMN',
    message: `the header has no "${c}" column`,
  }));
}

/**
 * Validates one data row of an organizations file. `scopeDistrict` limits a district system's
 * import to its own district; `seen` catches a USCC repeated within the file.
 */
export function validateOrganizationRow(
  row: number,
  record: Record<string, string | undefined>,
  seen: Map<string, number>,
  scopeDistrict?: string,
): { value?: OrganizationRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const uscc = (record.uscc ?? '').trim().toUpperCase();
  const name = (record.name ?? '').trim();
  const type = (record.type ?? '').trim().toUpperCase();
  const districtCode = (record.districtCode ?? '').trim();

  const problem = usccProblem(uscc);
  if (problem) errors.push({ row, field: 'uscc', code: `USCC_${problem.rule}`, message: problem.message });
  else if (seen.has(uscc)) errors.push({ row, field: 'uscc', code: 'DUPLICATE_IN_FILE', message: `the same USCC is on row ${seen.get(uscc)}` });
  if (name.length < 2 || name.length > 128) errors.push({ row, field: 'name', code: 'INVALID_NAME', message: 'name must be 2 to 128 characters' });
  if (!(ORGANIZATION_TYPES as readonly string[]).includes(type)) {
    errors.push({ row, field: 'type', code: 'UNKNOWN_TYPE', message: `type must be one of ${ORGANIZATION_TYPES.join(', ')}` });
  }
  if (!districtByCode(districtCode)) errors.push({ row, field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `"${districtCode}" is not a known district code` });
  else if (scopeDistrict && districtCode !== scopeDistrict) {
    errors.push({ row, field: 'districtCode', code: 'OUTSIDE_DISTRICT', message: 'a district system imports only its own district' });
  }
  if (!problem && !seen.has(uscc)) seen.set(uscc, row);
  return errors.length ? { errors } : { value: { row, uscc, name, type: type as OrganizationType, districtCode }, errors };
}
