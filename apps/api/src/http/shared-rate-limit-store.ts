import { createRequire } from 'node:module';
import type { FastifyRateLimitStore, FastifyRateLimitStoreCtor } from '@fastify/rate-limit';
import type { Cluster, Redis } from 'ioredis';

type Counted = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = Parameters<FastifyRateLimitStore['child']>[0];

/** The plugin's own stores (CommonJS, not in its typings): the Redis one is a Lua INCR + PEXPIRE. */
interface PluginStore extends FastifyRateLimitStore {
  read?(key: string, callback: Counted, timeWindow: number, max: number): void;
  child(routeOptions: RouteOptions): PluginStore;
}
const require = createRequire(import.meta.url);
const RedisStore = require('@fastify/rate-limit/store/RedisStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  redis: Redis | Cluster,
  nameSpace: string,
) => PluginStore;
const LocalStore = require('@fastify/rate-limit/store/LocalStore.js') as new (
  continueExceeding: boolean,
  exponentialBackoff: boolean,
  cache?: number,
) => PluginStore;

/**
 * A rate-limit store shared by every API replica: the counters live in Redis (one key per client
 * address and route, under `nameSpace`), so N replicas enforce one limit. While Redis cannot be
 * reached the count falls back to this replica's memory — the limit then holds per replica, as
 * before, instead of refusing every login (a 500) or letting every request through.
 */
class SharedStore implements PluginStore {
  constructor(
    private readonly shared: PluginStore,
    private readonly local: PluginStore,
    private readonly onFallback: (error: Error) => void,
  ) {}

  incr(key: string, callback: Counted, timeWindow: number, max: number): void {
    this.shared.incr(
      key,
      (error, result) => {
        if (!error) return callback(null, result);
        this.onFallback(error);
        this.local.incr(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  read(key: string, callback: Counted, timeWindow: number, max: number): void {
    this.shared.read!(
      key,
      (error, result) => {
        if (!error) return callback(null, result);
        this.onFallback(error);
        this.local.read!(key, callback, timeWindow, max);
      },
      timeWindow,
      max,
    );
  }

  child(routeOptions: RouteOptions): PluginStore {
    return new SharedStore(this.shared.child(routeOptions), this.local.child(routeOptions), this.onFallback);
  }
}

export function sharedRateLimitStore(redis: Redis | Cluster, nameSpace: string, onFallback: (error: Error) => void): FastifyRateLimitStoreCtor {
  return class {
    constructor(options: { continueExceeding?: boolean; exponentialBackoff?: boolean }) {
      const continueExceeding = options.continueExceeding ?? false;
      const exponentialBackoff = options.exponentialBackoff ?? false;
      return new SharedStore(
        new RedisStore(continueExceeding, exponentialBackoff, redis, nameSpace),
        new LocalStore(continueExceeding, exponentialBackoff),
        onFallback,
      );
    }
  } as unknown as FastifyRateLimitStoreCtor;
}
