import { DomainError } from '#platform';
import type { UsccProblem } from './uscc.js';

/** 成员单位 a member unit: school, firm, park, institute, association, agency (DESIGN §2.2). */
export const ORGANIZATION_TYPES = ['SCHOOL', 'ENTERPRISE', 'PARK', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT_AGENCY', 'OTHER'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

/** 中职, 高职专科, 职教本科, 应用型本科, 普通本科. */
export const SCHOOL_LEVELS = ['SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'] as const;
export type SchoolLevel = (typeof SCHOOL_LEVELS)[number];
export const ENTERPRISE_SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export type EnterpriseSize = (typeof ENTERPRISE_SIZES)[number];
/** 产教融合型企业 certification: national or municipal. */
export const INTEGRATION_LEVELS = ['NATIONAL', 'MUNICIPAL'] as const;
export type IntegrationLevel = (typeof INTEGRATION_LEVELS)[number];
export const PARK_LEVELS = ['NATIONAL', 'MUNICIPAL', 'DISTRICT'] as const;
export type ParkLevel = (typeof PARK_LEVELS)[number];

/** Type-specific attributes: a school's level, a firm's size and flags (链主, 规上, 产教融合型), a park's level. */
export interface OrganizationAttributes {
  schoolLevel: SchoolLevel | null;
  enterpriseSize: EnterpriseSize | null;
  isChainLeader: boolean;
  isAboveScale: boolean;
  integrationLevel: IntegrationLevel | null;
  parkLevel: ParkLevel | null;
  isKeyPark: boolean;
}

export const NO_ATTRIBUTES: OrganizationAttributes = {
  schoolLevel: null,
  enterpriseSize: null,
  isChainLeader: false,
  isAboveScale: false,
  integrationLevel: null,
  parkLevel: null,
  isKeyPark: false,
};

/** The first attribute that does not apply to the type (a school level on a firm, …), or null. */
export function attributeProblem(type: OrganizationType, a: OrganizationAttributes): string | null {
  if (type !== 'SCHOOL' && a.schoolLevel) return 'schoolLevel';
  if (type !== 'ENTERPRISE') {
    for (const field of ['enterpriseSize', 'isChainLeader', 'isAboveScale', 'integrationLevel'] as const) if (a[field]) return field;
  }
  if (type !== 'PARK') {
    for (const field of ['parkLevel', 'isKeyPark'] as const) if (a[field]) return field;
  }
  return null;
}

export interface Organization extends OrganizationAttributes {
  id: string;
  uscc: string;
  name: string;
  type: OrganizationType;
  districtCode: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

/**
 * Official designations (链主企业, 规上企业, 产教融合型企业, park level, 重点园区): set by the task
 * force or a district system, never by the unit itself — they drive the city's coverage figures.
 */
export const DESIGNATIONS = [
  'isChainLeader',
  'isAboveScale',
  'integrationLevel',
  'parkLevel',
  'isKeyPark',
] as const satisfies readonly (keyof OrganizationAttributes)[];

export const OrganizationErrors = {
  invalidUscc: (problem: UsccProblem) =>
    new DomainError('INVALID', `USCC_${problem.rule}`, `Invalid USCC: ${problem.message}`, [
      { field: 'uscc', code: `USCC_${problem.rule}`, message: problem.message },
    ]),
  unknownDistrict: (code: string) =>
    new DomainError('INVALID', 'UNKNOWN_DISTRICT', `"${code}" is not a known district code (GB/T 2260)`, [
      { field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `"${code}" is not a known district code` },
    ]),
  outsideDistrict: () =>
    new DomainError('FORBIDDEN', 'OUTSIDE_DISTRICT', 'A district system may only write organizations of its own district', [
      { field: 'districtCode', code: 'OUTSIDE_DISTRICT', message: 'not your district' },
    ]),
  notFound: () => new DomainError('NOT_FOUND', 'ORGANIZATION_NOT_FOUND', 'No such organization'),
  alreadyRegistered: () =>
    new DomainError(
      'CONFLICT',
      'ORGANIZATION_ALREADY_REGISTERED',
      'An organization with this USCC is registered already: add it to your consortium as it is (its own staff or the task force keep its profile)',
      [{ field: 'uscc', code: 'ORGANIZATION_ALREADY_REGISTERED', message: 'registered already' }],
    ),
  notEditable: (field: string) =>
    new DomainError(
      'FORBIDDEN',
      'FIELD_NOT_EDITABLE',
      `A member unit keeps its own profile, but not ${field}: the task force or its district system changes it`,
      [{ field, code: 'FIELD_NOT_EDITABLE', message: 'kept by the task force or the district system' }],
    ),
  attributeNotApplicable: (field: string, type: string) =>
    new DomainError('INVALID', 'ATTRIBUTE_NOT_APPLICABLE', `${field} does not apply to an organization of type ${type}`, [
      { field, code: 'ATTRIBUTE_NOT_APPLICABLE', message: `not for ${type}` },
    ]),
};
