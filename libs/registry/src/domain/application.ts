import { DomainError } from '#platform';

/** 成员动态调整 applications (DESIGN §2.5). */
export const APPLICATION_KINDS = ['JOIN', 'EXIT', 'ROLE_CHANGE', 'EXPEL'] as const;
export type ApplicationKind = (typeof APPLICATION_KINDS)[number];

export const APPLICATION_STATUSES = ['SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'REJECTED', 'WITHDRAWN'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const OPEN_STATUSES: readonly ApplicationStatus[] = ['SUBMITTED', 'UNDER_REVIEW'];

export const ApplicationErrors = {
  notFound: () => new DomainError('NOT_FOUND', 'APPLICATION_NOT_FOUND', 'No such application'),
  pending: () => new DomainError('CONFLICT', 'APPLICATION_PENDING', 'An open application of this kind exists for this organization and consortium'),
  alreadyDecided: (status: ApplicationStatus) =>
    new DomainError('CONFLICT', status === 'WITHDRAWN' ? 'APPLICATION_WITHDRAWN' : 'APPLICATION_ALREADY_DECIDED', `The application is ${status}; it can no longer change`),
  notReviewable: (status: ApplicationStatus) => new DomainError('CONFLICT', 'APPLICATION_NOT_SUBMITTED', `Only a SUBMITTED application goes under review; this one is ${status}`),
  notAMember: () => new DomainError('INVALID', 'NOT_A_MEMBER', 'The organization is not a member on that date', [{ field: 'organizationId', code: 'NOT_A_MEMBER', message: 'not a current member' }]),
  missing: (field: string, kind: ApplicationKind) =>
    new DomainError('INVALID', 'APPLICATION_FIELD_REQUIRED', `A ${kind} application needs ${field}`, [{ field, code: 'REQUIRED', message: `${field} is required for ${kind}` }]),
  resolutionRequired: () =>
    new DomainError('INVALID', 'RESOLUTION_REQUIRED', 'An approval cites the council resolution (理事会决议) that approved it', [
      { field: 'resolutionRef', code: 'REQUIRED', message: 'resolutionRef is required to approve' },
    ]),
};
