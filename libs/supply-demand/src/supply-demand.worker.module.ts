import { Module } from '@nestjs/common';
import { contractProviders, OutboxModule } from '#platform';
import { SupplyDemandContracts } from './contracts/index.js';
import { MatchDemandUseCase } from './application/use-cases/match-demand/match-demand.use-case.js';
import { MatchDemandHandler } from './jobs/match-demand.handler.js';
import { SupplyDemandRepository } from './persistence/supply-demand.repository.js';

/** 供需对接's side of the worker: the matching job (精准推送) on the `supply-demand` queue. */
@Module({
  imports: [OutboxModule],
  providers: [...contractProviders(SupplyDemandContracts), SupplyDemandRepository, MatchDemandUseCase, MatchDemandHandler],
  exports: [MatchDemandUseCase],
})
export class SupplyDemandWorkerModule {}
