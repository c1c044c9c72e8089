import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { ConfigurationError } from '../config/environment.js';
import { claimQueuePrefix, databaseOf, prefixOwnerKey } from './prefix-owner.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Against the real Redis: a prefix is shared by one database's processes and refused to another's until the claim lapses. */
describe('claimQueuePrefix', () => {
  const prefix = `cej-test-owner-${randomBytes(4).toString('hex')}`;
  const redis = new Redis(REDIS_URL);

  afterAll(async () => {
    await redis.del(prefixOwnerKey(prefix));
    await redis.quit();
  });

  it('lets the processes of one database share a prefix, refuses another database until the claim lapses', async () => {
    const api = await claimQueuePrefix(REDIS_URL, prefix, 'cej_a', { ttlSeconds: 1 });
    const worker = await claimQueuePrefix(REDIS_URL, prefix, 'cej_a', { ttlSeconds: 1 });
    expect(await redis.get(prefixOwnerKey(prefix))).toBe('cej_a');
    await expect(claimQueuePrefix(REDIS_URL, prefix, 'cej_b', { ttlSeconds: 1 })).rejects.toThrow(ConfigurationError);
    await expect(claimQueuePrefix(REDIS_URL, prefix, 'cej_b', { ttlSeconds: 1 })).rejects.toThrow(/QUEUE_PREFIX ".*" is in use by database "cej_a"/);
    // Refreshed while its processes run (every third of the time to live).
    await new Promise((r) => setTimeout(r, 1_500));
    expect(await redis.get(prefixOwnerKey(prefix))).toBe('cej_a');
    await api.release();
    await worker.release();
    await new Promise((r) => setTimeout(r, 1_200));
    const b = await claimQueuePrefix(REDIS_URL, prefix, 'cej_b', { ttlSeconds: 1 });
    expect(await redis.get(prefixOwnerKey(prefix))).toBe('cej_b');
    await b.release();
  });

  it('starts when Redis does not answer (readiness reports it)', async () => {
    const claim = await claimQueuePrefix('redis://127.0.0.1:1', prefix, 'cej_c');
    await claim.release();
  });

  it('names the database of a URL', () => {
    expect(databaseOf('postgres://u:p@h:5432/cej_demo?sslmode=require')).toBe('cej_demo');
    expect(databaseOf(`postgres://u@h/${encodeURIComponent('产教')}`)).toBe('产教');
  });
});
