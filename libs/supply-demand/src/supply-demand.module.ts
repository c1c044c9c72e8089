import { Global, Module } from '@nestjs/common';
import { PLATFORM_VALUE_SOURCE } from '#evaluation';
import { SUPPLY_DEMAND_FIGURES } from '#ledger';
import { OutboxModule } from '#platform';
import { ParticipationRecorder } from '#registry';
import { SupplyDemandPlatformValues } from './application/platform-values/supply-demand-platform-values.js';
import { SupplyDemandScorecardFigures } from './application/scorecard-figures/supply-demand-scorecard-figures.js';
import { ComputeFiguresUseCase } from './application/use-cases/compute-figures/compute-figures.use-case.js';
import { CorrectPaymentUseCase } from './application/use-cases/correct-payment/correct-payment.use-case.js';
import { CreateDemandUseCase } from './application/use-cases/create-demand/create-demand.use-case.js';
import { FulfilDemandUseCase } from './application/use-cases/fulfil-demand/fulfil-demand.use-case.js';
import { GetDemandUseCase } from './application/use-cases/get-demand/get-demand.use-case.js';
import { ImportProgramsUseCase } from './application/use-cases/import-programs/import-programs.use-case.js';
import { ListProgramsUseCase } from './application/use-cases/list-programs/list-programs.use-case.js';
import { ListRecommendationsUseCase } from './application/use-cases/list-recommendations/list-recommendations.use-case.js';
import { PublishDemandUseCase } from './application/use-cases/publish-demand/publish-demand.use-case.js';
import { RecordOutcomeUseCase } from './application/use-cases/record-outcome/record-outcome.use-case.js';
import { RecordPaymentUseCase } from './application/use-cases/record-payment/record-payment.use-case.js';
import { RegisterCapabilityUseCase } from './application/use-cases/register-capability/register-capability.use-case.js';
import { RegisterProgramUseCase } from './application/use-cases/register-program/register-program.use-case.js';
import { RespondToDemandUseCase } from './application/use-cases/respond-to-demand/respond-to-demand.use-case.js';
import { SearchDemandsUseCase } from './application/use-cases/search-demands/search-demands.use-case.js';
import { ShortlistResponseUseCase } from './application/use-cases/shortlist-response/shortlist-response.use-case.js';
import { WithdrawDemandUseCase } from './application/use-cases/withdraw-demand/withdraw-demand.use-case.js';
import { SupplyDemandController } from './http/supply-demand.controller.js';
import { SupplyDemandRepository } from './persistence/supply-demand.repository.js';

/**
 * The ports other contexts read this one through, bound to its figures: the evaluation's platform
 * values (source PLATFORM) and the ledger's district-scorecard component. Global so that those
 * modules, which do not know this context, receive them by their tokens.
 */
@Global()
@Module({
  providers: [
    SupplyDemandRepository,
    SupplyDemandPlatformValues,
    SupplyDemandScorecardFigures,
    { provide: PLATFORM_VALUE_SOURCE, useExisting: SupplyDemandPlatformValues },
    { provide: SUPPLY_DEMAND_FIGURES, useExisting: SupplyDemandScorecardFigures },
  ],
  exports: [PLATFORM_VALUE_SOURCE, SUPPLY_DEMAND_FIGURES],
})
export class SupplyDemandPortsModule {}

const USE_CASES = [
  RegisterProgramUseCase,
  ImportProgramsUseCase,
  ListProgramsUseCase,
  RegisterCapabilityUseCase,
  CreateDemandUseCase,
  PublishDemandUseCase,
  WithdrawDemandUseCase,
  FulfilDemandUseCase,
  SearchDemandsUseCase,
  GetDemandUseCase,
  ListRecommendationsUseCase,
  RespondToDemandUseCase,
  ShortlistResponseUseCase,
  RecordOutcomeUseCase,
  RecordPaymentUseCase,
  CorrectPaymentUseCase,
  ComputeFiguresUseCase,
];

/** 供需对接 (DESIGN §8) over HTTP, and its platform values for the answer sheets. */
@Module({
  imports: [OutboxModule, SupplyDemandPortsModule],
  controllers: [SupplyDemandController],
  providers: [SupplyDemandRepository, ParticipationRecorder, ...USE_CASES],
  exports: [
    CreateDemandUseCase,
    PublishDemandUseCase,
    RegisterProgramUseCase,
    RespondToDemandUseCase,
    ShortlistResponseUseCase,
    RecordOutcomeUseCase,
    RecordPaymentUseCase,
  ],
})
export class SupplyDemandModule {}
