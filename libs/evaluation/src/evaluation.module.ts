import { ResultExportsQuery } from './application/result-exports.js';
import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OutboxModule } from '#platform';
import { RegistryModule } from '#registry';
import { AnnualCompetitionUseCases } from './application/annual-competition.use-cases.js';
import { AnswerSheetsUseCases } from './application/answer-sheets.use-cases.js';
import { BestPracticesUseCases } from './application/best-practices.use-cases.js';
import { PublishedScoresQuery } from './application/published-scores.query.js';
import { RoundScoringUseCases } from './application/round-scoring.use-cases.js';
import { SchemesAndRoundsUseCases } from './application/schemes-and-rounds.use-cases.js';
import { AnnualController } from './http/annual.controller.js';
import { BestPracticeController } from './http/best-practice.controller.js';
import { EvaluationController } from './http/evaluation.controller.js';
import { PublishedScoresController } from './http/published-scores.controller.js';
import { ANNUAL_ENTITIES } from './persistence/annual.entities.js';
import { BEST_PRACTICE_ENTITIES } from './persistence/best-practice.entities.js';
import { EVALUATION_ENTITIES } from './persistence/evaluation.entities.js';
import { ConsortiumResultQuery } from './application/consortium-result.query.js';
import { PlatformAnswers } from './application/platform-answers.js';

/** 赛马比拼 (DESIGN §3). It asks the registry about consortia through its exported lookup. */
@Module({
  imports: [TypeOrmModule.forFeature([...EVALUATION_ENTITIES, ...BEST_PRACTICE_ENTITIES, ...ANNUAL_ENTITIES]), OutboxModule, RegistryModule],
  controllers: [EvaluationController, BestPracticeController, AnnualController, PublishedScoresController],
  providers: [
    SchemesAndRoundsUseCases,
    AnswerSheetsUseCases,
    RoundScoringUseCases,
    BestPracticesUseCases,
    AnnualCompetitionUseCases,
    ConsortiumResultQuery,
    ResultExportsQuery,
    PublishedScoresQuery,
    PlatformAnswers,
  ],
})
export class EvaluationModule {}
