import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { contractProviders, OutboxModule } from '#platform';
import { EvaluationContracts } from './contracts/index.js';
import { RegistryLookupsModule } from '#registry';
import { ScoreRoundHandler } from './jobs/score-round.handler.js';
import { ScoreYearHandler } from './jobs/score-year.handler.js';
import { ANNUAL_ENTITIES } from './persistence/annual.entities.js';
import { BEST_PRACTICE_ENTITIES } from './persistence/best-practice.entities.js';
import { EVALUATION_ENTITIES } from './persistence/evaluation.entities.js';

/** The evaluation context's side of the worker: scoring of rounds and the annual competition on the `evaluation` queue. */
@Module({
  imports: [TypeOrmModule.forFeature([...EVALUATION_ENTITIES, ...BEST_PRACTICE_ENTITIES, ...ANNUAL_ENTITIES]), OutboxModule, RegistryLookupsModule],
  providers: [...contractProviders(EvaluationContracts), ScoreRoundHandler, ScoreYearHandler],
})
export class EvaluationWorkerModule {}
