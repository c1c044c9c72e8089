import type { DirectoryKind, CityStatistic } from '../domain/reference-directory.js';

/**
 * Events of the registry declared as contracts: the name once, with its payload type. (Older
 * registry events are still spelled beside their use cases.)
 */
export const REGISTRY_EVENTS = {
  /** Every governance write, a governance document version included (feed event, scoped to the consortium's districts). */
  GOVERNANCE_CHANGED: 'registry.governance.changed',
  /** A reference directory (名录) of a year imported by the task force (internal: city-wide data, not in the feed). */
  REFERENCE_DIRECTORY_IMPORTED: 'registry.reference-directory.imported',
  /** A yearly city statistic entered or corrected by the task force (internal). */
  CITY_STATISTIC_RECORDED: 'registry.city-statistic.recorded',
} as const;
export type RegistryEventName = (typeof REGISTRY_EVENTS)[keyof typeof REGISTRY_EVENTS];

export interface GovernanceChangedPayload {
  consortiumId: string;
  /** council-seat, council-resolution, secretariat, operations-platform, delegated-power, governance-document */
  entityType: string;
  entityId: string;
  action: string;
  after: object;
}

/** The `after` of a governance-document change: the version recorded. */
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

export interface ReferenceDirectoryImportedPayload {
  year: number;
  /** Each directory the file held, which replaced that year's directory of its kind. */
  directories: { kind: DirectoryKind; entries: number; replaced: number }[];
}

export interface CityStatisticRecordedPayload {
  indicator: CityStatistic;
  year: number;
  value: number;
  source: string;
  reportedOn: string;
  version: number;
}
