import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { AuditModule, DatabaseModule, type Environment, LoggingModule, PlatformConfigModule, RedisHealthIndicator } from '#platform';
import { AdjustmentModule } from '#adjustment';
import { EvaluationModule } from '#evaluation';
import { IdentityModule } from '#identity';
import { IntegrationModule } from '#integration';
import { LedgerModule } from '#ledger';
import { SupplyDemandModule } from '#supply-demand';
import { RegistryModule } from '#registry';
import { DictionariesController } from './dictionaries/dictionaries.controller.js';
import { BoardController } from './board/board.controller.js';
import { HealthController } from './http/health.controller.js';
import { HomeController } from './http/home.controller.js';

/** The HTTP API: platform wiring plus each context's module. */
@Module({})
export class ApiModule {
  static forRoot(environment: Environment, extraModules: Type[] = []): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        PlatformConfigModule.forRoot(environment),
        LoggingModule.forRoot('api'),
        DatabaseModule,
        AuditModule,
        TerminusModule.forRoot({ logger: false }),
        IdentityModule,
        RegistryModule,
        EvaluationModule,
        AdjustmentModule,
        IntegrationModule,
        LedgerModule,
        SupplyDemandModule,
        ...extraModules,
      ],
      controllers: [HealthController, HomeController, DictionariesController, BoardController],
      providers: [RedisHealthIndicator],
    };
  }
}
