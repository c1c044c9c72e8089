import { ConfigurationError } from '../config/environment.js';
import { redisClient, type RedisSettings } from './redis-connection.js';

/** The Redis key naming the database whose processes use a queue prefix. */
export const prefixOwnerKey = (prefix: string) => `${prefix}:owner`;

/** The database a URL names (its path), as the owner of a queue prefix. */
export const databaseOf = (databaseUrl: string): string => decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));

export interface PrefixClaim {
  /** Stops refreshing the claim (it lapses after its time to live). */
  release(): Promise<void>;
}

/**
 * Claims the queue prefix for a database: an API or worker refuses to start on a prefix that the
 * processes of another database use on the same Redis, since they would take each other's jobs.
 * The claim (`<prefix>:owner` = database name) lives `ttlSeconds` and is refreshed every third of
 * it while the process runs, so it lapses soon after the last process of that database stops. A
 * Redis that does not answer is not a reason to refuse: the process starts, reports Redis in its
 * readiness, and claims the prefix at the next refresh.
 */
export async function claimQueuePrefix(redis: string | RedisSettings, prefix: string, database: string, { ttlSeconds = 60 } = {}): Promise<PrefixClaim> {
  const client = redisClient(typeof redis === 'string' ? { REDIS_URL: redis } : redis, 'producer', { lazyConnect: true });
  client.on('error', () => undefined);
  const key = prefixOwnerKey(prefix);
  const claim = async (): Promise<string | null> => {
    if ((await client.set(key, database, 'EX', ttlSeconds, 'NX')) === 'OK') return null;
    const owner = await client.get(key);
    if (owner === database || owner === null) {
      await client.set(key, database, 'EX', ttlSeconds);
      return null;
    }
    return owner;
  };
  let owner: string | null = null;
  try {
    await client.connect();
    owner = await claim();
  } catch {
    // Redis unreachable: not this check's to report.
  }
  if (owner !== null) {
    client.disconnect();
    throw new ConfigurationError(
      `Invalid configuration: QUEUE_PREFIX "${prefix}" is in use by database "${owner}" on this Redis (this process uses "${database}"): set another QUEUE_PREFIX, or leave it unset for cej:<database name>`,
    );
  }
  const timer = setInterval(() => void claim().catch(() => undefined), (ttlSeconds * 1000) / 3);
  timer.unref();
  return {
    release() {
      clearInterval(timer);
      client.disconnect();
      return Promise.resolve();
    },
  };
}
