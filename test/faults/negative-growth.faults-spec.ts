import { createServer } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { sessionsWaitingOn } from '../support/locks.js';
import { aConsortiumOf, combinedDemoRounds, GROWTH, GROWTH_NAME, setGrowth } from '../support/negative-growth.js';
import { type Spawned, spawnCompiled } from '../support/processes.js';

/** Few and quick retries, as a failing job would otherwise take minutes of backoff. */
const JOB_ATTEMPTS = '2';

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** How long a process takes to exit after `signal`, at most `limitMs` (then it is killed and Infinity returned). */
async function stopTime(p: Spawned, signal: NodeJS.Signals, limitMs = 20_000): Promise<number> {
  const started = Date.now();
  p.child.kill(signal);
  const timer = new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), limitMs).unref());
  if ((await Promise.race([p.exited, timer])) === 'hung') {
    p.child.kill('SIGKILL');
    await p.exited;
    return Infinity;
  }
  return Date.now() - started;
}

/**
 * The first-contact wedge, with real worker processes: the demo scheme under COMBINED weighting,
 * a negative growth rate (技术服务产值年增长率, declared −100 … 1000 %). It used to fail the job on
 * every attempt, and the last attempt deadlocked on itself (its transaction held the round row
 * while a second connection waited to mark it FAILED), blocking the evaluation queue, the round's
 * next scoring request and SIGTERM. Now −5 % scores; a value the engine still refuses fails the
 * round with a reason naming consortium and indicator, the queue moves on, the corrected round
 * scores; and SIGTERM stops the worker and the API within 10 s even in the middle of a job.
 */
describe('negative growth rate under COMBINED, worker processes', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  let rounds: Record<string, string>;
  let worker: Spawned | undefined;
  const http = () => request(api.getHttpServer());

  const processEnv = (extra: Record<string, string> = {}) => ({
    DATABASE_URL: env.DATABASE_URL,
    REDIS_URL: env.REDIS_URL,
    QUEUE_PREFIX: env.QUEUE_PREFIX,
    JWT_SECRET: env.JWT_SECRET,
    MIGRATIONS_RUN: 'false',
    LOG_LEVEL: 'silent',
    JOB_ATTEMPTS,
    JOB_BACKOFF_MS: '100',
    ...extra,
  });
  const requestScoring = async (roundId: string) =>
    (await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202)).body.revision as number;
  const finished = (roundId: string, revision: number, timeoutMs = 60_000) =>
    waitFor(
      async () => {
        const [row] = await dataSource.query(`SELECT status, phase FROM round_scoring WHERE round_id = $1 AND revision = $2`, [roundId, revision]);
        return row?.status === 'DONE' || row?.status === 'FAILED' ? row : undefined;
      },
      { what: () => `revision ${revision} of ${roundId} to finish (worker output: ${worker?.output()})`, timeoutMs },
    );
  const waitingOn = (table: string) => sessionsWaitingOn(dataSource, table);

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url, JOB_ATTEMPTS, JOB_BACKOFF_MS: '100' });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    taskforce = (await loginAs(api, 'taskforce')).token;
    rounds = await combinedDemoRounds(
      async (path, body) =>
        http()
          .post(path)
          .set(bearer(taskforce))
          .send(body as object),
      dataSource,
    );
    worker = spawnCompiled('apps/worker/src/main.js', processEnv());
  });

  afterAll(async () => {
    if (worker && worker.child.exitCode === null && worker.child.signalCode === null) {
      worker.child.kill('SIGKILL');
      await worker.exited;
    }
    await api?.close();
    await db?.drop();
  });

  it('scores −5 %, fails a refused value with a readable reason without blocking the queue, and scores the corrected round', async () => {
    const [q2, q3] = [rounds['2026Q2'], rounds['2026Q3']];
    const refused = await aConsortiumOf(dataSource, q2);
    const negative = await aConsortiumOf(dataSource, q3);
    await setGrowth(dataSource, q2, refused.id, -150); // below the declared −100: entropy cannot take it
    await setGrowth(dataSource, q3, negative.id, -5); // the answer of the report: accepted, and now scored
    const bad = await requestScoring(q2);
    const next = await requestScoring(q3); // behind it on the evaluation queue (concurrency 1)

    const failed = await finished(q2, bad);
    expect(failed.status).toBe('FAILED');
    expect(failed.phase).toMatch(/^L[123]: consortium /);
    expect(failed.phase.slice(4)).toBe(
      `consortium ${refused.name}, indicator ${GROWTH_NAME} (${GROWTH}): the value must not be negative under entropy weighting (got -50)`,
    );
    expect((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [q2]))[0].status).toBe('CLOSED');
    // The queue moved on: the round behind it was scored, −5 % included.
    expect(await finished(q3, next)).toMatchObject({ status: 'DONE' });
    const [own] = await dataSource.query(`SELECT status FROM round_result WHERE round_id = $1 AND revision = $2 AND consortium_id = $3`, [
      q3,
      next,
      negative.id,
    ]);
    expect(own.status).toBe('SCORED');
    // Nothing left holding or waiting for a lock.
    expect(
      (
        await dataSource.query(
          `SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE NOT l.granted AND d.datname = current_database()`,
        )
      )[0].n,
    ).toBe(0);

    // Corrected, the round is requested again (promptly: nothing holds its row) and scores.
    await setGrowth(dataSource, q2, refused.id, -50);
    const again = await requestScoring(q2);
    expect(await finished(q2, again)).toMatchObject({ status: 'DONE' });
    expect((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [q2]))[0].status).toBe('SCORED');
  }, 120_000);

  it('stops the worker and the API within 10 s of SIGTERM in the middle of a job; the next worker scores the round', async () => {
    const q3 = rounds['2026Q3'];
    const blocker = new pg.Client({ connectionString: db.url });
    await blocker.connect();
    let revision: number;
    let workerStop: number;
    try {
      // Holding a lock on the results table stops the job where it writes its results.
      await blocker.query(`BEGIN; LOCK TABLE round_result IN SHARE MODE`);
      revision = await requestScoring(q3);
      await waitFor(async () => ((await waitingOn('round_result')) > 0 ? true : undefined), {
        what: () => `the job to reach its results (worker output: ${worker!.output()})`,
        timeoutMs: 30_000,
      });
      workerStop = await stopTime(worker!, 'SIGTERM');
    } finally {
      await blocker.query(`ROLLBACK`);
      await blocker.end();
    }
    expect(workerStop).toBeLessThan(10_000);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = $1 AND revision = $2`, [q3, revision]))[0].n).toBe(0);

    // The API, with a request held by a lock in the database.
    const port = await freePort();
    const apiProcess = spawnCompiled('apps/api/src/main.js', processEnv({ PORT: String(port), HOST: '127.0.0.1' }));
    await waitFor(async () => ((await fetch(`http://127.0.0.1:${port}/health/live`).catch(() => undefined))?.ok ? true : undefined), {
      what: () => `the API to start (output: ${apiProcess.output()})`,
      timeoutMs: 30_000,
    });
    const held = new pg.Client({ connectionString: db.url });
    await held.connect();
    let apiStop: number;
    try {
      await held.query(`BEGIN; LOCK TABLE round_scoring IN ACCESS EXCLUSIVE MODE`);
      const inFlight = fetch(`http://127.0.0.1:${port}/api/v1/evaluation/rankings`).catch(() => undefined);
      await waitFor(async () => ((await waitingOn('round_scoring')) > 0 ? true : undefined), { what: 'the request to wait on the lock' });
      apiStop = await stopTime(apiProcess, 'SIGTERM');
      await inFlight;
    } finally {
      await held.query(`ROLLBACK`);
      await held.end();
    }
    expect(apiStop).toBeLessThan(10_000);

    // The interrupted job is not lost: the next worker takes it once the stopped one's lock has expired.
    worker = spawnCompiled('apps/worker/src/main.js', processEnv());
    expect(await finished(q3, revision, 150_000)).toMatchObject({ status: 'DONE' });
    expect(await stopTime(worker, 'SIGTERM')).toBeLessThan(10_000);
  }, 240_000);
});
