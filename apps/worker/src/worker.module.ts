import { type DynamicModule, Module, type ModuleMetadata } from '@nestjs/common';
import { AdjustmentWorkerModule } from '#adjustment';
import { EvaluationWorkerModule } from '#evaluation';
import { IntegrationWorkerModule } from '#integration';
import { LedgerWorkerModule } from '#ledger';
import { RegistryWorkerModule } from '#registry';
import { SupplyDemandWorkerModule } from '#supply-demand';
import { AuditModule, DatabaseModule, type Environment, LoggingModule, OutboxWorkerModule, PlatformConfigModule } from '#platform';

/**
 * The worker: relays the outbox to BullMQ and runs the event handlers that contexts register
 * with `@OnEvent` in their worker modules. No HTTP.
 */
@Module({})
export class WorkerModule {
  static forRoot(environment: Environment, extra: ModuleMetadata['imports'] = []): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        PlatformConfigModule.forRoot(environment),
        LoggingModule.forRoot('worker'),
        DatabaseModule,
        AuditModule,
        OutboxWorkerModule,
        RegistryWorkerModule,
        EvaluationWorkerModule,
        AdjustmentWorkerModule,
        IntegrationWorkerModule,
        LedgerWorkerModule,
        SupplyDemandWorkerModule,
        ...extra,
      ],
    };
  }
}
