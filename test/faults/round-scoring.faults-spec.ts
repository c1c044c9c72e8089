import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { spawnCompiled } from '../support/processes.js';
import { bearer, loginAs } from '../support/identity.js';
import { sessionsWaitingOn } from '../support/locks.js';

/**
 * Scoring a round with the worker killed in the middle of the job (a separate process, SIGKILL),
 * over the demo data: the dead job leaves no results, and the job BullMQ hands to the next worker
 * ends with the digest of an uninterrupted run, its results and its events written once.
 */
describe('round scoring with the worker killed', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  let roundId: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    [{ id: roundId }] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q2'`);
    // Revision 1, uninterrupted: the digest the interrupted revision must reach.
    await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202);
    await waitFor(
      async () =>
        (await dataSource.query(`SELECT status FROM round_scoring WHERE round_id = $1 AND revision = 1`, [roundId]))[0]?.status === 'DONE' ? true : undefined,
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
    const [{ digest: uninterrupted }] = await dataSource.query(`SELECT digest FROM round_scoring WHERE round_id = $1 AND revision = 1`, [roundId]);
    await worker.close();
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
    try {
      await blocker.query(`BEGIN; LOCK TABLE round_result IN SHARE MODE`);
      const { body } = await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({ reason: '中断后重试' }).expect(202);
      expect(body.revision).toBe(2);
      await waitFor(async () => ((await sessionsWaitingOn(dataSource, 'round_result')) > 0 ? true : undefined), {
        what: () => `the job to reach its results (worker output: ${killed.output()})`,
        timeoutMs: 30_000,
      });
      killed.child.kill('SIGKILL');
      await killed.exited;
    } finally {
      await blocker.query(`ROLLBACK`);
      await blocker.end();
    }
    await waitFor(async () => ((await sessionsWaitingOn(dataSource, 'round_result')) === 0 ? true : undefined), {
      what: () => 'the killed job’s transaction to end',
    });
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = $1 AND revision = 2`, [roundId]))[0].n).toBe(0);
    expect((await dataSource.query(`SELECT status FROM round_scoring WHERE round_id = $1 AND revision = 2`, [roundId]))[0].status).toBe('RUNNING');
    expect((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [roundId]))[0].status).toBe('SCORING');

    // BullMQ hands the stalled job to the next worker once the dead one's lock has expired.
    worker = await startWorker(env);
    const done = await waitFor(
      async () => {
        const [row] = await dataSource.query(`SELECT status, digest FROM round_scoring WHERE round_id = $1 AND revision = 2`, [roundId]);
        return row.status === 'DONE' ? row : undefined;
      },
      { what: () => 'the retried job to finish', timeoutMs: 160_000 },
    );
    expect(done.digest).toBe(uninterrupted);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = $1 AND revision = 2`, [roundId]))[0].n).toBeGreaterThan(0);
    // Nothing lost, nothing twice: as many results as the uninterrupted revision, one per
    // consortium, and one "scored" event and audit entry for the revision.
    const counts = await dataSource.query(
      `SELECT revision, count(*)::int AS n, count(DISTINCT consortium_id)::int AS consortia FROM round_result WHERE round_id = $1 GROUP BY revision ORDER BY revision`,
      [roundId],
    );
    expect(counts).toEqual([
      { revision: 1, n: counts[0].n, consortia: counts[0].n },
      { revision: 2, n: counts[0].n, consortia: counts[0].n },
    ]);
    const scored = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'evaluation.round.scored' AND aggregate_id = $1 ORDER BY id`, [
      roundId,
    ]);
    expect(scored.map((e: { payload: { revision: number } }) => e.payload.revision)).toEqual([1, 2]);
    const audit = await dataSource.query(`SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action = 'evaluation.round.scored'`, [roundId]);
    expect(audit[0].n).toBe(2);
  }, 200_000);
});
