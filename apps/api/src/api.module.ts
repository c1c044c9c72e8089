import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import {
  AuditModule,
  DatabaseModule,
  type Environment,
  LoggingModule,
  PlatformConfigModule,
  RedisHealthIndicator,
} from '#platform';
import { AdjustmentModule } from '#adjustment';
import { EvaluationModule } from '#evaluation';
import { IdentityModule } from '#identity';
import { IntegrationModule } from '#integration';
import { RegistryModule } from '#registry';
import { BoardController } from './board/board.controller.js';
import { HealthController } from './http/health.controller.js';

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
        ...extraModules,
      ],
      controllers: [HealthController, BoardController],
      providers: [RedisHealthIndicator],
    };
  }
}
