import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Redis } from 'ioredis';
import request from 'supertest';
import { createTestDatabase, RedisServer, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi } from '../support/apps.js';

/** A token request no client may pass: 401 while under the limit, 429 past it. */
const badToken = (api: NestFastifyApplication) =>
  request(api.getHttpServer()).post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: 'nobody', client_secret: 'wrong' });

/** DESIGN §5: the API scales out as replicas; the authentication rate limit must hold across them. */
describe('authentication rate limit across API replicas', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('two replicas on one Redis enforce one limit: the (N+1)th request over both answers 429 with Retry-After', async () => {
    // One environment for both: the same database, Redis and prefix, as two processes of one deployment.
    const env = testEnvironment({ DATABASE_URL: db.url, AUTH_RATE_LIMIT_PER_MINUTE: '4' });
    const [a, b] = [await startApi(env), await startApi(env)];
    const redis = new Redis(env.REDIS_URL);
    try {
      const statuses: number[] = [];
      let last: request.Response | undefined;
      for (const api of [a, b, a, b, a, b]) {
        last = await badToken(api);
        statuses.push(last.status);
      }
      // Per replica each would have allowed 4; together they allowed 4.
      expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
      expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(last!.body).toMatchObject({ status: 429, code: 'TOO_MANY_REQUESTS' });
      const retryAfter = Number(last!.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);

      // The count is one Redis key under the deployment's prefix, expiring with the window.
      const keys = await redis.keys(`${env.QUEUE_PREFIX}:rate-limit:*`);
      expect(keys).toHaveLength(1);
      expect(keys[0]).toContain('/api/v1/oauth/token');
      expect(Number(await redis.get(keys[0]))).toBe(6);
      const ttl = await redis.pttl(keys[0]);
      expect(ttl).toBeGreaterThan(0);
      expect(ttl).toBeLessThanOrEqual(60_000);

      // Each route has its own count: refresh on the other replica is not refused by the token route's.
      const refresh = await request(b.getHttpServer()).post('/api/v1/auth/refresh').send({ refreshToken: 'not-a-refresh-token' });
      expect(refresh.status).toBe(401);
    } finally {
      redis.disconnect();
      await a.close();
      await b.close();
    }
  });

  it('while Redis is unreachable each replica still enforces the limit on its own (429, never 500)', async () => {
    const server = await RedisServer.start();
    const env = testEnvironment({ DATABASE_URL: db.url, REDIS_URL: server.url, AUTH_RATE_LIMIT_PER_MINUTE: '2' });
    const [a, b] = [await startApi(env), await startApi(env)];
    let running = true;
    try {
      await server.stop();
      running = false;
      const statuses: number[] = [];
      for (const api of [a, a, a, b, b, b]) statuses.push((await badToken(api)).status);
      expect(statuses).toEqual([401, 401, 429, 401, 401, 429]);

      // Redis back: the replicas count in it again, together (refresh has a count of its own).
      await server.start();
      running = true;
      const redis = new Redis(server.url);
      try {
        const refresh = (api: NestFastifyApplication) =>
          request(api.getHttpServer()).post('/api/v1/auth/refresh').send({ refreshToken: 'not-a-refresh-token' });
        const key = await waitFor(
          async () => {
            await refresh(a); // 401, or 429 while this replica still counts alone
            return (await redis.keys(`${env.QUEUE_PREFIX}:rate-limit:*refresh*`))[0];
          },
          { what: 'the count back in Redis', timeoutMs: 20_000, intervalMs: 200 },
        );
        const before = Number(await redis.get(key));
        expect((await refresh(b)).status).toBe(before + 1 > 2 ? 429 : 401);
        expect(Number(await redis.get(key))).toBe(before + 1);
      } finally {
        redis.disconnect();
      }
      await waitFor(
        async () =>
          (await request(a.getHttpServer()).get('/health/ready')).status === 200 && (await request(b.getHttpServer()).get('/health/ready')).status === 200,
        {
          what: 'both replicas ready',
          timeoutMs: 20_000,
        },
      );
    } finally {
      if (!running) await server.start();
      await a.close();
      await b.close();
      await server.stop();
    }
  });
});
