import { Module } from '@nestjs/common';
import { OutboxModule } from '#platform';
import { ConsortiumLookup, DirectoryCoverage } from '#registry';
import { DistrictScorecardQuery } from './application/district-scorecard.query.js';
import { ImportTaskListUseCase } from './application/import-task-list.use-case.js';
import { LedgerUseCases } from './application/ledger.use-cases.js';
import { LedgerViewsQuery } from './application/ledger-views.query.js';
import { SuperviseLedgerUseCase } from './application/supervise.use-case.js';
import { LedgerController } from './http/ledger.controller.js';
import { LedgerRepository } from './persistence/ledger.repository.js';

/** 工作台账 (DESIGN §9): the ledger, progress reports, supervision, imports and rollups over HTTP. */
@Module({
  imports: [OutboxModule],
  controllers: [LedgerController],
  providers: [
    LedgerRepository,
    LedgerUseCases,
    LedgerViewsQuery,
    SuperviseLedgerUseCase,
    ImportTaskListUseCase,
    DistrictScorecardQuery,
    ConsortiumLookup,
    DirectoryCoverage,
  ],
  exports: [LedgerUseCases, ImportTaskListUseCase],
})
export class LedgerModule {}
