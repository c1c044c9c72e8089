import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { createTestDatabase, RedisServer, TcpProxy, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { baseUrlOf } from '../support/district.js';
import { bearer, loginAs } from '../support/identity.js';

type Phase = 'before' | 'cutting' | 'outage' | 'restoring' | 'after';

interface Outcome {
  kind: 'write' | 'read';
  /** The phase when the request was sent and when its answer came. */
  sent: Phase;
  answered: Phase;
  status: number | 'no answer';
  contentType: string;
  code?: string;
  /** Writes: the cluster code sent, and the id answered with a 2xx. */
  clusterCode?: string;
  id?: string;
}

/** Longest a request may take, outage or not: the pool gives up connecting after 3 s. */
const REQUEST_BOUND_MS = 20_000;

/**
 * PostgreSQL taken away from a running API under steady load, then given back: the API reaches
 * PostgreSQL through a proxy the test cuts (open connections broken, new ones refused) while the
 * real server keeps serving everybody else. Meanwhile every request answers promptly with 503
 * problem+json `DATABASE_UNAVAILABLE` and readiness is 503; afterwards the same process answers
 * 200 again; every write acknowledged with a 2xx is in the database, and none is applied twice.
 */
describe('PostgreSQL taken away under load', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let redis: RedisServer;
  let proxy: TcpProxy;
  let api: NestFastifyApplication;
  let baseUrl: string;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    redis = await RedisServer.start();
    const target = new URL(db.url);
    proxy = await TcpProxy.start({ host: target.hostname, port: Number(target.port || 5432) });
    const viaProxy = new URL(db.url);
    viaProxy.hostname = '127.0.0.1';
    viaProxy.port = String(proxy.port);
    api = await startApi(testEnvironment({ DATABASE_URL: viaProxy.toString(), REDIS_URL: redis.url }));
    baseUrl = baseUrlOf(api);
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await api?.close();
    await proxy?.cut();
    await redis?.stop();
    await sql?.end();
    await db?.drop();
  });

  async function send(path: string, init: RequestInit = {}): Promise<{ status: number | 'no answer'; contentType: string; body: Record<string, unknown> }> {
    try {
      const res = await fetch(`${baseUrl}${path}`, { ...init, signal: AbortSignal.timeout(REQUEST_BOUND_MS) });
      const text = await res.text();
      return { status: res.status, contentType: res.headers.get('content-type') ?? '', body: text ? JSON.parse(text) : {} };
    } catch {
      return { status: 'no answer', contentType: '', body: {} };
    }
  }

  const write = (clusterCode: string) =>
    send('/api/v1/industry-clusters', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(admin) },
      body: JSON.stringify({ code: clusterCode, name: `负载集群${clusterCode}`, category: 'EMERGING' }),
    });

  it('answers 503 DATABASE_UNAVAILABLE while it is away, recovers in the same process, and loses or doubles no write', async () => {
    let phase: Phase = 'before';
    let running = true;
    const outcomes: Outcome[] = [];
    let counter = 0;

    async function writer(): Promise<void> {
      while (running) {
        const clusterCode = `PG-LOAD-${++counter}`;
        const sent = phase;
        const res = await write(clusterCode);
        const id = typeof res.status === 'number' && res.status < 300 ? String(res.body.id) : undefined;
        outcomes.push({ kind: 'write', sent, answered: phase, status: res.status, contentType: res.contentType, code: res.body.code as string | undefined, clusterCode, id });
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    async function reader(): Promise<void> {
      while (running) {
        const sent = phase;
        const res = await send('/api/v1/industry-clusters');
        outcomes.push({ kind: 'read', sent, answered: phase, status: res.status, contentType: res.contentType, code: res.body.code as string | undefined });
        await new Promise((r) => setTimeout(r, 10));
      }
    }
    const count = (p: (o: Outcome) => boolean) => outcomes.filter(p).length;
    const load = Promise.all([writer(), writer(), reader(), reader()]);
    try {
      await waitFor(() => count((o) => o.kind === 'write' && o.status === 201) >= 20 && count((o) => o.kind === 'read' && o.status === 200) >= 20, {
        what: 'steady load before the outage',
        timeoutMs: 60_000,
      });

      phase = 'cutting';
      await proxy.cut();
      phase = 'outage';
      const outage = (o: Outcome) => o.sent === 'outage' && o.answered === 'outage';
      // A few seconds away: until both kinds of request have met the outage several times.
      const cutAt = Date.now();
      await waitFor(
        () => Date.now() - cutAt >= 3_000 && count((o) => outage(o) && o.kind === 'write') >= 5 && count((o) => outage(o) && o.kind === 'read') >= 5,
        { what: () => `requests during the outage (so far ${count(outage)})`, timeoutMs: 60_000 },
      );
      const ready = await send('/health/ready');
      expect(ready.status).toBe(503);
      expect(ready.contentType).toMatch(/^application\/problem\+json/);
      expect(ready.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', checks: { database: { status: 'down' } } });
      expect((await send('/health/live')).status).toBe(200);

      phase = 'restoring';
      await proxy.open();
      phase = 'after';
      await waitFor(() => count((o) => o.sent === 'after' && o.kind === 'write' && o.status === 201) >= 20 && count((o) => o.sent === 'after' && o.kind === 'read' && o.status === 200) >= 20, {
        what: () => `the same API to serve again (last: ${JSON.stringify(outcomes.at(-1))})`,
        timeoutMs: 60_000,
      });
      expect((await send('/health/ready')).status).toBe(200);
    } finally {
      running = false;
      await load;
    }

    // No request hung past the bound, and none failed as a 500.
    expect(outcomes.filter((o) => o.status === 'no answer' || o.status === 500)).toEqual([]);
    // During the outage: 503 problem+json with the stable code, every one.
    const during = outcomes.filter((o) => o.sent === 'outage' && o.answered === 'outage');
    expect(during.length).toBeGreaterThanOrEqual(10);
    expect(during.filter((o) => o.status !== 503 || !o.contentType.startsWith('application/problem+json') || o.code !== 'DATABASE_UNAVAILABLE')).toEqual([]);
    // Before and after: served normally.
    const served = outcomes.filter((o) => (o.sent === 'before' && o.answered === 'before') || o.sent === 'after');
    expect(served.filter((o) => o.status !== (o.kind === 'write' ? 201 : 200))).toEqual([]);

    // Every acknowledged write is there.
    const acknowledged = outcomes.filter((o) => o.id !== undefined);
    const { rows: found } = await sql.query(`SELECT id FROM industry_cluster WHERE id = ANY($1::uuid[])`, [acknowledged.map((o) => o.id)]);
    expect(found).toHaveLength(acknowledged.length);
    // A write refused by the outage may or may not have committed before its answer was lost; the
    // client retries it with the same body now: it is created, or found to exist, never doubled.
    const unacknowledged = outcomes.filter((o) => o.kind === 'write' && o.id === undefined);
    for (const o of unacknowledged) {
      const retry = await write(o.clusterCode!);
      expect([201, 409]).toContain(retry.status);
      if (retry.status === 409) expect(retry.body.code).toBe('INDUSTRY_CLUSTER_EXISTS');
    }
    const attempted = outcomes.filter((o) => o.kind === 'write').map((o) => o.clusterCode!);
    const { rows: perCode } = await sql.query(
      `SELECT c.code, count(DISTINCT c.id)::int AS rows, count(e.id)::int AS events
         FROM industry_cluster c LEFT JOIN outbox_event e ON e.aggregate_id = c.id::text AND e.type = 'registry.industry-cluster.created'
        WHERE c.code = ANY($1) GROUP BY c.code`,
      [attempted],
    );
    expect(perCode).toHaveLength(attempted.length);
    expect(perCode.filter((r: { rows: number; events: number }) => r.rows !== 1 || r.events !== 1)).toEqual([]);

    console.info(
      `PostgreSQL outage: ${outcomes.length} requests (${count((o) => o.kind === 'write')} writes, ${count((o) => o.kind === 'read')} reads); ` +
        `${during.length} during the outage, all 503 DATABASE_UNAVAILABLE; ${acknowledged.length} writes acknowledged, all found; ` +
        `${unacknowledged.length} unacknowledged retried afterwards; ${attempted.length} clusters, one row and one event each`,
    );
  }, 240_000);
});
