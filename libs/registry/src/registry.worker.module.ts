import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { ImportJobEntity } from './persistence/import-job.entity.js';
import { RunOrganizationImportHandler } from './jobs/run-organization-import.handler.js';

/** The registry's event handlers, run by the worker app. */
@Module({
  imports: [OutboxModule, TypeOrmModule.forFeature([ImportJobEntity])],
  providers: [RunOrganizationImportHandler],
})
export class RegistryWorkerModule {}
