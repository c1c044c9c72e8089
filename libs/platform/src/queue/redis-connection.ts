import type { RedisOptions } from 'bullmq';

/** Reconnect with a capped backoff, forever: Redis may be restarted under a running process. */
const retryStrategy = (times: number) => Math.min(times * 200, 5_000);

/**
 * Connection options for BullMQ workers and blocking clients: commands wait for the connection
 * to come back instead of failing (`maxRetriesPerRequest: null`, as BullMQ requires).
 */
export function workerConnection(url: string): RedisOptions & { url: string } {
  return { url, maxRetriesPerRequest: null, enableReadyCheck: true, retryStrategy };
}

/**
 * Connection options for producers and request-path clients: fail fast while Redis is down
 * (no offline queue, one retry), so a caller is told at once and the outbox retries later.
 */
export function producerConnection(url: string): RedisOptions & { url: string } {
  return { url, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, retryStrategy };
}
