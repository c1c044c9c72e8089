import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import type { components, DistrictClient } from '../../clients/district/client.js';
import { startApi } from '../support/apps.js';
import { districtSystem } from '../support/district.js';

type Change = components['schemas']['ChangeDto'];

/**
 * The change feed (`GET /api/v1/changes`) as a district system follows it with the generated
 * client: every event once, in commit order, even when transactions commit in another order
 * than the one in which they started and wrote their events.
 */
describe('change feed', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let district: DistrictClient;
  const writers: pg.Client[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    district = (await districtSystem(api)).client;
  });

  afterAll(async () => {
    for (const w of writers) await w.end().catch(() => undefined);
    await api?.close();
    await db?.drop();
  });

  async function writer(): Promise<pg.Client> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    writers.push(client);
    return client;
  }

  /** What `OutboxPublisher.publish` does inside a use case's transaction (an event of the reader's district). */
  const insertEvent = (client: pg.Client, tag: string) =>
    client
      .query(
        `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload, district_codes)
       VALUES ('registry.consortium.created', 'consortium', $1, $2, '{500118}') RETURNING id::text, event_id`,
        [tag, { tag }],
      )
      .then((r) => r.rows[0] as { id: string; event_id: string });

  async function page(after: string | undefined, limit: number) {
    const { data, error } = await district.GET('/api/v1/changes', { params: { query: { after, limit } } });
    if (!data) throw new Error(`feed refused: ${JSON.stringify(error)}`);
    return data;
  }

  /** Reads from `after` until the feed has nothing more right now. */
  async function readAll(after?: string, limit = 7): Promise<{ items: Change[]; cursor: string | undefined }> {
    const items: Change[] = [];
    let cursor = after;
    for (;;) {
      const p = await page(cursor, limit);
      items.push(...p.items);
      cursor = p.nextCursor ?? cursor;
      if (!p.hasMore) return { items, cursor };
    }
  }

  const tagsOf = (items: Change[], prefix: string) => items.map((c) => c.aggregateId).filter((id) => id.startsWith(prefix));

  it('serves an event of a transaction that commits late after the events committed before it, not never', async () => {
    const start = await readAll();
    const late = await writer();
    await late.query('BEGIN');
    const lateEvent = await insertEvent(late, 'late-1');

    // A real write through the API commits while the first transaction is still open.
    const uscc = makeUscc('9', '1', '500118', 'FD000001');
    const put = await district.PUT('/api/v1/organizations/by-uscc/{uscc}', {
      params: { path: { uscc } },
      body: { name: '变更订阅测试企业', type: 'ENTERPRISE', districtCode: '500118' },
    });
    expect(put.response.status).toBe(201);
    const seen = await readAll(start.cursor);
    expect(seen.items.map((c) => c.type)).toEqual(['registry.organization.created']);
    expect(seen.items[0].aggregateId).toBe(put.data!.id);

    await late.query('COMMIT');
    const after = await readAll(seen.cursor);
    expect(after.items.map((c) => c.eventId)).toEqual([lateEvent.event_id]);
    // Ordering by insertion id would have put the late event first, behind the reader's cursor.
    const { rows } = await late.query(`SELECT id::text FROM outbox_event WHERE aggregate_id = $1`, [put.data!.id]);
    expect(BigInt(lateEvent.id)).toBeLessThan(BigInt(rows[0].id));
  });

  it('gives a reader following the feed from the start every event exactly once, in commit order, with writers committing out of order', async () => {
    const WRITERS = 16;
    const clients = await Promise.all(Array.from({ length: WRITERS }, () => writer()));
    // Every writer opens its transaction and writes one to three events, in start order 0, 1, 2, …
    const eventsOf: string[][] = [];
    for (const [i, client] of clients.entries()) {
      await client.query('BEGIN');
      eventsOf[i] = [];
      for (let k = 0; k <= i % 3; k++) eventsOf[i].push((await insertEvent(client, `burst-${i}-${k}`)).event_id);
    }

    // The follower reads from the very start, in small pages, while the commits happen.
    const followed: Change[] = [];
    let cursor: string | undefined;
    let stop = false;
    const expectedCount = eventsOf.flat().length;
    const follower = (async () => {
      while (!stop) {
        const p = await page(cursor, 3);
        followed.push(...p.items);
        cursor = p.nextCursor ?? cursor;
        if (!p.hasMore) await new Promise((r) => setTimeout(r, 5));
      }
    })();

    // Stagger: commit in an order unrelated to the start order, one after another, so the commit
    // order is known; odd writers late, in reverse.
    const order = [...clients.keys()].sort((a, b) => (a % 2) - (b % 2) || (a % 2 ? b - a : a - b));
    const committed: number[] = [];
    for (const i of order) {
      await clients[i].query('COMMIT');
      committed.push(i);
      // Let the follower catch up now and then, so it reads between commits as well.
      if (committed.length % 4 === 0) {
        const target = committed.flatMap((w) => eventsOf[w]).length;
        await waitFor(() => tagsOf(followed, 'burst-').length >= target, { timeoutMs: 60_000, what: 'the follower to catch up' });
      }
    }
    await waitFor(() => tagsOf(followed, 'burst-').length >= expectedCount, { timeoutMs: 60_000, what: 'every event in the feed' });
    stop = true;
    await follower;

    const expected = order.flatMap((i) => eventsOf[i]);
    const got = followed.filter((c) => c.aggregateId.startsWith('burst-')).map((c) => c.eventId);
    expect(new Set(got).size).toBe(got.length);
    expect(got).toEqual(expected);
    // The start order was another one: ordering by id or transaction id would differ.
    expect(expected).not.toEqual(eventsOf.flat());
    // A reader starting afterwards from the beginning sees the very same sequence.
    const replay = await readAll(undefined, 50);
    expect(replay.items.filter((c) => c.aggregateId.startsWith('burst-')).map((c) => c.eventId)).toEqual(expected);
  });

  it('gives a live follower every event exactly once while many writers commit concurrently', async () => {
    const WRITERS = 12;
    const ROUNDS = 3;
    const clients = await Promise.all(Array.from({ length: WRITERS }, () => writer()));
    const followed: Change[] = [];
    let cursor = (await readAll()).cursor;
    let stop = false;
    const follower = (async () => {
      while (!stop) {
        const p = await page(cursor, 4);
        followed.push(...p.items);
        cursor = p.nextCursor ?? cursor;
        if (!p.hasMore) await new Promise((r) => setTimeout(r, 2));
      }
    })();

    // Each writer runs ROUNDS transactions; each holds its transaction open across the others'
    // commits (a random pause) before committing, so commits interleave unpredictably.
    const before = new Map<string, Set<string>>(); // eventId → events committed before its commit began
    const done = new Set<string>();
    const all: string[] = [];
    await Promise.all(
      clients.map(async (client, w) => {
        for (let r = 0; r < ROUNDS; r++) {
          await client.query('BEGIN');
          const ids = [(await insertEvent(client, `live-${w}-${r}-a`)).event_id, (await insertEvent(client, `live-${w}-${r}-b`)).event_id];
          await new Promise((res) => setTimeout(res, Math.floor(Math.random() * 30)));
          const snapshot = new Set(done);
          for (const id of ids) before.set(id, snapshot);
          await client.query('COMMIT');
          for (const id of ids) done.add(id);
          all.push(...ids);
        }
      }),
    );
    await waitFor(() => tagsOf(followed, 'live-').length >= all.length, { timeoutMs: 60_000, what: 'every event in the feed' });
    stop = true;
    await follower;

    const got = followed.filter((c) => c.aggregateId.startsWith('live-')).map((c) => c.eventId);
    expect(got).toHaveLength(WRITERS * ROUNDS * 2);
    expect(new Set(got)).toEqual(new Set(all));
    // Commit order: an event whose transaction had committed before another's commit began comes first.
    const position = new Map(got.map((id, i) => [id, i]));
    const violations = got.filter((id) => [...before.get(id)!].some((earlier) => position.get(earlier)! > position.get(id)!));
    expect(violations).toEqual([]);
    // The two events of one transaction are adjacent: a transaction's events are numbered together.
    const byTx = followed.filter((c) => c.aggregateId.startsWith('live-'));
    for (let i = 0; i < byTx.length; i += 2) expect(byTx[i].aggregateId.replace(/-a$/, '')).toBe(byTx[i + 1].aggregateId.replace(/-b$/, ''));
  });

  it('numbers every event of one large transaction (an import) once, consecutively, at its commit', async () => {
    const client = await writer();
    await client.query('BEGIN');
    await client.query(
      `INSERT INTO outbox_event (type, aggregate_type, aggregate_id, payload)
       SELECT 'registry.organization.created', 'organization', 'bulk-' || n, jsonb_build_object('n', n) FROM generate_series(1, 20000) AS n`,
    );
    await client.query('COMMIT');
    const { rows } = await client.query(
      `SELECT count(*)::int AS n, count(feed_seq)::int AS numbered, (max(feed_seq) - min(feed_seq) + 1)::int AS span,
              bool_and(feed_seq - id = (SELECT min(feed_seq) - min(id) FROM outbox_event WHERE aggregate_id LIKE 'bulk-%')) AS in_insert_order
         FROM outbox_event WHERE aggregate_id LIKE 'bulk-%'`,
    );
    expect(rows[0]).toEqual({ n: 20000, numbered: 20000, span: 20000, in_insert_order: true });
  });

  it('refuses a malformed cursor with a problem naming the field, and a caller without feed:read', async () => {
    const bad = await district.GET('/api/v1/changes', { params: { query: { after: 'abc' } } });
    expect(bad.response.status).toBe(400);
    expect(bad.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(bad.error).toMatchObject({ code: 'VALIDATION_FAILED', errors: [expect.objectContaining({ field: 'after' })] });

    const reader = await districtSystem(api, '500118', ['registry:read']);
    const refused = await reader.client.GET('/api/v1/changes', {});
    expect(refused.response.status).toBe(403);
    expect(refused.error).toMatchObject({ code: 'INSUFFICIENT_SCOPE' });
  });
});
