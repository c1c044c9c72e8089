import type { DataSourceOptions } from 'typeorm';
import { migrations } from '../../../../migrations/index.js';

export interface DatabaseSettings {
  url: string;
  poolSize: number;
  applicationName: string;
}

/**
 * Options shared by the Nest apps and the migration CLI. `synchronize` is never on: the schema
 * comes from `migrations/` only.
 */
export function dataSourceOptions(settings: DatabaseSettings): DataSourceOptions {
  return {
    type: 'postgres',
    url: settings.url,
    applicationName: settings.applicationName,
    synchronize: false,
    migrationsRun: false,
    migrations,
    migrationsTableName: 'schema_migration',
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    extra: {
      max: settings.poolSize,
      // Fail fast while PostgreSQL is unreachable, so readiness turns 503 instead of hanging.
      connectionTimeoutMillis: 3_000,
      idleTimeoutMillis: 30_000,
    },
  };
}
