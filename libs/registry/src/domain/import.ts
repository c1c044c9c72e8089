import { isIsoDate } from './dates.js';
import { districtByCode } from './districts.js';
import { MEMBERSHIP_ROLES, type MembershipRole } from './membership.js';
import { ORGANIZATION_TYPES, type OrganizationType } from './organization.js';
import { usccProblem } from './uscc.js';

export const IMPORT_MODES = ['ALL_OR_NOTHING', 'VALID_ROWS_ONLY'] as const;
export type ImportMode = (typeof IMPORT_MODES)[number];
export const IMPORT_FORMATS = ['csv', 'xlsx'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];
export type ImportStatus = 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'REJECTED' | 'FAILED';
export const IMPORT_KINDS = ['organizations', 'memberships'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

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

/** Columns of a memberships file (a membership export has these and more; extra columns are ignored). */
export const MEMBERSHIP_COLUMNS = ['consortiumId', 'uscc', 'role', 'validFrom'] as const;

export interface MembershipRow {
  row: number;
  consortiumId: string;
  uscc: string;
  role: MembershipRole;
  validFrom: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Checks one data row of a memberships file on its own; the database checks (joining twice, a second chair…) come when it is applied. */
export function validateMembershipRow(row: number, record: Record<string, string | undefined>, seen: Map<string, number>): { value?: MembershipRow; errors: RowError[] } {
  const errors: RowError[] = [];
  const consortiumId = (record.consortiumId ?? '').trim().toLowerCase();
  const uscc = (record.uscc ?? '').trim().toUpperCase();
  const role = (record.role ?? '').trim().toUpperCase();
  const validFrom = (record.validFrom ?? '').trim();
  if (!UUID.test(consortiumId)) errors.push({ row, field: 'consortiumId', code: 'IS_UUID', message: 'consortiumId must be a UUID' });
  const problem = usccProblem(uscc);
  if (problem) errors.push({ row, field: 'uscc', code: `USCC_${problem.rule}`, message: problem.message });
  if (!(MEMBERSHIP_ROLES as readonly string[]).includes(role)) errors.push({ row, field: 'role', code: 'UNKNOWN_ROLE', message: `role must be one of ${MEMBERSHIP_ROLES.join(', ')}` });
  if (!isIsoDate(validFrom)) errors.push({ row, field: 'validFrom', code: 'INVALID_DATE', message: 'validFrom must be a date YYYY-MM-DD' });
  const key = `${consortiumId}/${uscc}`;
  if (errors.length === 0 && seen.has(key)) errors.push({ row, field: 'uscc', code: 'DUPLICATE_IN_FILE', message: `the same membership is on row ${seen.get(key)}` });
  if (errors.length === 0) seen.set(key, row);
  return errors.length ? { errors } : { value: { row, consortiumId, uscc, role: role as MembershipRole, validFrom }, errors };
}

export function headerProblems(header: readonly string[], columns: readonly string[] = ORGANIZATION_COLUMNS): RowError[] {
  const normalized = header.map((h) => h.trim());
  return columns.filter((c) => !normalized.includes(c)).map((c) => ({
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
