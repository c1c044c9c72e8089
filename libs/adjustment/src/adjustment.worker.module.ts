import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { contractProviders, OutboxModule } from '#platform';
import { AdjustmentContracts } from './contracts/index.js';
import { RegistryLookupsModule } from '#registry';
import { RulesRunner } from './application/rules-runner.js';
import { RunRulesHandler } from './jobs/run-rules.handler.js';
import { ADJUSTMENT_ENTITIES } from './persistence/adjustment.entities.js';

/** The adjustment context's side of the worker: the rules after each published round and year. */
@Module({
  imports: [TypeOrmModule.forFeature(ADJUSTMENT_ENTITIES), OutboxModule, RegistryLookupsModule],
  providers: [...contractProviders(AdjustmentContracts), RulesRunner, RunRulesHandler],
})
export class AdjustmentWorkerModule {}
