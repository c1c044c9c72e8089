import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { contractProviders, OutboxModule } from '#platform';
import { ConsortiumLookup } from '#registry';
import { SuperviseLedgerUseCase } from './application/supervise.use-case.js';
import { SupervisionProcessor, SupervisionScheduler } from './jobs/supervision.jobs.js';
import { LedgerContracts, LedgerQueues } from './contracts/index.js';
import { LedgerRepository } from './persistence/ledger.repository.js';

/** The ledger's side of the worker: the daily supervision (a BullMQ job scheduler and its processor). */
@Module({
  imports: [OutboxModule, BullModule.registerQueue({ name: LedgerQueues.ledger.name })],
  providers: [...contractProviders(LedgerContracts), LedgerRepository, SuperviseLedgerUseCase, ConsortiumLookup, SupervisionScheduler, SupervisionProcessor],
})
export class LedgerWorkerModule {}
