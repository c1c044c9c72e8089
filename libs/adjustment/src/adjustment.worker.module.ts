import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { ConsortiumLookup, ParticipationLookup } from '#registry';
import { RulesRunner } from './application/rules-runner.js';
import { RunRulesHandler } from './jobs/run-rules.handler.js';
import { ADJUSTMENT_ENTITIES } from './persistence/adjustment.entities.js';

/** The adjustment context's side of the worker: the rules after each published round and year. */
@Module({
  imports: [TypeOrmModule.forFeature(ADJUSTMENT_ENTITIES), OutboxModule],
  providers: [RulesRunner, RunRulesHandler, ConsortiumLookup, ParticipationLookup],
})
export class AdjustmentWorkerModule {}
