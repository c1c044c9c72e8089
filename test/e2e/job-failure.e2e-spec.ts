import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ClusterEchoModule, ECHO_TABLE_DDL } from '../fixtures/cluster-echo.module.js';
import { FAILURE_TABLE_DDL, LocksThenFailsModule } from '../fixtures/locks-then-fails.module.js';

/**
 * A job that fails for good is recorded after its attempt's transaction has rolled back: a
 * consumer that locks its row and fails gets its failure recorded (which needs that lock), no
 * session is left holding or waiting for a lock, and the queue goes on with the next jobs.
 */
describe('a job that fails for good', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let env: Environment;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    await sql.query(ECHO_TABLE_DDL);
    await sql.query(FAILURE_TABLE_DDL);
    env = testEnvironment({ DATABASE_URL: db.url, JOB_ATTEMPTS: '2', JOB_BACKOFF_MS: '100' });
    api = await startApi(env);
    worker = await startWorker(env, [ClusterEchoModule, LocksThenFailsModule]);
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  const create = (code: string) =>
    request(api.getHttpServer())
      .post('/api/v1/industry-clusters')
      .set(bearer(admin))
      .send({ code, name: `集群${code}`, category: 'EMERGING' })
      .expect(201);

  it('records the failure of a job that held a row lock, and the queue goes on', async () => {
    const first = (await create('FAIL-1')).body.id as string;
    const second = (await create('FAIL-2')).body.id as string;
    const failures = await waitFor(
      async () => {
        const { rows } = await sql.query(`SELECT cluster_id, reason FROM test_job_failure ORDER BY reason`);
        return rows.length === 2 ? rows : undefined;
      },
      { what: 'both failures to be recorded', timeoutMs: 30_000 },
    );
    expect(failures).toEqual([
      { cluster_id: first, reason: 'cluster FAIL-1 cannot be worked on' },
      { cluster_id: second, reason: 'cluster FAIL-2 cannot be worked on' },
    ]);
    // The other consumer on the same queue handled both events.
    const { rows: echoed } = await sql.query(`SELECT cluster_id FROM test_cluster_echo WHERE cluster_id = ANY($1) ORDER BY cluster_id`, [[first, second]]);
    expect(echoed.map((r) => r.cluster_id)).toEqual([first, second].sort());
    // Nobody waits on a lock and nobody sits in a transaction: the row can be changed at once.
    const { rows: waiting } = await sql.query(
      `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE NOT l.granted AND d.datname = current_database()`,
    );
    expect(waiting[0].n).toBe(0);
    await sql.query(`SET lock_timeout = '2s'`);
    await sql.query(`SELECT id FROM industry_cluster WHERE id = $1 FOR UPDATE`, [first]);
  });
});
