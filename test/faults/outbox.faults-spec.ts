import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import pg from 'pg';
import request from 'supertest';
import { type Environment, workerConnection } from '#platform';
import { createTestDatabase, RedisServer, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ALWAYS_FAILS_CONSUMER, ALWAYS_FAILS_JOB, AlwaysFailsHandler, AlwaysFailsModule, ATTEMPT_TABLE_DDL } from '../fixtures/always-fails.module.js';
import { ClusterEchoModule, ECHO_TABLE_DDL } from '../fixtures/cluster-echo.module.js';

const ATTEMPTS = 3;

/**
 * The transactional outbox under faults: Redis (a private server) stopped while the API writes,
 * and a consumer that fails every time. Each event written is handed over and handled once by
 * the consumers that can handle it; what fails leaves its reason in BullMQ's failed set and no
 * half-written effect.
 */
describe('outbox under faults', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let redis: RedisServer;
  let env: Environment;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    await sql.query(ECHO_TABLE_DDL);
    await sql.query(ATTEMPT_TABLE_DDL);
    // A private Redis, so stopping it does not disturb other test files.
    redis = await RedisServer.start();
    // Few and quick retries, so the always-failing job reaches the failed set within the test.
    env = testEnvironment({ DATABASE_URL: db.url, REDIS_URL: redis.url, JOB_ATTEMPTS: String(ATTEMPTS), JOB_BACKOFF_MS: '100' });
    api = await startApi(env);
    worker = await startWorker(env, [ClusterEchoModule, AlwaysFailsModule]);
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await redis?.stop();
    await sql?.end();
    await db?.drop();
  });

  const create = (code: string, name = `集群${code}`) =>
    request(api.getHttpServer()).post('/api/v1/industry-clusters').set(bearer(admin)).send({ code, name, category: 'EMERGING' });

  const echoOf = async (clusterId: string) =>
    (await sql.query(`SELECT * FROM test_cluster_echo WHERE cluster_id = $1`, [clusterId])).rows[0] as { event_id: string; handled: number } | undefined;

  it('accepts writes while Redis is down and delivers their events when it returns', async () => {
    await redis.stop();
    const res = await create('OUTBOX-NOREDIS').expect(201);
    // The relay tried, failed, and kept the event pending with the reason.
    const pending = await waitFor(
      async () => {
        const { rows } = await sql.query(`SELECT attempts, last_error, dispatched_at FROM outbox_event WHERE aggregate_id = $1`, [res.body.id]);
        return rows[0]?.attempts > 0 ? rows[0] : undefined;
      },
      { what: 'a failed hand-over' },
    );
    expect(pending.dispatched_at).toBeNull();
    expect(pending.last_error).toEqual(expect.any(String));
    expect(await echoOf(res.body.id)).toBeUndefined();

    await redis.start();
    const echo = await waitFor(() => echoOf(res.body.id), { timeoutMs: 45_000, what: 'delivery after Redis returned' });
    expect(echo.handled).toBe(1);
    // The write and its one event are there; the event was handed over once.
    expect((await sql.query(`SELECT count(*)::int AS n FROM industry_cluster WHERE code = 'OUTBOX-NOREDIS'`)).rows[0].n).toBe(1);
    const events = await sql.query(`SELECT dispatched_at FROM outbox_event WHERE aggregate_id = $1`, [res.body.id]);
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].dispatched_at).not.toBeNull();
  });

  it('ends a job that fails every time in the failed set with its reason, after its attempts, with nothing half-written', async () => {
    const res = await create('OUTBOX-ALWAYS-FAILS').expect(201);
    const {
      rows: [event],
    } = await sql.query(`SELECT event_id, dispatched_at FROM outbox_event WHERE aggregate_id = $1`, [res.body.id]);
    const jobId = `${event.event_id}.${ALWAYS_FAILS_CONSUMER}`;
    const queue = new Queue(ALWAYS_FAILS_JOB.queue.name, { connection: workerConnection(redis.url), prefix: env.QUEUE_PREFIX });
    try {
      const job = await waitFor(
        async () => {
          const found = await queue.getJob(jobId);
          return found && (await found.getState()) === 'failed' ? found : undefined;
        },
        {
          timeoutMs: 60_000,
          what: () => `job ${jobId} to fail for good (calls so far: ${AlwaysFailsHandler.calls.filter((id) => id === event.event_id).length})`,
        },
      );
      expect(job.attemptsMade).toBe(ATTEMPTS);
      expect(job.failedReason).toBe('refused by the test: cluster OUTBOX-ALWAYS-FAILS is never accepted');
      expect((await queue.getFailed()).map((j) => j.id)).toContain(jobId);
      // The handler ran once per attempt, and each attempt's write rolled back with it.
      expect(AlwaysFailsHandler.calls.filter((id) => id === event.event_id)).toHaveLength(ATTEMPTS);
      expect((await sql.query(`SELECT count(*)::int AS n FROM test_failing_attempt WHERE event_id = $1`, [event.event_id])).rows[0].n).toBe(0);
    } finally {
      await queue.close();
    }
    // The event stays accounted for: written once, handed over, consumed by the consumer that
    // succeeded (once) and not marked consumed by the one that failed, so it can be replayed.
    const echo = await waitFor(() => echoOf(res.body.id), { what: 'the other consumer’s effect' });
    expect(echo.handled).toBe(1);
    const events = await sql.query(`SELECT dispatched_at FROM outbox_event WHERE aggregate_id = $1`, [res.body.id]);
    expect(events.rows).toHaveLength(1);
    expect(events.rows[0].dispatched_at).not.toBeNull();
    const consumed = await sql.query(`SELECT consumer FROM outbox_consumption WHERE event_id = $1 ORDER BY consumer`, [event.event_id]);
    expect(consumed.rows).toEqual([{ consumer: 'test.cluster-echo' }]);
    expect((await sql.query(`SELECT count(*)::int AS n FROM industry_cluster WHERE code = 'OUTBOX-ALWAYS-FAILS'`)).rows[0].n).toBe(1);
  });
});
