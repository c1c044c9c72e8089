import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { Job } from 'bullmq';
import pg from 'pg';
import request from 'supertest';
import type { EventEnvelope } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { EventJobRunner } from '../../libs/platform/src/outbox/event-job.processor.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { ClusterEchoModule, ECHO_TABLE_DDL, JOB as ECHO_JOB } from '../fixtures/cluster-echo.module.js';

/**
 * The transactional outbox end to end: API write → row + event in one transaction → relay →
 * BullMQ (real Redis) → worker handler → committed effect. The same with Redis stopped, and a
 * handler that always fails: `test/faults/outbox.faults-spec.ts`.
 */
describe('outbox', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    await sql.query(ECHO_TABLE_DDL);
    const env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    worker = await startWorker(env, [ClusterEchoModule]);
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  const create = (code: string, name = `集群${code}`) =>
    request(api.getHttpServer()).post('/api/v1/industry-clusters').set(bearer(admin)).send({ code, name, category: 'EMERGING' });

  const echoOf = async (clusterId: string) =>
    (await sql.query(`SELECT * FROM test_cluster_echo WHERE cluster_id = $1`, [clusterId])).rows[0] as { event_id: string; handled: number } | undefined;

  it('writes the row and its event in one transaction', async () => {
    const res = await create('OUTBOX-ONE').expect(201);
    const { rows } = await sql.query(
      `SELECT c.xmin::text AS row_xid, (e.tx_id % 4294967296)::text AS event_xid, e.type, e.payload
         FROM industry_cluster c JOIN outbox_event e ON e.aggregate_id = c.id::text
        WHERE c.id = $1`,
      [res.body.id],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].event_xid).toBe(rows[0].row_xid);
    expect(rows[0].type).toBe('registry.industry-cluster.created');
    expect(rows[0].payload).toEqual({ id: res.body.id, code: 'OUTBOX-ONE', name: '集群OUTBOX-ONE', category: 'EMERGING' });
  });

  it('writes neither the row nor an event when the change is refused', async () => {
    await create('OUTBOX-DUP').expect(201);
    const before = await sql.query(`SELECT count(*)::int AS n FROM outbox_event`);
    const res = await create('OUTBOX-DUP', '另一个名称').expect(409);
    expect(res.body.code).toBe('INDUSTRY_CLUSTER_EXISTS');
    const after = await sql.query(`SELECT count(*)::int AS n FROM outbox_event`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });

  it('has the worker handle the event and commit its effect', async () => {
    const res = await create('OUTBOX-WORK').expect(201);
    const echo = await waitFor(() => echoOf(res.body.id), { what: 'the handler effect' });
    expect(echo.handled).toBe(1);
    const event = await sql.query(`SELECT dispatched_at FROM outbox_event WHERE event_id = $1`, [echo.event_id]);
    expect(event.rows[0].dispatched_at).not.toBeNull();
    const consumed = await sql.query(`SELECT consumer FROM outbox_consumption WHERE event_id = $1`, [echo.event_id]);
    expect(consumed.rows).toEqual([{ consumer: 'test.cluster-echo' }]);
  });

  it('runs a handler once per event even when its job is delivered again', async () => {
    const res = await create('OUTBOX-TWICE').expect(201);
    const echo = await waitFor(() => echoOf(res.body.id), { what: 'the handler effect' });
    const { rows } = await sql.query(`SELECT * FROM outbox_event WHERE event_id = $1`, [echo.event_id]);
    const envelope: EventEnvelope = {
      eventId: echo.event_id,
      position: rows[0].id,
      type: rows[0].type,
      aggregateType: rows[0].aggregate_type,
      aggregateId: rows[0].aggregate_id,
      payload: rows[0].payload,
      occurredAt: rows[0].occurred_at.toISOString(),
    };
    const runner = worker.get(EventJobRunner);
    const job = { name: ECHO_JOB.name, data: envelope, id: 'redelivered' } as Job<EventEnvelope>;
    await expect(runner.run(ECHO_JOB.queue.name, job)).resolves.toBe('duplicate');
    expect((await echoOf(res.body.id))?.handled).toBe(1);
  });
});
