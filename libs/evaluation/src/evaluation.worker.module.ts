import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { contractProviders, OutboxModule } from '#platform';
import { RegistryLookupsModule } from '#registry';
import { EvaluationContracts } from './contracts/index.js';
import { ScoreRoundUseCase } from './application/score-round.use-case.js';
import { ScoreYearUseCase } from './application/score-year.use-case.js';
import { ScoringRevisions } from './application/scoring-revisions.js';
import { ScoreRoundHandler } from './jobs/score-round.handler.js';
import { ScoreYearHandler } from './jobs/score-year.handler.js';
import { ANNUAL_ENTITIES } from './persistence/annual.entities.js';
import { BEST_PRACTICE_ENTITIES } from './persistence/best-practice.entities.js';
import { EVALUATION_ENTITIES } from './persistence/evaluation.entities.js';

/** The evaluation context's side of the worker: scoring of rounds and the annual competition on the `evaluation` queue. */
@Module({
  imports: [TypeOrmModule.forFeature([...EVALUATION_ENTITIES, ...BEST_PRACTICE_ENTITIES, ...ANNUAL_ENTITIES]), OutboxModule, RegistryLookupsModule],
  providers: [...contractProviders(EvaluationContracts), ScoreRoundHandler, ScoreYearHandler, ScoreRoundUseCase, ScoreYearUseCase, ScoringRevisions],
})
export class EvaluationWorkerModule {}
