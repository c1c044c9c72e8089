import { type ExportColumn, labelOf, yesNo } from '#platform';
import { districtByCode } from '../../domain/districts.js';
import type { MembershipRole } from '../../domain/membership.js';
import type { Organization } from '../../domain/organization.js';
import {
  ENTERPRISE_SIZE_LABELS,
  INTEGRATION_LEVEL_LABELS,
  MEMBERSHIP_ROLE_LABELS,
  ORGANIZATION_TYPE_LABELS,
  PARK_LEVEL_LABELS,
  SCHOOL_LEVEL_LABELS,
} from '../../domain/registry.labels.js';

const zh = <T extends string>(labels: Record<T, { zh: string; en: string }>, code: T | null) => labelOf(labels, code, 'zh');

/**
 * The organizations export, in the import's columns so that it re-imports as it is: the Chinese
 * headers are the import's first Chinese header of each column and the labels are values the
 * import reads; the district's name is an extra column the import ignores.
 */
export const ORGANIZATION_EXPORT: readonly ExportColumn<Organization>[] = [
  { key: 'uscc', zh: '统一社会信用代码', value: (o) => o.uscc, width: 22 },
  { key: 'name', zh: '单位名称', value: (o) => o.name },
  { key: 'type', zh: '单位类型', value: (o) => o.type, label: (o) => zh(ORGANIZATION_TYPE_LABELS, o.type) },
  { key: 'districtCode', zh: '区县代码', value: (o) => o.districtCode },
  { key: 'districtName', zh: '区县名称', value: (o) => districtByCode(o.districtCode)?.name ?? '' },
  { key: 'schoolLevel', zh: '办学层次', value: (o) => o.schoolLevel, label: (o) => zh(SCHOOL_LEVEL_LABELS, o.schoolLevel) },
  { key: 'enterpriseSize', zh: '企业规模', value: (o) => o.enterpriseSize, label: (o) => zh(ENTERPRISE_SIZE_LABELS, o.enterpriseSize) },
  { key: 'isChainLeader', zh: '链主企业', value: (o) => o.isChainLeader, label: (o) => yesNo(o.isChainLeader) },
  { key: 'isAboveScale', zh: '规上企业', value: (o) => o.isAboveScale, label: (o) => yesNo(o.isAboveScale) },
  { key: 'integrationLevel', zh: '产教融合型企业', value: (o) => o.integrationLevel, label: (o) => zh(INTEGRATION_LEVEL_LABELS, o.integrationLevel) },
  { key: 'parkLevel', zh: '园区级别', value: (o) => o.parkLevel, label: (o) => zh(PARK_LEVEL_LABELS, o.parkLevel) },
  { key: 'isKeyPark', zh: '重点园区', value: (o) => o.isKeyPark, label: (o) => yesNo(o.isKeyPark) },
];

/** One membership on the export's date, with the names beside the ids. */
export interface MembershipExportRow {
  consortiumId: string;
  uscc: string;
  role: MembershipRole;
  validFrom: string;
  validTo: string | null;
  consortiumName: string;
  organizationName: string;
  isLead: boolean;
}

/** The memberships export: the import's four columns first (it re-imports as it is), then the rest. */
export const MEMBERSHIP_EXPORT: readonly ExportColumn<MembershipExportRow>[] = [
  { key: 'consortiumId', zh: '联合体ID', value: (m) => m.consortiumId, width: 38 },
  { key: 'uscc', zh: '统一社会信用代码', value: (m) => m.uscc, width: 22 },
  { key: 'role', zh: '成员角色', value: (m) => m.role, label: (m) => zh(MEMBERSHIP_ROLE_LABELS, m.role) },
  { key: 'validFrom', zh: '生效日期', value: (m) => m.validFrom, width: 12 },
  { key: 'validTo', zh: '截止日期', value: (m) => m.validTo ?? '', width: 12 },
  { key: 'consortiumName', zh: '联合体名称', value: (m) => m.consortiumName },
  { key: 'organizationName', zh: '单位名称', value: (m) => m.organizationName },
  { key: 'isLead', zh: '牵头单位', value: (m) => m.isLead, label: (m) => yesNo(m.isLead) },
];
