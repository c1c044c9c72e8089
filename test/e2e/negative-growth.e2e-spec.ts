import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { type Environment, workerConnection } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { aConsortiumOf, combinedDemoRounds, GROWTH, GROWTH_NAME, setGrowth } from '../support/negative-growth.js';

/**
 * A growth rate is negative in a bad year. Under COMBINED weighting (expert and entropy) a round
 * scores it; data the engine still refuses fails the round at once with a reason naming consortium
 * and indicator, without wedging the round or the queue, and the corrected round scores.
 * With real worker processes and SIGTERM: `test/faults/negative-growth.faults-spec.ts`.
 */
describe('negative growth rates under COMBINED weighting', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  let rounds: Record<string, string>;
  const http = () => request(api.getHttpServer());

  const requestScoring = async (roundId: string) =>
    (await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send({}).expect(202)).body.revision as number;
  const finished = (roundId: string, revision: number) =>
    waitFor(
      async () => {
        const [row] = await dataSource.query(`SELECT status, phase FROM round_scoring WHERE round_id = $1 AND revision = $2`, [roundId, revision]);
        return row?.status === 'DONE' || row?.status === 'FAILED' ? row : undefined;
      },
      { what: `revision ${revision} of ${roundId} to finish`, timeoutMs: 60_000 },
    );

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url, JOB_ATTEMPTS: '3', JOB_BACKOFF_MS: '100' });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    rounds = await combinedDemoRounds(
      async (path, body) =>
        http()
          .post(path)
          .set(bearer(taskforce))
          .send(body as object),
      dataSource,
    );
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('scores a round where a consortium answered a growth rate of −5 %', async () => {
    const c = await aConsortiumOf(dataSource, rounds['2026Q3']);
    await setGrowth(dataSource, rounds['2026Q3'], c.id, -5);
    const revision = await requestScoring(rounds['2026Q3']);
    expect(await finished(rounds['2026Q3'], revision)).toMatchObject({ status: 'DONE' });
    const [own] = await dataSource.query(`SELECT status, total FROM round_result WHERE round_id = $1 AND revision = $2 AND consortium_id = $3`, [
      rounds['2026Q3'],
      revision,
      c.id,
    ]);
    expect(own.status).toBe('SCORED');
    expect(own.total).toBeGreaterThanOrEqual(0);
    expect((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [rounds['2026Q3']]))[0].status).toBe('SCORED');
  });

  it('fails a round whose data the engine refuses at once, naming consortium and indicator; the queue moves on; corrected, it scores', async () => {
    const q2 = rounds['2026Q2'];
    const c = await aConsortiumOf(dataSource, q2);
    await setGrowth(dataSource, q2, c.id, -150); // below the declared −100: entropy cannot take it
    const bad = await requestScoring(q2);
    const next = await requestScoring(rounds['2026Q3']); // queued behind it on the same queue

    const failed = await finished(q2, bad);
    expect(failed.status).toBe('FAILED');
    expect(failed.phase).toContain(c.name);
    expect(failed.phase).toContain(`${GROWTH_NAME} (${GROWTH})`);
    expect(failed.phase).not.toMatch(/matrix\[/);
    const view = await http().get(`/api/v1/evaluation/rounds/${q2}/scoring`).set(bearer(taskforce)).expect(200);
    expect(view.body).toMatchObject({ revision: bad, status: 'FAILED', phase: failed.phase });
    expect((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [q2]))[0].status).toBe('CLOSED');
    // Failed at once (another attempt cannot change the data), with the same reason in BullMQ's failed set.
    const queue = new Queue('evaluation', { connection: workerConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX });
    try {
      const jobs = (await queue.getFailed()).filter((j) => j.name === 'evaluation.score-round');
      expect(jobs.map((j) => [j.attemptsMade, j.failedReason])).toEqual([[1, failed.phase]]);
    } finally {
      await queue.close();
    }

    // The round behind it on the queue was scored.
    expect(await finished(rounds['2026Q3'], next)).toMatchObject({ status: 'DONE' });

    // Corrected, the round is requested again and scores.
    await setGrowth(dataSource, q2, c.id, -50);
    const again = await requestScoring(q2);
    expect(again).toBe(bad + 1);
    expect(await finished(q2, again)).toMatchObject({ status: 'DONE' });
    expect((await dataSource.query(`SELECT status FROM evaluation_round WHERE id = $1`, [q2]))[0].status).toBe('SCORED');
  });
});
