import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestDatabase, RedisServer, TcpProxy, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi } from '../support/apps.js';

/**
 * Liveness and readiness. Each dependency is made to fail for this app alone: Redis is a private
 * server, PostgreSQL is reached through a proxy the test can cut.
 */
describe('health', () => {
  let db: TestDatabase;
  let redis: RedisServer;
  let pgProxy: TcpProxy;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await RedisServer.start();
    const target = new URL(db.url);
    pgProxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(pgProxy.port);
    api = await startApi(testEnvironment({ DATABASE_URL: viaProxy.toString(), REDIS_URL: redis.url }));
  });

  afterAll(async () => {
    await api?.close();
    await pgProxy?.cut();
    await redis?.stop();
    await db?.drop();
  });

  const http = () => request(api.getHttpServer());

  it('is ready when PostgreSQL and Redis answer', async () => {
    const res = await http().get('/health/ready').expect(200);
    expect(res.body.status).toBe('ok');
    expect(res.body.info).toMatchObject({ database: { status: 'up' }, redis: { status: 'up' } });
    expect(res.headers['x-request-id']).toEqual(expect.any(String));
  });

  it('answers 503 problem+json naming Redis while it is down, and recovers without a restart', async () => {
    await redis.stop();
    const res = await http().get('/health/ready').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE', checks: { redis: { status: 'down' }, database: { status: 'up' } } });
    await http().get('/health/live').expect(200);
    await redis.start();
    await waitFor(async () => (await http().get('/health/ready')).status === 200, { what: 'ready again', timeoutMs: 20_000 });
  });

  it('answers 503 problem+json naming PostgreSQL while it is unreachable, and recovers without a restart', async () => {
    await pgProxy.cut();
    const res = await http().get('/health/ready').expect(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', checks: { database: { status: 'down' }, redis: { status: 'up' } } });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    await http().get('/health/live').expect(200);
    await pgProxy.open();
    await waitFor(async () => (await http().get('/health/ready')).status === 200, { what: 'ready again', timeoutMs: 20_000 });
    await http().get('/api/v1/industry-clusters').expect(200);
  });

  it('echoes a sane caller request id and replaces an unsafe one', async () => {
    const mine = await http().get('/health/live').set('x-request-id', 'district-500101-abc').expect(200);
    expect(mine.headers['x-request-id']).toBe('district-500101-abc');
    const unsafe = await http().get('/health/live').set('x-request-id', 'bad id with spaces').expect(200);
    expect(unsafe.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
