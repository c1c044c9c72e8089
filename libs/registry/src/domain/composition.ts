import { COUNCIL_ROLES, type MembershipRole } from './membership.js';
import type { OrganizationType } from './organization.js';

export interface CompositionMember {
  organizationType: OrganizationType;
  role: MembershipRole;
  isLead: boolean;
}

export const COMPOSITION_WARNING_CODES = [
  'NO_SCHOOL',
  'NO_ENTERPRISE',
  'COUNCIL_NO_GOVERNMENT_OR_PARK',
  'COUNCIL_NO_SCHOOL',
  'COUNCIL_NO_ENTERPRISE',
  'NO_CHAIR',
  'NO_LEAD',
] as const;
export type CompositionWarningCode = (typeof COMPOSITION_WARNING_CODES)[number];

export interface CompositionWarning {
  code: CompositionWarningCode;
  message: string;
}

/**
 * The advisory composition rules of DESIGN §2.3, evaluated on the members of one day: at least
 * one school and one enterprise; a council with government or park, school and enterprise
 * (理事会 "政府、企业、学校、园区、科研机构等多方参与"); a chair; a lead unit. The blocking rules (one
 * chair, lead leaves only with a successor) are enforced where the change is made.
 */
export function compositionWarnings(members: readonly CompositionMember[]): CompositionWarning[] {
  const warnings: CompositionWarning[] = [];
  const has = (types: OrganizationType[], onlyCouncil = false) =>
    members.some((m) => types.includes(m.organizationType) && (!onlyCouncil || COUNCIL_ROLES.includes(m.role)));
  if (!has(['SCHOOL'])) warnings.push({ code: 'NO_SCHOOL', message: 'no school among the members' });
  if (!has(['ENTERPRISE'])) warnings.push({ code: 'NO_ENTERPRISE', message: 'no enterprise among the members' });
  if (!has(['GOVERNMENT_AGENCY', 'PARK'], true))
    warnings.push({ code: 'COUNCIL_NO_GOVERNMENT_OR_PARK', message: 'no government agency or park on the council' });
  if (!has(['SCHOOL'], true)) warnings.push({ code: 'COUNCIL_NO_SCHOOL', message: 'no school on the council' });
  if (!has(['ENTERPRISE'], true)) warnings.push({ code: 'COUNCIL_NO_ENTERPRISE', message: 'no enterprise on the council' });
  if (!members.some((m) => m.role === 'COUNCIL_CHAIR')) warnings.push({ code: 'NO_CHAIR', message: 'no council chair (理事长单位)' });
  if (!members.some((m) => m.isLead)) warnings.push({ code: 'NO_LEAD', message: 'no lead unit (牵头单位)' });
  return warnings;
}
