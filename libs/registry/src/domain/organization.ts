import { DomainError } from '#platform';
import type { UsccProblem } from './uscc.js';

/** 成员单位 a member unit: school, firm, park, institute, association, agency (DESIGN §2.2). */
export const ORGANIZATION_TYPES = ['SCHOOL', 'ENTERPRISE', 'PARK', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT_AGENCY', 'OTHER'] as const;
export type OrganizationType = (typeof ORGANIZATION_TYPES)[number];

export interface Organization {
  id: string;
  uscc: string;
  name: string;
  type: OrganizationType;
  districtCode: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

export const ORGANIZATION_CREATED = 'registry.organization.created';
export const ORGANIZATION_UPDATED = 'registry.organization.updated';

export const OrganizationErrors = {
  invalidUscc: (problem: UsccProblem) =>
    new DomainError('INVALID', `USCC_${problem.rule}`, `Invalid USCC: ${problem.message}`, [{ field: 'uscc', code: `USCC_${problem.rule}`, message: problem.message }]),
  unknownDistrict: (code: string) =>
    new DomainError('INVALID', 'UNKNOWN_DISTRICT', `"${code}" is not a known district code (GB/T 2260)`, [
      { field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `"${code}" is not a known district code` },
    ]),
  outsideDistrict: () =>
    new DomainError('FORBIDDEN', 'OUTSIDE_DISTRICT', 'A district system may only write organizations of its own district', [
      { field: 'districtCode', code: 'OUTSIDE_DISTRICT', message: 'not your district' },
    ]),
  notFound: () => new DomainError('NOT_FOUND', 'ORGANIZATION_NOT_FOUND', 'No such organization'),
};
