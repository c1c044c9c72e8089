import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { createDistrictClient, type DistrictClient } from '../../clients/district/client.js';
import { startApi } from '../support/apps.js';
import { baseUrlOf, districtSystem, type DistrictSystem } from '../support/district.js';
import { bearer, loginAs } from '../support/identity.js';
import { routesOf } from '../support/routes.js';

/**
 * `Idempotency-Key` on creating POSTs and `ETag`/`If-Match` on updates, each case of the issue,
 * through the generated client as a district team would call the API.
 */
describe('idempotent writes and conditional updates', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let district: DistrictSystem;
  let admin: DistrictClient;
  let n = 0;
  const key = () => `key-${process.pid}-${++n}-${Math.random().toString(36).slice(2)}`;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    // Subscriptions to names of the example domain: resolved by nobody (no DNS query leaves the machine).
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }));
    district = await districtSystem(api);
    admin = createDistrictClient(baseUrlOf(api), (await loginAs(api, 'admin')).token);
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  /** Sessions of this test's database waiting for a lock. */
  const waitingForLocks = async () =>
    (await sql.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`)).rows[0].n as number;
  const count = async (table: string) => (await sql.query(`SELECT count(*)::int AS n FROM ${table}`)).rows[0].n as number;
  const subscribe = (k: string | undefined, url = 'https://sync.example.org/hooks', client = district.client) =>
    client.POST('/api/v1/webhook-subscriptions', {
      params: { header: k === undefined ? {} : { 'Idempotency-Key': k } },
      body: { url, eventTypes: ['registry.membership.joined'] },
    });

  describe('Idempotency-Key', () => {
    it('replays the stored response for the same key and body, writing once', async () => {
      const k = key();
      const before = await count('webhook_subscription');
      const first = await subscribe(k);
      expect(first.response.status).toBe(201);
      expect(first.response.headers.get('idempotent-replayed')).toBeNull();
      const again = await subscribe(k);
      expect(again.response.status).toBe(201);
      expect(again.response.headers.get('idempotent-replayed')).toBe('true');
      expect(again.response.headers.get('etag')).toBe(first.response.headers.get('etag'));
      expect(again.data).toEqual(first.data);
      expect(await count('webhook_subscription')).toBe(before + 1);
      // The draft's sf-string form names the same key.
      const quoted = await subscribe(`"${k}"`);
      expect(quoted.data).toEqual(first.data);
    });

    it('takes the same body with its keys in another order, or other spacing, as the same request', async () => {
      const k = key();
      const post = (raw: string) =>
        fetch(`${baseUrlOf(api)}/api/v1/webhook-subscriptions`, {
          method: 'POST',
          headers: { authorization: `Bearer ${district.token}`, 'content-type': 'application/json', 'idempotency-key': k },
          body: raw,
        });
      const before = await count('webhook_subscription');
      const first = await post(
        '{"url":"https://sync.example.org/ordered","eventTypes":["registry.membership.joined","registry.membership.left"],"description":"顺序"}',
      );
      expect(first.status).toBe(201);
      const reordered = await post(
        '{ "description": "顺序", "eventTypes": ["registry.membership.joined", "registry.membership.left"],\n  "url": "https://sync.example.org/ordered" }',
      );
      expect(reordered.status).toBe(201);
      expect(reordered.headers.get('idempotent-replayed')).toBe('true');
      expect(await reordered.json()).toEqual(await first.json());
      expect(await count('webhook_subscription')).toBe(before + 1);
      // Array order is part of the body: another order is another request.
      const otherOrder = await post(
        '{"url":"https://sync.example.org/ordered","eventTypes":["registry.membership.left","registry.membership.joined"],"description":"顺序"}',
      );
      expect(otherOrder.status).toBe(422);
      expect(((await otherOrder.json()) as { code: string }).code).toBe('IDEMPOTENCY_KEY_REUSED');
      expect(await count('webhook_subscription')).toBe(before + 1);
    });

    it('refuses the same key with another body (422) or on another route, writing nothing', async () => {
      const k = key();
      expect((await subscribe(k)).response.status).toBe(201);
      const before = await count('webhook_subscription');
      const other = await subscribe(k, 'https://sync.example.org/other');
      expect(other.response.status).toBe(422);
      expect(other.response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(other.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED', errors: [{ field: 'Idempotency-Key' }] });
      const elsewhere = await district.client.POST('/api/v1/webhook-subscriptions/{subscriptionId}/rotate-secret', {
        params: { path: { subscriptionId: '00000000-0000-4000-8000-000000000000' }, header: { 'Idempotency-Key': k } },
        body: {},
      });
      expect(elsewhere.response.status).toBe(422);
      expect(elsewhere.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await count('webhook_subscription')).toBe(before);
    });

    it('answers 409 while the first request with the key is still running, then replays its result', async () => {
      const k = key();
      const blocker = new pg.Client({ connectionString: db.url });
      await blocker.connect();
      try {
        // Hold the first request inside its transaction: its insert waits for this lock.
        await blocker.query('BEGIN');
        await blocker.query('LOCK TABLE industry_cluster IN SHARE ROW EXCLUSIVE MODE');
        const body = { code: `IDEM-${n}`, name: `幂等集群${n}`, category: 'OTHER' as const };
        const first = admin.POST('/api/v1/industry-clusters', { params: { header: { 'Idempotency-Key': k } }, body });
        await waitFor(async () => (await sql.query(`SELECT status FROM idempotency_key WHERE key = $1`, [k])).rows[0]?.status === 'IN_PROGRESS', {
          what: 'the first request to hold its key',
        });
        await waitFor(async () => (await waitingForLocks()) >= 1, {
          what: 'the first request to wait for the lock',
        });
        const second = await admin.POST('/api/v1/industry-clusters', { params: { header: { 'Idempotency-Key': k } }, body });
        expect(second.response.status).toBe(409);
        expect(second.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_IN_PROGRESS' });
        await blocker.query('ROLLBACK');
        const done = await first;
        expect(done.response.status).toBe(201);
        const third = await admin.POST('/api/v1/industry-clusters', { params: { header: { 'Idempotency-Key': k } }, body });
        expect(third.response.status).toBe(201);
        expect(third.data).toEqual(done.data);
        expect((await sql.query(`SELECT count(*)::int AS n FROM industry_cluster WHERE code = $1`, [body.code])).rows[0].n).toBe(1);
      } finally {
        await blocker.end();
      }
    });

    it('releases the key of a request that failed, so a corrected retry runs', async () => {
      const k = key();
      const bad = await subscribe(k, 'ftp://nowhere');
      expect(bad.response.status).toBe(422);
      expect(bad.error).toMatchObject({ code: 'WEBHOOK_URL_INVALID' });
      expect((await sql.query(`SELECT 1 FROM idempotency_key WHERE key = $1`, [k])).rowCount).toBe(0);
      const good = await subscribe(k);
      expect(good.response.status).toBe(201);
    });

    it('keeps keys per caller and at least 24 hours, then forgets them', async () => {
      const k = key();
      const mine = await subscribe(k);
      const otherSystem = await districtSystem(api, '500101', ['webhooks:manage']);
      const theirs = await subscribe(k, 'https://sync.example.org/hooks', otherSystem.client);
      expect(theirs.response.status).toBe(201);
      expect(theirs.data!.id).not.toBe(mine.data!.id);

      const { rows } = await sql.query(`SELECT expires_at - created_at >= interval '24 hours' AS kept FROM idempotency_key WHERE key = $1`, [k]);
      expect(rows.map((r) => r.kept)).toEqual([true, true]);
      await sql.query(`UPDATE idempotency_key SET expires_at = now() - interval '1 second' WHERE key = $1`, [k]);
      const anew = await subscribe(k);
      expect(anew.response.status).toBe(201);
      expect(anew.response.headers.get('idempotent-replayed')).toBeNull();
      expect(anew.data!.id).not.toBe(mine.data!.id);
    });

    it('applies to every POST route of every context, and to no other route', async () => {
      const routes = routesOf(api);
      const attached = (r: { interceptors: string[] }) => r.interceptors.filter((name) => name === 'IdempotencyInterceptor').length;
      expect(routes.filter((r) => r.method === 'POST').length).toBeGreaterThan(40);
      expect(routes.filter((r) => attached(r) !== (r.method === 'POST' ? 1 : 0)).map((r) => r.key)).toEqual([]);
      // A POST of another context (the registry's dictionary) replays like the integration's own.
      const token = (await loginAs(api, 'admin')).token;
      const k = key();
      const post = () =>
        fetch(`${baseUrlOf(api)}/api/v1/industry-clusters`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'idempotency-key': k, ...bearer(token) },
          body: JSON.stringify({ code: 'IDEM-1', name: '幂等测试集群', category: 'EMERGING' }),
        });
      const first = await post();
      const second = await post();
      expect([first.status, second.status, second.headers.get('idempotent-replayed')]).toEqual([201, 201, 'true']);
      expect(await second.json()).toEqual(await first.json());
      expect((await sql.query(`SELECT count(*)::int AS n FROM industry_cluster WHERE code = 'IDEM-1'`)).rows[0].n).toBe(1);
    });

    it('refuses a malformed key with a problem naming the header', async () => {
      const before = await count('webhook_subscription');
      const res = await subscribe('bad key with spaces');
      expect(res.response.status).toBe(400);
      expect(res.error).toMatchObject({ code: 'IDEMPOTENCY_KEY_INVALID', errors: [{ field: 'Idempotency-Key' }] });
      expect(await count('webhook_subscription')).toBe(before);
    });
  });

  describe('ETag and If-Match', () => {
    const patch = (id: string, ifMatch: string | undefined, description: string) =>
      district.client.PATCH('/api/v1/webhook-subscriptions/{subscriptionId}', {
        params: { path: { subscriptionId: id }, header: (ifMatch === undefined ? {} : { 'If-Match': ifMatch }) as { 'If-Match': string } },
        body: { description },
      });

    it('gives an ETag on reads, 428 without If-Match, 412 when stale, and a new ETag on success', async () => {
      const created = await subscribe(undefined);
      const id = created.data!.id;
      const read = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: id } } });
      const etag = read.response.headers.get('etag')!;
      expect(etag).toBe('"v1"');

      const missing = await patch(id, undefined, '无条件');
      expect(missing.response.status).toBe(428);
      expect(missing.error).toMatchObject({ code: 'IF_MATCH_REQUIRED', errors: [{ field: 'If-Match' }] });

      const ok = await patch(id, etag, '第一次');
      expect(ok.response.status).toBe(200);
      expect(ok.response.headers.get('etag')).toBe('"v2"');

      const stale = await patch(id, etag, '过时的');
      expect(stale.response.status).toBe(412);
      expect(stale.error).toMatchObject({ code: 'PRECONDITION_FAILED', errors: [{ field: 'If-Match' }] });
      const now = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: id } } });
      expect(now.data).toMatchObject({ description: '第一次', version: 2 });

      expect((await patch(id, `W/"v2"`, '弱比较')).response.status).toBe(200);
      expect((await patch(id, '*', '任意版本')).response.status).toBe(200);
    });

    it('prevents a lost update: of two writers who read the same version, one wins and the other gets 412', async () => {
      const created = await subscribe(undefined);
      const id = created.data!.id;
      const etag = (
        await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: id } } })
      ).response.headers.get('etag')!;
      const blocker = new pg.Client({ connectionString: db.url });
      await blocker.connect();
      try {
        // Both updates are in flight together: the row lock makes them queue behind this transaction.
        await blocker.query('BEGIN');
        await blocker.query('SELECT 1 FROM webhook_subscription WHERE id = $1 FOR UPDATE', [id]);
        const a = patch(id, etag, '甲的修改');
        const b = patch(id, etag, '乙的修改');
        await waitFor(async () => (await waitingForLocks()) >= 2, {
          what: 'both updates to wait',
        });
        await blocker.query('COMMIT');
        const results = await Promise.all([a, b]);
        expect(results.map((r) => r.response.status).sort()).toEqual([200, 412]);
        const winner = results.find((r) => r.response.status === 200)!;
        const final = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: id } } });
        expect(final.data!.description).toBe(winner.data!.description);
        expect(final.data!.version).toBe(2);
      } finally {
        await blocker.end();
      }
    });
  });
});
