import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedYear2025 } from '../support/annual-year.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { sessionsWaitingOn } from '../support/locks.js';
import { spawnCompiled } from '../support/processes.js';

/**
 * 年度公平比拼 with the worker killed in the middle of the job (a separate process, SIGKILL), over
 * the year 2025 of the annual-competition tests: the dead job leaves no results, and the job
 * BullMQ hands to the next worker ends with the digest of an uninterrupted run, written once.
 */
describe('annual competition with the worker killed', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext | undefined;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    taskforce = (await loginAs(api, 'taskforce')).token;
    const { rounds } = await seedYear2025(dataSource, api, taskforce);
    await http().post(`/api/v1/evaluation/rounds/${rounds['2025Q4']}/publication`).set(bearer(taskforce)).send({}).expect(200);
    // Revision 1, uninterrupted: the digest the interrupted revision must reach.
    worker = await startWorker(env);
    await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({}).expect(202);
    await waitFor(
      async () => ((await dataSource.query(`SELECT status FROM annual_scoring WHERE year = 2025 AND revision = 1`))[0]?.status === 'DONE' ? true : undefined),
      {
        what: 'revision 1 to be scored',
        timeoutMs: 60_000,
      },
    );
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('leaves no results when the worker is killed mid-job; the retried job ends with the same digest', async () => {
    const [{ digest: uninterrupted }] = await dataSource.query(`SELECT digest FROM annual_scoring WHERE year = 2025 AND revision = 1`);
    await worker?.close();
    worker = undefined;
    const killed = spawnCompiled('apps/worker/src/main.js', {
      DATABASE_URL: env.DATABASE_URL,
      REDIS_URL: env.REDIS_URL,
      QUEUE_PREFIX: env.QUEUE_PREFIX,
      JWT_SECRET: env.JWT_SECRET,
      MIGRATIONS_RUN: 'false',
      LOG_LEVEL: 'silent',
    });
    // Holding a lock on the results table stops the job at the point where it writes its results.
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    const waiting = async () => sessionsWaitingOn(dataSource, 'annual_result');
    try {
      await blocker.query(`BEGIN; LOCK TABLE annual_result IN SHARE MODE`);
      const { body } = await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({ reason: '中断后重试' }).expect(202);
      expect(body.revision).toBe(2);
      await waitFor(async () => ((await waiting()) > 0 ? true : undefined), {
        what: () => `the job to reach its results (worker output: ${killed.output()})`,
        timeoutMs: 60_000,
      });
      killed.child.kill('SIGKILL');
      await killed.exited;
    } finally {
      await blocker.query(`ROLLBACK`);
      await blocker.end();
    }
    await waitFor(async () => ((await waiting()) === 0 ? true : undefined), { what: () => 'the killed job’s transaction to end' });
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM annual_result WHERE year = 2025 AND revision = 2`))[0].n).toBe(0);
    expect((await dataSource.query(`SELECT status FROM annual_scoring WHERE year = 2025 AND revision = 2`))[0].status).toBe('RUNNING');
    expect((await dataSource.query(`SELECT status FROM annual_competition WHERE year = 2025`))[0].status).toBe('SCORING');

    // BullMQ hands the stalled job to the next worker once the dead one's lock has expired.
    worker = await startWorker(env);
    const done = await waitFor(
      async () => {
        const [row] = await dataSource.query(`SELECT status, digest FROM annual_scoring WHERE year = 2025 AND revision = 2`);
        return row.status === 'DONE' ? row : undefined;
      },
      { what: () => 'the retried job to finish', timeoutMs: 160_000 },
    );
    expect(done.digest).toBe(uninterrupted);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM annual_result WHERE year = 2025 AND revision = 2`))[0].n).toBe(7);
    // Nothing twice: one result per consortium, one "scored" event and audit entry per revision.
    expect((await dataSource.query(`SELECT count(DISTINCT consortium_id)::int AS n FROM annual_result WHERE year = 2025 AND revision = 2`))[0].n).toBe(7);
    const scored = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'evaluation.annual.scored' ORDER BY id`);
    expect(scored.map((e: { payload: { digest: string } }) => e.payload.digest)).toEqual([uninterrupted, uninterrupted]);
    const audit = await dataSource.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_type = 'annual-competition' AND action = 'evaluation.annual.scored'`,
    );
    expect(audit[0].n).toBe(2);
  }, 200_000);
});
