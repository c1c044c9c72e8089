import { BullModule } from '@nestjs/bullmq';
import { type DynamicModule, Inject, Injectable, Module, type OnApplicationShutdown } from '@nestjs/common';
import { Environment } from '../config/environment.js';
import { jobOptions } from './queues.js';
import { queueConnection } from './redis-connection.js';

const QUEUE_CONNECTION = Symbol('QUEUE_CONNECTION');

/** Closes a shared cluster connection once Nest has closed the queues and workers using it. */
@Injectable()
class QueueConnectionCloser implements OnApplicationShutdown {
  constructor(@Inject(QUEUE_CONNECTION) private readonly shared: ReturnType<typeof queueConnection>) {}

  async onApplicationShutdown(): Promise<void> {
    await this.shared.close();
  }
}

/** The one connection BullMQ is given (see `queueConnection`), and what closes it. */
@Module({})
class QueueConnectionModule {
  static forRole(role: 'worker' | 'producer'): DynamicModule {
    return {
      module: QueueConnectionModule,
      providers: [{ provide: QUEUE_CONNECTION, inject: [Environment], useFactory: (env: Environment) => queueConnection(env, role) }, QueueConnectionCloser],
      exports: [QUEUE_CONNECTION],
    };
  }
}

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
    return {
      module: QueueModule,
      imports: [
        BullModule.forRootAsync({
          imports: [QueueConnectionModule.forRole(mode === 'worker' ? 'worker' : 'producer')],
          inject: [Environment, QUEUE_CONNECTION],
          useFactory: (env: Environment, connection: ReturnType<typeof queueConnection>) => ({
            connection: connection.connection,
            prefix: env.QUEUE_PREFIX,
            defaultJobOptions: jobOptions(env),
          }),
        }),
      ],
      exports: [BullModule],
    };
  }
}
