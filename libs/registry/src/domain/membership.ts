import { DomainError } from '#platform';

/** Membership roles: 理事长单位, 副理事长单位, 理事单位, 成员单位 (DESIGN §2.3). */
export const MEMBERSHIP_ROLES = ['COUNCIL_CHAIR', 'COUNCIL_VICE_CHAIR', 'COUNCIL_MEMBER', 'MEMBER'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

export const COUNCIL_ROLES: readonly MembershipRole[] = ['COUNCIL_CHAIR', 'COUNCIL_VICE_CHAIR', 'COUNCIL_MEMBER'];

/** Why a membership ended; ROLE_CHANGE closes one interval where the next one opens. */
export const EXIT_REASONS = ['VOLUNTARY', 'EXPELLED', 'ADJUSTMENT', 'DISSOLVED'] as const;
export type ExitReason = (typeof EXIT_REASONS)[number];
export type MembershipEndReason = ExitReason | 'ROLE_CHANGE';

export interface Membership {
  id: string;
  consortiumId: string;
  organizationId: string;
  role: MembershipRole;
  isLead: boolean;
  /** 联合牵头单位. */
  isCoLead: boolean;
  isSecretariatHost: boolean;
  isPlatformOperator: boolean;
  validFrom: string;
  validTo: string | null;
  endReason: MembershipEndReason | null;
  previousId: string | null;
}

export const MembershipErrors = {
  alreadyMember: () => new DomainError('CONFLICT', 'ALREADY_MEMBER', 'The organization is already a member on that date'),
  alreadyLeft: () => new DomainError('CONFLICT', 'ALREADY_LEFT', 'This membership has already ended'),
  notFound: () => new DomainError('NOT_FOUND', 'MEMBERSHIP_NOT_FOUND', 'No such membership'),
  secondChair: () =>
    new DomainError('INVALID', 'SECOND_CHAIR', 'The consortium already has a council chair (理事长单位) on that date', [
      { field: 'role', code: 'SECOND_CHAIR', message: 'exactly one chair at a time' },
    ]),
  secondLead: () =>
    new DomainError('INVALID', 'SECOND_LEAD', 'The consortium already has a lead unit (牵头单位) on that date', [
      { field: 'isLead', code: 'SECOND_LEAD', message: 'one lead unit at a time' },
    ]),
  leadWithoutSuccessor: () =>
    new DomainError('INVALID', 'LEAD_WITHOUT_SUCCESSOR', 'The lead unit cannot leave without a successor: name successorMembershipId', [
      { field: 'successorMembershipId', code: 'LEAD_WITHOUT_SUCCESSOR', message: 'a current member to take over as lead unit' },
    ]),
  invalidSuccessor: () =>
    new DomainError('INVALID', 'INVALID_SUCCESSOR', 'The successor must be another current member of the same consortium', [
      { field: 'successorMembershipId', code: 'INVALID_SUCCESSOR', message: 'not a current member of this consortium' },
    ]),
  dateBeforeStart: (validFrom: string) =>
    new DomainError('INVALID', 'DATE_BEFORE_START', `The date must be after the membership began (${validFrom})`, [
      { field: 'effectiveOn', code: 'DATE_BEFORE_START', message: `must be after ${validFrom}` },
    ]),
  beforeEstablishment: (establishedOn: string) =>
    new DomainError('INVALID', 'BEFORE_CONSORTIUM_ESTABLISHED', `A membership cannot start before the consortium was established (${establishedOn})`, [
      { field: 'validFrom', code: 'BEFORE_CONSORTIUM_ESTABLISHED', message: `not before ${establishedOn}` },
    ]),
  sameRole: () => new DomainError('INVALID', 'SAME_ROLE', 'The membership already has this role', [{ field: 'role', code: 'SAME_ROLE', message: 'no change' }]),
};
