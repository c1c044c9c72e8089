import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Module } from '@nestjs/common';
import { Environment } from '../config/environment.js';
import { jobOptions } from './queues.js';
import { producerConnection, workerConnection } from './redis-connection.js';

/**
 * BullMQ on Redis. The queues are the contexts' (their contracts); the outbox relay opens them.
 * - `worker`: connections wait for Redis (`maxRetriesPerRequest: null`), as processors need.
 * - `client`: connections fail fast, for request paths (e.g. reading a job's progress), so an
 *   HTTP call never hangs on a missing Redis.
 * Nothing enqueues through these queues directly: jobs come from the outbox relay.
 */
@Module({})
export class QueueModule {
  static forRoot(mode: 'worker' | 'client'): DynamicModule {
    const connection = mode === 'worker' ? workerConnection : producerConnection;
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => ({
            connection: connection(env.REDIS_URL),
            prefix: env.QUEUE_PREFIX,
            defaultJobOptions: jobOptions(env),
          }),
        }),
      ],
      exports: [BullModule],
    };
  }
}
