import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

interface Entry {
  consortiumId: string;
  name: string;
  tier: string;
  level: string;
  status: string;
  districtCodes: string[];
}

/** 建设名单 snapshotted with every published round (DESIGN §2.1), by the worker, once per revision. */
describe('official list snapshots', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  let warned: { id: string; name: string };
  const rounds: Record<string, string> = {};
  const http = () => request(api.getHttpServer());

  async function scoreAndPublish(roundId: string, revision: number, body: object = {}) {
    await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).send(body).expect(202);
    await waitFor(
      async () => {
        const s = await http().get(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(taskforce)).expect(200);
        if (s.body.status === 'FAILED') throw new Error(`scoring failed: ${JSON.stringify(s.body)}`);
        return s.body.status === 'DONE' && s.body.revision === revision ? true : undefined;
      },
      { what: `revision ${revision} to be scored`, timeoutMs: 60_000 },
    );
    await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(taskforce)).send({}).expect(200);
  }

  const snapshotOf = (roundId: string, revision: number) =>
    waitFor(
      async () => {
        const rows = await dataSource.query(`SELECT id FROM official_list_snapshot WHERE round_id = $1 AND revision = $2`, [roundId, revision]);
        return rows.length ? (rows[0].id as string) : undefined;
      },
      { what: `the snapshot of revision ${revision}`, timeoutMs: 30_000 },
    );

  /** The list on a date as the existing as-of route answers it, in the snapshot's shape. */
  async function officialListOn(asOf: string): Promise<Entry[]> {
    const res = await http().get('/api/v1/official-list').query({ asOf }).expect(200);
    return res.body.items.map(({ since: _since, ...entry }: Entry & { since: string }) => entry);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource, { pastRounds: 'CLOSED' });
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
    for (const r of await dataSource.query(`SELECT id, code FROM evaluation_round`)) rounds[r.code] = r.id;
    // A consortium warned after the end of 2026Q2 and before its publication: ACTIVE in the 2026Q2 snapshot.
    [warned] = await dataSource.query(
      `SELECT c.id, c.name FROM consortium c JOIN consortium_period p ON p.consortium_id = c.id AND p.valid_to IS NULL
        WHERE p.status = 'ACTIVE' AND p.tier = 'PARK_LED' AND p.valid_from < '2026-06-30' ORDER BY c.name LIMIT 1`,
    );
    await http()
      .post(`/api/v1/consortia/${warned.id}/decisions`)
      .set(bearer(taskforce))
      .send({ toStatus: 'WARNED', effectiveOn: '2026-08-01', reason: '连续两轮排名靠后（演示）' })
      .expect(201);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('has no snapshot before a round is published through the API', async () => {
    expect((await http().get('/api/v1/official-list/snapshots').expect(200)).body).toEqual({ items: [] });
    const res = await http().get('/api/v1/official-list/snapshots/2026Q2').expect(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body.code).toBe('SNAPSHOT_NOT_FOUND');
  });

  it('writes the list as of the quarter end when a round is published, with one event and one audit row', async () => {
    await scoreAndPublish(rounds['2026Q2'], 1);
    const id = await snapshotOf(rounds['2026Q2'], 1);
    const expected = await officialListOn('2026-06-30');
    const [{ n: listed }] = await dataSource.query(
      `SELECT count(*)::int AS n FROM consortium_period WHERE daterange(valid_from, valid_to) @> '2026-06-30'::date AND status IN ('ACTIVE', 'WARNED', 'PROBATION')`,
    );
    expect(expected).toHaveLength(listed);
    const res = await http().get('/api/v1/official-list/snapshots/2026Q2').expect(200);
    expect(res.body).toMatchObject({ id, roundId: rounds['2026Q2'], roundCode: '2026Q2', revision: 1, asOf: '2026-06-30', count: listed });
    expect(res.body.items).toEqual(expected);
    expect(res.body.items.find((e: Entry) => e.consortiumId === warned.id)).toMatchObject({
      name: warned.name,
      status: 'ACTIVE',
      tier: 'PARK_LED',
      level: 'L3',
    });
    // Today's list differs: the warned consortium is WARNED now.
    expect((await officialListOn('2026-08-01')).find((e) => e.consortiumId === warned.id)?.status).toBe('WARNED');

    const events = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'registry.official-list.snapshotted'`);
    expect(events.map((e: { payload: object }) => e.payload)).toEqual([
      { id, roundId: rounds['2026Q2'], roundCode: '2026Q2', revision: 1, asOf: '2026-06-30', count: listed },
    ]);
    const audit = await dataSource.query(`SELECT actor_type, action, before, after FROM audit_event WHERE action = 'registry.official-list.snapshot'`);
    expect(audit).toEqual([{ actor_type: 'system', action: 'registry.official-list.snapshot', before: null, after: events[0].payload }]);
  });

  it('writes nothing for a second publication event of the same revision', async () => {
    const [original] = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'evaluation.round.published' AND aggregate_id = $1`, [
      rounds['2026Q2'],
    ]);
    const [{ event_id: eventId }] = await dataSource.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload) VALUES ('evaluation.round.published', 'round', $1, $2) RETURNING event_id`,
      [rounds['2026Q2'], original.payload],
    );
    await waitFor(
      async () =>
        (await dataSource.query(`SELECT 1 FROM outbox_consumption WHERE consumer = 'registry.official-list-snapshot' AND event_id = $1`, [eventId])).length > 0,
      { what: 'the redelivered event to be consumed', timeoutMs: 30_000 },
    );
    const counts = await dataSource.query(
      `SELECT (SELECT count(*)::int FROM official_list_snapshot) AS snapshots,
              (SELECT count(*)::int FROM official_list_snapshot_entry) AS entries,
              (SELECT count(*)::int FROM outbox_event WHERE type = 'registry.official-list.snapshotted') AS events,
              (SELECT count(*)::int FROM audit_event WHERE action = 'registry.official-list.snapshot') AS audits`,
    );
    const [{ n: listed }] = await dataSource.query(`SELECT consortium_count AS n FROM official_list_snapshot`);
    expect(counts).toEqual([{ snapshots: 1, entries: listed, events: 1, audits: 1 }]);
  });

  it('refuses to change or delete a snapshot', async () => {
    await expect(dataSource.query(`UPDATE official_list_snapshot SET consortium_count = 0`)).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`DELETE FROM official_list_snapshot_entry`)).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`UPDATE official_list_snapshot_entry SET status = 'WARNED'`)).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`TRUNCATE official_list_snapshot_entry`)).rejects.toThrow(/immutable/);
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM official_list_snapshot_entry WHERE status = 'WARNED'`);
    expect(n).toBe(0);
  });

  it('takes a new snapshot for a published correction and keeps the earlier one', async () => {
    const first = (await http().get('/api/v1/official-list/snapshots/2026Q2').expect(200)).body;
    await scoreAndPublish(rounds['2026Q2'], 2, { reason: '更正了答卷后重新计分（演示）' });
    const second = await snapshotOf(rounds['2026Q2'], 2);
    const latest = (await http().get('/api/v1/official-list/snapshots/2026Q2').expect(200)).body;
    expect(latest).toMatchObject({ id: second, revision: 2, asOf: '2026-06-30', count: first.count });
    expect(latest.items).toEqual(first.items);
    const earlier = (await http().get('/api/v1/official-list/snapshots/2026Q2').query({ revision: 1 }).expect(200)).body;
    expect(earlier).toEqual(first);
    await http().get('/api/v1/official-list/snapshots/2026Q2').query({ revision: 3 }).expect(404);
  });

  it('snapshots each round on its own quarter end and lists them newest first', async () => {
    await scoreAndPublish(rounds['2026Q3'], 1);
    await snapshotOf(rounds['2026Q3'], 1);
    const q3 = (await http().get('/api/v1/official-list/snapshots/2026Q3').expect(200)).body;
    expect(q3).toMatchObject({ roundCode: '2026Q3', revision: 1, asOf: '2026-09-30' });
    expect(q3.items).toEqual(await officialListOn('2026-09-30'));
    expect(q3.items.find((e: Entry) => e.consortiumId === warned.id)?.status).toBe('WARNED');

    const list = (await http().get('/api/v1/official-list/snapshots').expect(200)).body.items;
    expect(list.map((s: { roundCode: string; revision: number; asOf: string }) => [s.roundCode, s.revision, s.asOf])).toEqual([
      ['2026Q3', 1, '2026-09-30'],
      ['2026Q2', 2, '2026-06-30'],
      ['2026Q2', 1, '2026-06-30'],
    ]);
    expect(list.every((s: { count: number }) => s.count === q3.count)).toBe(true);
  });

  it('answers a malformed round code or revision with a problem naming the field', async () => {
    const code = await http().get('/api/v1/official-list/snapshots/latest').expect(400);
    expect(code.body).toMatchObject({ code: 'INVALID_ROUND_CODE', errors: [{ field: 'roundCode' }] });
    const revision = await http().get('/api/v1/official-list/snapshots/2026Q2').query({ revision: 0 }).expect(400);
    expect(revision.body.errors[0].field).toBe('revision');
  });
});
