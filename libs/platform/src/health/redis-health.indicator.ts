import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { Cluster, Redis } from 'ioredis';
import { Environment } from '../config/environment.js';
import { redisClient } from '../queue/redis-connection.js';

/** Readiness of Redis: a PING within a short timeout, on a fail-fast connection. */
@Injectable()
export class RedisHealthIndicator implements OnModuleDestroy {
  private readonly client: Redis | Cluster;

  constructor(
    private readonly indicator: HealthIndicatorService,
    env: Environment,
  ) {
    this.client = redisClient(env, 'producer', { lazyConnect: true });
    this.client.on('error', () => undefined); // reported through the check
  }

  async isHealthy(key = 'redis') {
    const check = this.indicator.check(key);
    try {
      if (this.client.status === 'wait') await this.client.connect();
      const reply = await Promise.race([
        this.client.ping(),
        new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout after 1000 ms')), 1_000).unref()),
      ]);
      return reply === 'PONG' ? check.up() : check.down({ message: `unexpected reply ${String(reply)}` });
    } catch (error) {
      return check.down({ message: (error as Error).message });
    }
  }

  onModuleDestroy(): void {
    this.client.disconnect();
  }
}
