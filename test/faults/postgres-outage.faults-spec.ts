import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createTestDatabase, RedisServer, TcpProxy, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { loseDatabaseUnderLoad } from './database-outage.js';

/**
 * PostgreSQL cut away from a running API under steady load, then given back: the network variant
 * (a partition). The API reaches PostgreSQL through a proxy the test cuts (open connections broken,
 * new ones refused) while the real server keeps serving everybody else. Meanwhile every request
 * answers promptly with 503 problem+json `DATABASE_UNAVAILABLE` and readiness is 503; afterwards the
 * same process answers 200 again; every write acknowledged with a 2xx is in the database, and none
 * is applied twice. (postgres-restart.faults-spec.ts stops and starts a real server instead.)
 */
describe('PostgreSQL cut away under load', () => {
  let db: TestDatabase;
  let redis: RedisServer;
  let proxy: TcpProxy;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    db = await createTestDatabase();
    redis = await RedisServer.start();
    const target = new URL(db.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    api = await startApi(testEnvironment({ DATABASE_URL: viaProxy.toString(), REDIS_URL: redis.url }));
  });

  afterAll(async () => {
    await api?.close();
    await proxy?.cut();
    await redis?.stop();
    await db?.drop();
  });

  it('answers 503 DATABASE_UNAVAILABLE while it is away, recovers in the same process, and loses or doubles no write', async () => {
    await loseDatabaseUnderLoad({ api, databaseUrl: db.url, takeAway: () => proxy.cut(), giveBack: () => proxy.open() });
  }, 240_000);
});
