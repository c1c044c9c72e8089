import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { ImportJobEntity } from './persistence/import-job.entity.js';
import { JoinConsortiumUseCase } from './application/membership/memberships.use-cases.js';
import { RunImportHandler } from './jobs/run-import.handler.js';

/** The registry's event handlers, run by the worker app. */
@Module({
  imports: [OutboxModule, TypeOrmModule.forFeature([ImportJobEntity])],
  providers: [RunImportHandler, JoinConsortiumUseCase],
})
export class RegistryWorkerModule {}
