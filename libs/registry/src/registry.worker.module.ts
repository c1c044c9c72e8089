import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { contractProviders, OutboxModule } from '#platform';
import { RegistryContracts } from './contracts/index.js';
import { ImportJobEntity } from './persistence/import-job.entity.js';
import { JoinConsortiumUseCase } from './application/membership/memberships.use-cases.js';
import { RunImportHandler } from './jobs/run-import.handler.js';
import { SnapshotOfficialListHandler } from './jobs/snapshot-official-list.handler.js';
import { ConsortiumLookup } from './application/consortium/consortium-lookup.js';
import { OFFICIAL_LIST_SNAPSHOT_ENTITIES } from './persistence/official-list-snapshot.entity.js';
import { ParticipationFactEntity } from './persistence/participation-fact.entity.js';

/** The registry's event handlers, run by the worker app. */
@Module({
  imports: [OutboxModule, TypeOrmModule.forFeature([ImportJobEntity, ...OFFICIAL_LIST_SNAPSHOT_ENTITIES, ParticipationFactEntity])],
  providers: [...contractProviders(RegistryContracts), RunImportHandler, JoinConsortiumUseCase, SnapshotOfficialListHandler, ConsortiumLookup],
})
export class RegistryWorkerModule {}
