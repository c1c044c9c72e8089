// Plain ESM (jest loads global setup outside its module system): it uses the compiled helpers,
// which `npm test` builds first.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { Redis } from 'ioredis';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

async function assertReachable(serverUrl) {
  const client = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(`PostgreSQL is not reachable at ${serverUrl} (${error.message}); the tests need a real one (set TEST_DATABASE_URL)`);
  } finally {
    await client.end().catch(() => undefined);
  }
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new Error(`Redis is not reachable at ${redisUrl} (${error.message}); the tests need a real one (set TEST_REDIS_URL)`);
  } finally {
    redis.disconnect();
  }
}

/** Checks the services and builds the migrated template database every test file clones. */
export default async function globalSetup() {
  const helpers = join(root, 'dist/libs/platform/src/testing/index.js');
  if (!existsSync(helpers)) throw new Error('dist/ is missing: run the tests with `npm test` (it builds first)');
  const { prepareTemplateDatabase, TEST_SERVER_URL } = await import(helpers);
  await assertReachable(TEST_SERVER_URL);
  // Named after the compiled migrations that actually run, so a stale build never hides behind a fresh name.
  process.env.CEJ_TEST_TEMPLATE = await prepareTemplateDatabase(join(root, 'dist/migrations'));
}
