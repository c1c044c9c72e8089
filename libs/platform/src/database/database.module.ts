import { Inject, Injectable, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Environment } from '../config/environment.js';
import { dataSourceOptions } from './data-source-options.js';
import { runMigrations } from './migrate.js';

@Injectable()
class MigrateOnStart implements OnModuleInit {
  private readonly logger = new Logger('Migrations');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Environment) private readonly env: Environment,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.env.MIGRATIONS_RUN) return;
    const applied = await runMigrations(this.dataSource);
    if (applied.length > 0) this.logger.log(`applied ${applied.length} migration(s): ${applied.join(', ')}`);
  }
}

/** TypeORM on PostgreSQL; entities are registered by each context with `TypeOrmModule.forFeature`. */
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [Environment],
      useFactory: (env: Environment) => ({
        ...dataSourceOptions({
          url: env.DATABASE_URL,
          poolSize: env.DATABASE_POOL_SIZE,
          applicationName: 'cej',
        }),
        autoLoadEntities: true,
        // A few retries at start, so start-up order in compose does not matter.
        retryAttempts: 5,
        retryDelay: 2_000,
      }),
    }),
  ],
  providers: [MigrateOnStart],
})
export class DatabaseModule {}
