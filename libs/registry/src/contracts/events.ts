import { defineEvent, Schema as T, type Static, type TSchema } from '#platform';

/**
 * The registry's events. Public ones (`public`) are the change feed's and webhooks' contract with
 * district systems: their payloads are documented in the OpenAPI document (`x-webhooks`) and
 * never change without a new version.
 */

const uuid = T.String({ format: 'uuid' });
const date = T.String({ format: 'date', description: 'Calendar date (YYYY-MM-DD)' });
const nullable = <S extends TSchema>(s: S) => T.Union([s, T.Null()]);

const consortiumState = {
  name: T.String(),
  kind: T.String({ description: 'ConsortiumKind' }),
  districtCodes: T.Array(T.String({ description: 'District (区县) code' })),
  clusterCode: nullable(T.String()),
  status: T.String({ description: 'ConsortiumStatus' }),
  tier: T.String({ description: 'Tier' }),
  since: date,
};

export const ConsortiumCreated = defineEvent('registry.consortium.created', {
  version: 1,
  aggregateType: 'consortium',
  payload: T.Object({ id: uuid, ...consortiumState }),
  public: { summary: 'Consortium created', zh: '联合体建立' },
});

export const ConsortiumDecided = defineEvent('registry.consortium.decided', {
  version: 1,
  aggregateType: 'consortium',
  payload: T.Object({
    id: uuid,
    consortiumId: uuid,
    fromStatus: nullable(T.String()),
    toStatus: T.String(),
    fromTier: nullable(T.String()),
    toTier: T.String(),
    effectiveOn: date,
    reason: T.String(),
    ruleRef: nullable(T.String()),
    roundRef: nullable(T.String()),
    decidedBy: T.String(),
    decidedAt: T.String({ format: 'date-time' }),
  }),
  public: { summary: 'Consortium decided', zh: '联合体状态或类别决定' },
});

export const ConsortiumCorrected = defineEvent('registry.consortium.corrected', {
  version: 1,
  aggregateType: 'consortium',
  payload: T.Object({
    id: uuid,
    name: T.String(),
    districtCodes: T.Array(T.String()),
    clusterCode: nullable(T.String()),
    previousDistrictCodes: T.Array(T.String()),
    reason: T.String(),
    version: T.Integer(),
  }),
  public: { summary: 'Consortium corrected', zh: '联合体信息更正' },
});

const organizationState = T.Object({
  id: uuid,
  uscc: T.String({ description: '统一社会信用代码' }),
  name: T.String(),
  type: T.String({ description: 'OrganizationType' }),
  districtCode: T.String(),
  version: T.Integer(),
  schoolLevel: nullable(T.String()),
  enterpriseSize: nullable(T.String()),
  isChainLeader: T.Boolean(),
  isAboveScale: T.Boolean(),
  integrationLevel: nullable(T.String()),
  parkLevel: nullable(T.String()),
  isKeyPark: T.Boolean(),
});

export const OrganizationCreated = defineEvent('registry.organization.created', {
  version: 1,
  aggregateType: 'organization',
  payload: organizationState,
  public: { summary: 'Organization created', zh: '单位登记' },
});

export const OrganizationUpdated = defineEvent('registry.organization.updated', {
  version: 1,
  aggregateType: 'organization',
  payload: organizationState,
  public: { summary: 'Organization updated', zh: '单位信息变更' },
});

const membershipState = {
  id: uuid,
  consortiumId: uuid,
  organizationId: uuid,
  role: T.String({ description: 'MembershipRole' }),
  isLead: T.Boolean(),
  isCoLead: T.Boolean(),
  isSecretariatHost: T.Boolean(),
  isPlatformOperator: T.Boolean(),
  validFrom: date,
  validTo: nullable(date),
  endReason: nullable(T.String()),
};

export const MembershipJoined = defineEvent('registry.membership.joined', {
  version: 1,
  aggregateType: 'membership',
  payload: T.Object(membershipState),
  public: { summary: 'Member joined', zh: '成员加入' },
});

export const MembershipLeft = defineEvent('registry.membership.left', {
  version: 1,
  aggregateType: 'membership',
  payload: T.Object({ ...membershipState, successorMembershipId: nullable(uuid) }),
  public: { summary: 'Member left', zh: '成员退出' },
});

export const MembershipRoleChanged = defineEvent('registry.membership.role-changed', {
  version: 1,
  aggregateType: 'membership',
  payload: T.Object({ ...membershipState, previousId: uuid }),
  public: { summary: 'Member role changed', zh: '成员角色变更' },
});

const applicationState = {
  id: uuid,
  consortiumId: uuid,
  kind: T.String({ description: 'ApplicationKind' }),
  organizationId: uuid,
  status: T.String({ description: 'ApplicationStatus' }),
  effectiveOn: date,
  requestedRole: nullable(T.String()),
  resolutionRef: nullable(T.String()),
  successorOrganizationId: T.Optional(uuid),
};
const applicationDecided = T.Object({ ...applicationState, membershipId: nullable(uuid) });

export const ApplicationSubmitted = defineEvent('registry.application.submitted', {
  version: 1,
  aggregateType: 'membership-application',
  payload: T.Object(applicationState),
  public: { summary: 'Application submitted', zh: '申请已提交' },
});
export const ApplicationUnderReview = defineEvent('registry.application.under-review', {
  version: 1,
  aggregateType: 'membership-application',
  payload: applicationDecided,
  public: { summary: 'Application under review', zh: '申请进入审核' },
});
export const ApplicationApproved = defineEvent('registry.application.approved', {
  version: 1,
  aggregateType: 'membership-application',
  payload: applicationDecided,
  public: { summary: 'Application approved', zh: '申请已批准' },
});
export const ApplicationRejected = defineEvent('registry.application.rejected', {
  version: 1,
  aggregateType: 'membership-application',
  payload: applicationDecided,
  public: { summary: 'Application rejected', zh: '申请已驳回' },
});
export const ApplicationWithdrawn = defineEvent('registry.application.withdrawn', {
  version: 1,
  aggregateType: 'membership-application',
  payload: applicationDecided,
  public: { summary: 'Application withdrawn', zh: '申请已撤回' },
});

export const GovernanceChanged = defineEvent('registry.governance.changed', {
  version: 1,
  aggregateType: 'consortium',
  payload: T.Object({
    consortiumId: uuid,
    entityType: T.String({ description: 'council-seat, council-resolution, secretariat, operations-platform, delegated-power or governance-document' }),
    entityId: T.String(),
    action: T.String({ example: 'registry.council-seat.create' }),
    after: T.Unsafe<object>({ type: 'object', additionalProperties: true, description: 'The governance object’s state after the change' }),
  }),
  public: { summary: 'Governance changed', zh: '治理结构变更' },
});

export const IndustryClusterCreated = defineEvent('registry.industry-cluster.created', {
  version: 1,
  aggregateType: 'industry-cluster',
  payload: T.Object({ id: uuid, code: T.String(), name: T.String(), category: T.String({ description: 'IndustryClusterCategory' }) }),
});

/** Internal: an import was requested (the job `registry.run-import` runs it). */
export const ImportRequested = defineEvent('registry.import.requested', {
  version: 1,
  aggregateType: 'import-job',
  payload: T.Object({ importId: uuid }),
});

export const OfficialListSnapshotted = defineEvent('registry.official-list.snapshotted', {
  version: 1,
  aggregateType: 'official-list-snapshot',
  payload: T.Object({ id: uuid, roundId: uuid, roundCode: T.String(), revision: T.Integer(), asOf: date, count: T.Integer() }),
});

export const ParticipationRecorded = defineEvent('registry.participation.recorded', {
  version: 1,
  aggregateType: 'consortium',
  payload: T.Object({ id: uuid, consortiumId: uuid, organizationId: uuid, quarter: T.String(), source: T.String(), ref: T.String() }),
});

/** The event of each move of an application after its submission (the status it moved to → its event). */
export const APPLICATION_MOVED_EVENTS = {
  UNDER_REVIEW: ApplicationUnderReview,
  APPROVED: ApplicationApproved,
  REJECTED: ApplicationRejected,
  WITHDRAWN: ApplicationWithdrawn,
} as const;

/** Every registry event, by name in code. */
/** A reference directory (名录) of a year imported by the task force (internal: city-wide data, not in the feed). */
export const ReferenceDirectoryImported = defineEvent('registry.reference-directory.imported', {
  version: 1,
  aggregateType: 'reference-directory',
  payload: T.Object({
    year: T.Integer(),
    directories: T.Array(
      T.Object({
        kind: T.Union([T.Literal('KEY_PARKS'), T.Literal('HIGHER_VOCATIONAL_COLLEGES'), T.Literal('ABOVE_SCALE_FIRMS')]),
        entries: T.Integer(),
        replaced: T.Integer(),
      }),
    ),
  }),
});
export type ReferenceDirectoryImportedPayload = Static<typeof ReferenceDirectoryImported.payload>;

/** A yearly city statistic entered or corrected by the task force (internal). */
export const CityStatisticRecorded = defineEvent('registry.city-statistic.recorded', {
  version: 1,
  aggregateType: 'city-statistic',
  payload: T.Object({
    indicator: T.Literal('HIGH_SKILLED_SHARE'),
    year: T.Integer(),
    value: T.Number(),
    source: T.String(),
    reportedOn: date,
    version: T.Integer(),
  }),
});
export type CityStatisticRecordedPayload = Static<typeof CityStatisticRecorded.payload>;

/** The `after` of a governance-document change (`GovernanceChanged` with entityType governance-document): the version recorded. */
export interface GovernanceDocumentRecordedAfter {
  id: string;
  kind: 'CHARTER' | 'OPERATING_RULES';
  sequence: number;
  versionLabel: string;
  title: string;
  adoptedOn: string;
  effectiveOn: string;
  resolutionId: string | null;
  changeSummary: string | null;
}

export const RegistryEvents = {
  ConsortiumCreated,
  ConsortiumDecided,
  ConsortiumCorrected,
  OrganizationCreated,
  OrganizationUpdated,
  MembershipJoined,
  MembershipLeft,
  MembershipRoleChanged,
  ApplicationSubmitted,
  ApplicationUnderReview,
  ApplicationApproved,
  ApplicationRejected,
  ApplicationWithdrawn,
  GovernanceChanged,
  IndustryClusterCreated,
  ImportRequested,
  OfficialListSnapshotted,
  ParticipationRecorded,
  ReferenceDirectoryImported,
  CityStatisticRecorded,
} as const;
