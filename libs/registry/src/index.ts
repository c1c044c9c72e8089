export { RegistryModule } from './registry.module.js';
export {
  INDUSTRY_CLUSTER_CATEGORIES,
  type IndustryCluster,
  type IndustryClusterCategory,
} from './domain/industry-cluster.js';
export { type District, districtByCode, DISTRICTS } from './domain/districts.js';
export { makeUscc, USCC_CHARSET, usccProblem } from './domain/uscc.js';
export { ORGANIZATION_TYPES, type Organization, type OrganizationType } from './domain/organization.js';
export { RegistryWorkerModule } from './registry.worker.module.js';
export { RegistryLookupsModule } from './registry-lookups.module.js';
export { ConsortiumLookup, type ConsortiumState } from './application/consortium/consortium-lookup.js';
export { CONTENT_TYPES as TABLE_CONTENT_TYPES, writeTable } from './application/import/tabular.js';
export { IMPORT_FORMATS as TABLE_FORMATS, type ImportFormat as TableFormat } from './domain/import.js';
export { type DecisionCommand, DecideConsortiumUseCase, type DecisionView } from './application/consortium/consortia.use-cases.js';
export { type ApplicationView, SubmitApplicationUseCase, type SubmitApplicationCommand } from './application/application/applications.use-cases.js';
export { type ConsortiumStatus, type Level, levelOf, ON_LIST, type Tier } from './domain/consortium.js';
export { compositionBrokenSince } from './application/consortium/composition-history.js';
export {
  type ParticipationView,
  ParticipationLookup,
  ParticipationRecorder,
} from './application/participation/participation.use-cases.js';
export {
  idleQuarters,
  type MemberParticipation,
  PARTICIPATION_SOURCES,
  type ParticipationFact,
  type ParticipationSource,
} from './domain/participation.js';
export { isQuarter, quarterBounds, quarterOfDate, quartersBetween, shiftQuarter } from './domain/quarter.js';
export { takeSnapshot as snapshotOfficialList } from './application/official-list/official-list-snapshots.js';
export { readTable, type Table } from './application/import/tabular.js';
export { byColumn, type Cell, type ColumnSpec, dateCell, FileProblem, mapHeader, type RowError, textCell } from './domain/import.js';
export * from './domain/registry.labels.js';
export { DirectoryCoverage } from './application/directory/reference-directories.js';
export * from './contracts/events.js';
export { CITY_STATISTICS, type CityStatistic, DIRECTORY_KINDS, type DirectoryKind } from './domain/reference-directory.js';
export { GOVERNANCE_DOCUMENT_KINDS, type GovernanceDocumentKind } from './domain/governance-document.js';
