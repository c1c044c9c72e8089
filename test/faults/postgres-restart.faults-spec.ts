import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { migrateDatabase, PostgresServer, RedisServer, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { loseDatabaseUnderLoad } from './database-outage.js';

/**
 * PostgreSQL restarted under load: the API runs on a private server (its own cluster, migrated),
 * which the test really stops — a fast shutdown: sessions terminated, transactions in flight rolled
 * back — keeps down for a few seconds, and starts again on the same data. The API answers 503
 * problem+json `DATABASE_UNAVAILABLE` meanwhile and recovers without a restart of its own, with
 * every acknowledged write kept exactly once (postgres-outage.faults-spec.ts: the network variant).
 */
describe('PostgreSQL restarted under load', () => {
  let postgres: PostgresServer;
  let databaseUrl: string;
  let redis: RedisServer;
  let api: NestFastifyApplication;

  beforeAll(async () => {
    postgres = await PostgresServer.start();
    databaseUrl = await postgres.createDatabase('cej');
    await migrateDatabase(databaseUrl);
    redis = await RedisServer.start();
    api = await startApi(testEnvironment({ DATABASE_URL: databaseUrl, REDIS_URL: redis.url }));
  });

  afterAll(async () => {
    await api?.close();
    await redis?.stop();
    await postgres?.destroy();
  });

  it('answers 503 DATABASE_UNAVAILABLE while it is down, recovers in the same process, and loses or doubles no write', async () => {
    let stoppingAt = 0;
    let stopMs = 0;
    let startMs = 0;
    const figures = await loseDatabaseUnderLoad({
      api,
      databaseUrl,
      takeAway: async () => {
        stoppingAt = Date.now();
        await postgres.stop();
        stopMs = Date.now() - stoppingAt;
      },
      giveBack: async () => {
        const at = Date.now();
        await postgres.start();
        startMs = Date.now() - at;
      },
    });
    // A real restart: the server answering now is a new postmaster, started after the stop.
    const sql = new pg.Client({ connectionString: databaseUrl });
    await sql.connect();
    try {
      const { rows } = await sql.query<{ started: Date }>('SELECT pg_postmaster_start_time() AS started');
      expect(rows[0].started.getTime()).toBeGreaterThan(stoppingAt);
    } finally {
      await sql.end();
    }
    console.info(`PostgreSQL restart: fast shutdown took ${stopMs} ms, start ${startMs} ms; down ${figures.awayMs} ms in all`);
  }, 240_000);
});
