import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { Environment } from './environment.js';

/**
 * Exposes the already validated environment as the injectable `Environment` (and through
 * `ConfigService`). Entry points validate `process.env` with `validateEnvironment` before Nest
 * starts, so a bad variable is reported as one line instead of a stack trace, and tests pass
 * their own environment (database, queue prefix) without touching `process.env`.
 */
@Global()
@Module({})
export class PlatformConfigModule {
  static forRoot(environment: Environment): DynamicModule {
    return {
      module: PlatformConfigModule,
      imports: [ConfigModule.forRoot({ ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({ ...environment })] })],
      providers: [{ provide: Environment, useValue: environment }],
      exports: [Environment, ConfigModule],
    };
  }
}
