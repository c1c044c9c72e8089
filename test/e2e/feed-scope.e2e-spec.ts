import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import type { QueryRunner } from 'typeorm';
import { OutboxEventDistricts1763801300000 } from '../../migrations/1763801300000-outbox-event-districts.js';
import { FEED_EVENT_TYPES } from '#integration';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { createDistrictClient, type DistrictClient } from '../../clients/district/client.js';
import { startApi, startWorker } from '../support/apps.js';
import { baseUrlOf, districtSystem, type DistrictSystem } from '../support/district.js';
import { loginAs } from '../support/identity.js';
import { Receiver, RETRY_SCHEDULE, type Subscription, verifies } from '../support/webhooks.js';

const DISTRICTS = ['500118', '500101', '500103'] as const;
type Code = (typeof DISTRICTS)[number];

interface FeedEvent {
  eventId: string;
  type: string;
  aggregateId: string;
  payload: Record<string, unknown>;
}

/**
 * The change feed and webhooks apply the scope the REST reads apply: for every event of the
 * city-wide feed, a district system sees it (in its feed, and by webhook) exactly when its REST
 * reads show it the object the event is about — the organization, the consortium, or for a
 * membership or an application the consortium or the organization. Published rounds are public;
 * an event naming no district reaches city-wide readers only.
 */
describe('change feed and webhooks: district scope', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext | undefined;
  let taskforce: DistrictClient;
  const systems = {} as Record<Code, DistrictSystem>;
  const subscriptions = {} as Record<Code, Subscription>;
  const receiver = new Receiver();
  const noted = { legacy: '', move: '', governance: [] as string[], corrections: [] as string[] };

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const env = testEnvironment({ DATABASE_URL: db.url, WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    api = await startApi(env);
    worker = await startWorker(env);
    await receiver.start();
    taskforce = createDistrictClient(baseUrlOf(api), (await loginAs(api, 'taskforce')).token);
    for (const code of DISTRICTS) {
      systems[code] = await districtSystem(api, code);
      const { data, error } = await systems[code].client.POST('/api/v1/webhook-subscriptions', {
        body: { url: receiver.url(`/d${code}`), eventTypes: [...FEED_EVENT_TYPES], description: `区县 ${code}` },
      });
      if (!data) throw new Error(`not subscribed: ${JSON.stringify(error)}`);
      subscriptions[code] = data;
    }
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver.stop();
    await sql?.end();
    await db?.drop();
  });

  async function consortium(name: string, districtCodes: string[]): Promise<string> {
    const { data, error } = await taskforce.POST('/api/v1/consortia', {
      body: { name, kind: 'CITY', tier: 'PARK_LED', districtCodes, establishedOn: '2025-01-01' },
    });
    if (!data) throw new Error(JSON.stringify(error));
    return data.id;
  }

  async function organization(client: DistrictClient, name: string, body8: string, districtCode: string): Promise<string> {
    const uscc = makeUscc('9', '1', districtCode, body8);
    const { data, error } = await client.PUT('/api/v1/organizations/by-uscc/{uscc}', {
      params: { path: { uscc } },
      body: { name, type: 'ENTERPRISE', districtCode },
    });
    if (!data) throw new Error(JSON.stringify(error));
    return data.id;
  }

  async function join(consortiumId: string, organizationId: string): Promise<string> {
    const { data, error } = await taskforce.POST('/api/v1/consortia/{consortiumId}/memberships', {
      params: { path: { consortiumId } },
      body: { organizationId, role: 'MEMBER', validFrom: '2025-02-01' },
    });
    if (!data) throw new Error(JSON.stringify(error));
    return data.membership.id;
  }

  /** What the REST reads show a district system: the oracle the feed and webhooks must agree with. */
  async function visibleByRest(client: DistrictClient, event: FeedEvent): Promise<boolean> {
    const readsOrganization = async (organizationId: string) =>
      (await client.GET('/api/v1/organizations/{organizationId}', { params: { path: { organizationId } } })).response.status === 200;
    const readsConsortium = async (consortiumId: string) =>
      (await client.GET('/api/v1/consortia/{consortiumId}', { params: { path: { consortiumId } } })).response.status === 200;
    if (event.type.startsWith('registry.organization.')) return readsOrganization(event.aggregateId);
    if (event.type.startsWith('registry.consortium.') || event.type === 'registry.governance.changed') return readsConsortium(event.aggregateId);
    if (event.type.startsWith('registry.membership.') || event.type.startsWith('registry.application.')) {
      return (await readsConsortium(String(event.payload.consortiumId))) || (await readsOrganization(String(event.payload.organizationId)));
    }
    if (event.type === 'evaluation.round.published') return true;
    throw new Error(`no REST oracle for ${event.type}`);
  }

  async function readFeed(client: DistrictClient): Promise<FeedEvent[]> {
    const events: FeedEvent[] = [];
    let after: string | undefined;
    for (;;) {
      const { data, error } = await client.GET('/api/v1/changes', { params: { query: { after, limit: 7 } } });
      if (!data) throw new Error(`feed refused: ${JSON.stringify(error)}`);
      events.push(...data.items.map((i) => ({ eventId: i.eventId, type: i.type, aggregateId: i.aggregateId, payload: i.payload })));
      after = data.nextCursor ?? undefined;
      if (!data.hasMore) return events;
    }
  }

  it('shows each district system exactly the events its REST reads allow, in the feed and by webhook', async () => {
    // Two consortia of one district each, one spanning two; organizations in three districts.
    const c18 = await consortium('永川区测试联合体（演示）', ['500118']);
    const c01 = await consortium('万州区测试联合体（演示）', ['500101']);
    const spanning = await consortium('跨区测试联合体（演示）', ['500101', '500103']);
    const o18 = await organization(systems['500118'].client, '永川测试企业（演示）', 'FD000001', '500118');
    const o01 = await organization(taskforce, '万州测试企业（演示）', 'FD000002', '500101');
    const o03 = await organization(taskforce, '渝中测试企业（演示）', 'FD000003', '500103');
    const moving = await organization(taskforce, '迁出测试企业（演示）', 'FD000004', '500101');
    await join(c18, o18);
    await join(c01, o01);
    await join(c01, o18); // a 500118 firm in a 500101 consortium: both districts see the membership
    await join(spanning, o03);
    const membership = await join(c18, o03);
    const left = await taskforce.POST('/api/v1/consortia/{consortiumId}/memberships/{membershipId}/exit', {
      params: { path: { consortiumId: c18, membershipId: membership } },
      body: { effectiveOn: '2025-06-01', reason: 'VOLUNTARY' },
    });
    expect(left.response.status).toBe(201);
    const decided = await taskforce.POST('/api/v1/consortia/{consortiumId}/decisions', {
      params: { path: { consortiumId: c01 } },
      body: { toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '工作专班审定入册' },
    });
    expect(decided.response.status).toBe(201);
    // An application of a 500118 firm to a 500101 consortium, filed by the 500118 system, rejected.
    const filed = await systems['500118'].client.POST('/api/v1/consortia/{consortiumId}/applications', {
      params: { path: { consortiumId: c01 } },
      body: { organizationId: o18, kind: 'ROLE_CHANGE', requestedRole: 'COUNCIL_MEMBER', effectiveOn: '2025-09-01' },
    });
    expect(filed.response.status).toBe(201);
    const rejected = await taskforce.POST('/api/v1/consortia/{consortiumId}/applications/{applicationId}/decision', {
      params: { path: { consortiumId: c01, applicationId: filed.data!.id } },
      body: { outcome: 'REJECTED', note: '材料不全' },
    });
    expect(rejected.response.status).toBe(201);
    // Governance changes: a secretariat for the 500118 consortium and one for the spanning consortium.
    for (const [consortiumId, host, person] of [
      [c18, o18, '永川秘书长（演示）'],
      [spanning, o03, '跨区秘书长（演示）'],
    ] as const) {
      const set = await taskforce.PUT('/api/v1/consortia/{consortiumId}/secretariat', {
        params: { path: { consortiumId } },
        body: { hostOrganizationId: host, secretaryGeneral: person, effectiveFrom: '2025-03-01' },
      });
      expect(set.response.status).toBe(200);
    }
    // An event written before events named their districts: city-wide readers only.
    await sql.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       VALUES ('registry.organization.created', 'organization', gen_random_uuid()::text, '{"name":"无区县旧事件","districtCode":"500118"}')`,
    );
    // A published round (public). Marked relayed: its other consumers (snapshot, adjustment rules)
    // would act on a round that does not exist; the feed is what this checks for it.
    await sql.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, dispatched_at)
       VALUES ('evaluation.round.published', 'round', gen_random_uuid()::text, '{"code":"2025Q2","revision":1}', now())`,
    );

    const all = await readFeed(taskforce);
    expect(new Set(all.map((e) => e.type))).toEqual(
      new Set([
        'registry.consortium.created',
        'registry.consortium.decided',
        'registry.organization.created',
        'registry.membership.joined',
        'registry.membership.left',
        'registry.application.submitted',
        'registry.application.rejected',
        'registry.governance.changed',
        'evaluation.round.published',
      ]),
    );
    const legacy = all.find((e) => e.payload.name === '无区县旧事件')!;
    expect(legacy).toBeDefined();
    noted.legacy = legacy.eventId;
    noted.governance = all.filter((e) => e.type === 'registry.governance.changed').map((e) => e.eventId);
    expect(noted.governance).toHaveLength(2);

    // The oracle is asked about each event while the objects are as the events describe them.
    const expected = {} as Record<Code, string[]>;
    for (const code of DISTRICTS) {
      expected[code] = [];
      for (const event of all) if (event !== legacy && (await visibleByRest(systems[code].client, event))) expected[code].push(event.eventId);
    }
    // The organization moves from 500101 to 500118.
    const moved = await taskforce.PUT('/api/v1/organizations/by-uscc/{uscc}', {
      params: { path: { uscc: makeUscc('9', '1', '500101', 'FD000004') } },
      body: { name: '迁出测试企业（演示）', type: 'ENTERPRISE', districtCode: '500118' },
      headers: { 'If-Match': '*' },
    });
    expect(moved.response.status).toBe(200);
    const [moveEvent] = (await readFeed(taskforce)).slice(all.length);
    expect(moveEvent).toMatchObject({ type: 'registry.organization.updated', aggregateId: moving });
    all.push(moveEvent);
    noted.move = moveEvent.eventId;
    // The district it moved to reads it now; the one it left learns that it left.
    expect(await visibleByRest(systems['500118'].client, moveEvent)).toBe(true);
    expect(await visibleByRest(systems['500101'].client, moveEvent)).toBe(false);
    expected['500118'].push(moveEvent.eventId);
    expected['500101'].push(moveEvent.eventId);
    // The task force corrects the 500118 consortium's districts to 500103, and back: as for the
    // move, the district it is then in reads it and the one it left learns that it left. (Back, so
    // the registry is as before for the back-fill below, which reads the consortium's districts now.)
    const correct = async (districtCodes: string[]) => {
      const read = await taskforce.GET('/api/v1/consortia/{consortiumId}', { params: { path: { consortiumId: c18 } } });
      const corrected = await taskforce.PATCH('/api/v1/consortia/{consortiumId}', {
        params: { path: { consortiumId: c18 }, header: { 'If-Match': read.response.headers.get('etag')! } },
        body: { districtCodes, reason: '登记时区县代码录入错误' },
      });
      expect(corrected.response.status).toBe(200);
      const [event] = (await readFeed(taskforce)).slice(all.length);
      expect(event).toMatchObject({ type: 'registry.consortium.corrected', aggregateId: c18, payload: { districtCodes } });
      all.push(event);
      noted.corrections.push(event.eventId);
      return event;
    };
    const away = await correct(['500103']);
    expect([
      await visibleByRest(systems['500103'].client, away),
      await visibleByRest(systems['500118'].client, away),
      await visibleByRest(systems['500101'].client, away),
    ]).toEqual([true, false, false]);
    expected['500103'].push(away.eventId);
    expected['500118'].push(away.eventId);
    const back = await correct(['500118']);
    expect([
      await visibleByRest(systems['500103'].client, back),
      await visibleByRest(systems['500118'].client, back),
      await visibleByRest(systems['500101'].client, back),
    ]).toEqual([false, true, false]);
    expected['500103'].push(back.eventId);
    expected['500118'].push(back.eventId);
    for (const code of DISTRICTS) expect((await readFeed(systems[code].client)).map((e) => e.eventId)).toEqual(expected[code]);
    // Not vacuous: every district sees something, none sees everything, and they see different things.
    for (const code of DISTRICTS) {
      expect(expected[code].length).toBeGreaterThan(1);
      expect(expected[code].length).toBeLessThan(all.length);
    }
    expect(expected['500118']).not.toEqual(expected['500101']);
    const joinedAcross = all.find((e) => e.type === 'registry.membership.joined' && e.payload.consortiumId === c01 && e.payload.organizationId === o18)!;
    expect(expected['500118']).toContain(joinedAcross.eventId);
    expect(expected['500101']).toContain(joinedAcross.eventId);
    expect(expected['500103']).not.toContain(joinedAcross.eventId);
    expect(expected['500118']).not.toContain(all.find((e) => e.type === 'registry.organization.created' && e.aggregateId === o01)!.eventId);
    // Governance changes reach the districts of their consortium, and only those.
    const [gov18, govSpanning] = noted.governance;
    expect([expected['500118'].includes(gov18), expected['500101'].includes(gov18), expected['500103'].includes(gov18)]).toEqual([true, false, false]);
    expect([expected['500118'].includes(govSpanning), expected['500101'].includes(govSpanning), expected['500103'].includes(govSpanning)]).toEqual([
      false,
      true,
      true,
    ]);

    // Webhooks: after every event has been fanned out, each endpoint got exactly its district's, signed.
    await waitFor(
      async () => {
        const { rows } = await sql.query(`SELECT count(*)::int AS n FROM outbox_consumption WHERE consumer LIKE 'integration.webhooks.fan-out.%'`);
        return rows[0].n === all.length - 1 ? true : undefined;
      },
      { timeoutMs: 60_000, what: 'the fan-out of every event' },
    );
    const round = all.find((e) => e.type === 'evaluation.round.published')!;
    for (const code of DISTRICTS) {
      expect(expected[code]).toContain(round.eventId);
      expected[code] = expected[code].filter((id) => id !== round.eventId);
      await waitFor(() => (receiver.of(`/d${code}`).length >= expected[code].length ? true : undefined), { timeoutMs: 60_000, what: `deliveries to ${code}` });
      const got = receiver.of(`/d${code}`);
      expect(new Set(got.map((r) => r.eventId))).toEqual(new Set(expected[code]));
      expect(got).toHaveLength(expected[code].length);
      for (const r of got) expect(verifies(subscriptions[code].secret, r)).toBe(true);
      const { rows } = await sql.query(`SELECT event_id FROM webhook_delivery WHERE subscription_id = $1`, [subscriptions[code].id]);
      expect(new Set(rows.map((r: { event_id: string }) => r.event_id))).toEqual(new Set(expected[code]));
    }

    // The public contracts show what was sent before they existed: the feed's payload and the
    // webhook's body are the stored payload, field for field (a changed field needs a new version).
    const stored = new Map(
      (await sql.query(`SELECT event_id, type, aggregate_type, aggregate_id, payload, occurred_at, feed_seq::text FROM outbox_event`)).rows.map(
        (r: Record<string, unknown>) => [r.event_id as string, r],
      ),
    );
    const feed = await readFeed(taskforce);
    expect(feed.length).toBe(all.length);
    for (const event of feed) expect({ type: event.type, payload: event.payload }).toEqual({ type: event.type, payload: stored.get(event.eventId)!.payload });
    const bodies = DISTRICTS.flatMap((code) => receiver.of(`/d${code}`)).map((r) => r.body);
    expect(bodies.length).toBeGreaterThan(10);
    for (const body of bodies) {
      const { eventId } = (JSON.parse(body) as { data: { eventId: string } }).data;
      const row = stored.get(eventId)! as { type: string; aggregate_type: string; aggregate_id: string; payload: object; occurred_at: Date; feed_seq: string };
      const before = JSON.stringify({
        type: row.type,
        timestamp: new Date(row.occurred_at).toISOString(),
        data: { eventId, cursor: row.feed_seq, aggregateType: row.aggregate_type, aggregateId: row.aggregate_id, ...row.payload },
      });
      expect(body).toBe(before);
    }
  });

  it('gives events written before the districts column the districts their publishers give them now', async () => {
    const read = async () =>
      new Map(
        (await sql.query(`SELECT event_id, district_codes FROM outbox_event ORDER BY id`)).rows.map((r: { event_id: string; district_codes: string[] }) => [
          r.event_id,
          r.district_codes,
        ]),
      );
    const published = await read();
    expect(published.size).toBeGreaterThan(10);
    // The migration again, on the events of the test above: down (column gone), up (added and filled).
    const migration = new OutboxEventDistricts1763801300000();
    const runner = { query: (text: string) => sql.query(text) } as unknown as QueryRunner;
    await migration.down(runner);
    await migration.up(runner);
    const backfilled = await read();
    // Two differ, as documented: the raw legacy event gets its payload's district, and the move
    // only the district moved to (the one left is not known any more).
    expect(published.get(noted.legacy)).toEqual([]);
    expect(backfilled.get(noted.legacy)).toEqual(['500118']);
    expect(published.get(noted.move)).toEqual(['500101', '500118']);
    expect(backfilled.get(noted.move)).toEqual(['500118']);
    // Governance and correction events were first published after this column existed (their
    // publishers always give their districts): the migration has no rule for them.
    for (const id of noted.governance) expect(published.get(id)!.length).toBeGreaterThan(0);
    for (const id of noted.corrections) expect([...published.get(id)!].sort()).toEqual(['500103', '500118']);
    for (const id of [noted.legacy, noted.move, ...noted.corrections, ...noted.governance]) {
      published.delete(id);
      backfilled.delete(id);
    }
    expect(backfilled).toEqual(published);
  });
});
