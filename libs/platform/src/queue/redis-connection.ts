import type { ConnectionOptions, RedisOptions } from 'bullmq';
import { Cluster, type ClusterOptions, Redis } from 'ioredis';

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

/** Where Redis is: one server, or one node of a Redis Cluster (`REDIS_CLUSTER`). */
export interface RedisSettings {
  REDIS_URL: string;
  REDIS_CLUSTER?: boolean;
}

export type RedisRole = 'worker' | 'producer';

/** The settings of a role, for one server. */
const roleOptions = (role: RedisRole, url: string) => (role === 'worker' ? workerConnection(url) : producerConnection(url));

/**
 * The cluster form of a role's settings: REDIS_URL is the seed node (the client learns the others
 * from it); its credentials and TLS apply to every node. Per-command settings go to each node's
 * connection; the offline queue is the cluster's own.
 */
function clusterOptions(role: RedisRole, url: string): { nodes: { host: string; port: number }[]; options: ClusterOptions } {
  const parsed = new URL(url);
  const { url: _url, enableOfflineQueue, retryStrategy: _retry, ...perNode } = roleOptions(role, url);
  const redisOptions: RedisOptions = {
    ...perNode,
    ...(parsed.username ? { username: decodeURIComponent(parsed.username) } : {}),
    ...(parsed.password ? { password: decodeURIComponent(parsed.password) } : {}),
    ...(parsed.protocol === 'rediss:' ? { tls: {} } : {}),
  };
  return {
    nodes: [{ host: parsed.hostname.replace(/^\[|\]$/g, ''), port: Number(parsed.port || 6379) }],
    options: { redisOptions, enableOfflineQueue: enableOfflineQueue ?? true, enableReadyCheck: true, clusterRetryStrategy: retryStrategy },
  };
}

/**
 * A Redis client for a role: an ioredis `Redis` for one server, a `Cluster` when REDIS_CLUSTER is
 * set. `lazyConnect` leaves connecting to the caller.
 */
export function redisClient(settings: RedisSettings, role: RedisRole, extra: { lazyConnect?: boolean; connectionName?: string } = {}): Redis | Cluster {
  if (settings.REDIS_CLUSTER) {
    const { nodes, options } = clusterOptions(role, settings.REDIS_URL);
    return new Cluster(nodes, {
      ...options,
      lazyConnect: extra.lazyConnect ?? false,
      redisOptions: { ...options.redisOptions, ...(extra.connectionName ? { connectionName: extra.connectionName } : {}) },
    });
  }
  const { url, ...options } = roleOptions(role, settings.REDIS_URL);
  return new Redis(url, { ...options, ...extra });
}

/**
 * What BullMQ is given as its connection. One server: options, and BullMQ opens (and closes) its
 * own connections. A cluster: BullMQ needs a `Cluster` instance, which it shares between the queues
 * given it and duplicates for a worker's blocking reads; the caller closes the instance (`close`)
 * once the queues and workers are closed.
 */
export function queueConnection(settings: RedisSettings, role: RedisRole): { connection: ConnectionOptions; close(): Promise<void> } {
  if (!settings.REDIS_CLUSTER) return { connection: roleOptions(role, settings.REDIS_URL), close: () => Promise.resolve() };
  const cluster = redisClient(settings, role) as Cluster;
  cluster.on('error', () => undefined); // BullMQ reports the errors of its own clients
  return {
    connection: cluster,
    async close() {
      await cluster.quit().catch(() => cluster.disconnect());
    },
  };
}
