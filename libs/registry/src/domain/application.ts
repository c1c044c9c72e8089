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
    new DomainError(
      'CONFLICT',
      status === 'WITHDRAWN' ? 'APPLICATION_WITHDRAWN' : 'APPLICATION_ALREADY_DECIDED',
      `The application is ${status}; it can no longer change`,
    ),
  notReviewable: (status: ApplicationStatus) =>
    new DomainError('CONFLICT', 'APPLICATION_NOT_SUBMITTED', `Only a SUBMITTED application goes under review; this one is ${status}`),
  notAMember: () =>
    new DomainError('INVALID', 'NOT_A_MEMBER', 'The organization is not a member on that date', [
      { field: 'organizationId', code: 'NOT_A_MEMBER', message: 'not a current member' },
    ]),
  missing: (field: string, kind: ApplicationKind) =>
    new DomainError('INVALID', 'APPLICATION_FIELD_REQUIRED', `A ${kind} application needs ${field}`, [
      { field, code: 'REQUIRED', message: `${field} is required for ${kind}` },
    ]),
  notUnderReview: (status: ApplicationStatus) =>
    new DomainError(
      'CONFLICT',
      'APPLICATION_NOT_UNDER_REVIEW',
      `Only an application under review can be approved; this one is ${status}: take it under review first`,
    ),
  resolutionNotFound: (ref: string) =>
    new DomainError('INVALID', 'RESOLUTION_NOT_FOUND', `No council resolution ${ref} is recorded for this consortium: record it under governance first`, [
      { field: 'resolutionRef', code: 'RESOLUTION_NOT_FOUND', message: 'the number of a resolution recorded in the council’s resolutions' },
    ]),
  expelNotAllowed: () =>
    new DomainError(
      'FORBIDDEN',
      'EXPEL_NOT_ALLOWED',
      'An expulsion (EXPEL) is filed by the secretariat or the task force; a member unit may apply to leave (EXIT)',
      [{ field: 'kind', code: 'EXPEL_NOT_ALLOWED', message: 'file EXIT to leave' }],
    ),
  successorNotApplicable: () =>
    new DomainError('INVALID', 'SUCCESSOR_NOT_APPLICABLE', 'Only an EXIT or EXPEL application names a successor lead unit', [
      { field: 'successorOrganizationId', code: 'SUCCESSOR_NOT_APPLICABLE', message: 'EXIT or EXPEL only' },
    ]),
  leadWithoutSuccessor: () =>
    new DomainError('INVALID', 'LEAD_WITHOUT_SUCCESSOR', 'The lead unit (牵头单位) leaves only by handing over: name successorOrganizationId', [
      { field: 'successorOrganizationId', code: 'LEAD_WITHOUT_SUCCESSOR', message: 'a member that takes over as lead unit' },
    ]),
  invalidSuccessor: () =>
    new DomainError('INVALID', 'INVALID_SUCCESSOR', 'The successor must be another member of the consortium on the effective date', [
      { field: 'successorOrganizationId', code: 'INVALID_SUCCESSOR', message: 'not another member on the effective date' },
    ]),
  resolutionRequired: () =>
    new DomainError('INVALID', 'RESOLUTION_REQUIRED', 'An approval cites the council resolution (理事会决议) that approved it', [
      { field: 'resolutionRef', code: 'REQUIRED', message: 'resolutionRef is required to approve' },
    ]),
};
