import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { CreateIndustryClusterUseCase } from './application/create-industry-cluster/create-industry-cluster.use-case.js';
import { ListIndustryClustersQuery } from './application/list-industry-clusters/list-industry-clusters.query.js';
import { IndustryClustersController } from './http/industry-clusters.controller.js';
import { OrganizationsController } from './http/organizations.controller.js';
import { ConsortiaController } from './http/consortia.controller.js';
import { ApplicationsController } from './http/applications.controller.js';
import { ImportsController } from './http/imports.controller.js';
import { DelegatedPowersController, GovernanceController } from './http/governance.controller.js';
import { GetGovernanceQuery, GovernanceUseCases, GovernanceWriter, ListDelegatedPowersQuery } from './application/governance/governance.use-cases.js';
import { GovernanceDocumentsQuery, GovernanceDocumentsUseCases } from './application/governance/governance-documents.use-cases.js';
import { CityGovernanceDocumentsController, GovernanceDocumentsController } from './http/governance-documents.controller.js';
import { GOVERNANCE_ENTITIES } from './persistence/governance.entity.js';
import { ConsortiumLookup } from './application/consortium/consortium-lookup.js';
import { GetImportQuery, RequestImportUseCase } from './application/import/imports.use-cases.js';
import { ImportJobEntity } from './persistence/import-job.entity.js';
import { ListApplicationsQuery, SubmitApplicationUseCase, TransitionApplicationUseCase } from './application/application/applications.use-cases.js';
import { MembershipApplicationEntity } from './persistence/membership-application.entity.js';
import {
  CorrectConsortiumUseCase,
  CreateConsortiumUseCase,
  DecideConsortiumUseCase,
  GetConsortiumQuery,
  ListConsortiaQuery,
  ListDecisionsQuery,
  OfficialListQuery,
} from './application/consortium/consortia.use-cases.js';
import {
  ChangeMembershipRoleUseCase,
  ConsortiaOfOrganizationQuery,
  JoinConsortiumUseCase,
  LeaveConsortiumUseCase,
  MembersAsOfQuery,
  MembershipExportQuery,
} from './application/membership/memberships.use-cases.js';
import { ConsortiumDecisionEntity, ConsortiumEntity, ConsortiumPeriodEntity, MembershipEntity } from './persistence/consortium.entity.js';
import { GetOrganizationQuery, ListOrganizationsQuery, UpsertOrganizationUseCase } from './application/organization/organizations.use-cases.js';
import { OrganizationEntity, OrganizationNameEntity } from './persistence/organization.entity.js';
import { IndustryClusterEntity } from './persistence/industry-cluster.entity.js';
import { IndustryClusterRepository } from './persistence/industry-cluster.repository.js';
import { OFFICIAL_LIST_SNAPSHOT_ENTITIES } from './persistence/official-list-snapshot.entity.js';
import { ParticipationFactEntity } from './persistence/participation-fact.entity.js';
import { OfficialListSnapshotsQuery } from './application/official-list/official-list-snapshots.js';
import { DashboardQuery } from './application/dashboard/dashboard.query.js';
import { CityStatisticsUseCases, DirectoryCoverage, ImportDirectoryUseCase, ListDirectoryQuery } from './application/directory/reference-directories.js';
import { CityTargetsController } from './http/city-targets.controller.js';
import {
  ListParticipationQuery,
  ParticipationLookup,
  ParticipationRecorder,
  RecordParticipationUseCase,
} from './application/participation/participation.use-cases.js';
import { OfficialListController } from './http/official-list.controller.js';
import { ParticipationController } from './http/participation.controller.js';
import { MemberRecordsController } from './http/member-records.controller.js';
import { ConsortiumExistsQuery, MembershipHistoryQuery } from './application/membership/membership-history.query.js';

/** Registry (DESIGN §2): consortia, organizations, memberships, governance, dictionaries. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      IndustryClusterEntity,
      OrganizationEntity,
      OrganizationNameEntity,
      ConsortiumEntity,
      ConsortiumDecisionEntity,
      ConsortiumPeriodEntity,
      MembershipEntity,
      MembershipApplicationEntity,
      ImportJobEntity,
      ...GOVERNANCE_ENTITIES,
      ...OFFICIAL_LIST_SNAPSHOT_ENTITIES,
      ParticipationFactEntity,
    ]),
    OutboxModule,
  ],
  controllers: [
    IndustryClustersController,
    OrganizationsController,
    ConsortiaController,
    ApplicationsController,
    ImportsController,
    GovernanceController,
    DelegatedPowersController,
    GovernanceDocumentsController,
    CityGovernanceDocumentsController,
    OfficialListController,
    CityTargetsController,
    ParticipationController,
    MemberRecordsController,
  ],
  providers: [
    IndustryClusterRepository,
    ListIndustryClustersQuery,
    CreateIndustryClusterUseCase,
    UpsertOrganizationUseCase,
    ListOrganizationsQuery,
    MembershipHistoryQuery,
    ConsortiumExistsQuery,
    GetOrganizationQuery,
    CorrectConsortiumUseCase,
    CreateConsortiumUseCase,
    DecideConsortiumUseCase,
    GetConsortiumQuery,
    ListConsortiaQuery,
    ListDecisionsQuery,
    OfficialListQuery,
    JoinConsortiumUseCase,
    LeaveConsortiumUseCase,
    ChangeMembershipRoleUseCase,
    MembersAsOfQuery,
    ConsortiaOfOrganizationQuery,
    MembershipExportQuery,
    SubmitApplicationUseCase,
    TransitionApplicationUseCase,
    ListApplicationsQuery,
    RequestImportUseCase,
    GetImportQuery,
    GovernanceWriter,
    GovernanceUseCases,
    GetGovernanceQuery,
    ListDelegatedPowersQuery,
    GovernanceDocumentsUseCases,
    GovernanceDocumentsQuery,
    ConsortiumLookup,
    OfficialListSnapshotsQuery,
    DashboardQuery,
    DirectoryCoverage,
    ImportDirectoryUseCase,
    ListDirectoryQuery,
    CityStatisticsUseCases,
    ParticipationRecorder,
    RecordParticipationUseCase,
    ListParticipationQuery,
    ParticipationLookup,
  ],
  exports: [ConsortiumLookup, DirectoryCoverage, DecideConsortiumUseCase, SubmitApplicationUseCase, ParticipationRecorder, ParticipationLookup],
})
export class RegistryModule {}
