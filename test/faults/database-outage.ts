import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { waitFor } from '#platform/testing';
import { baseUrlOf } from '../support/district.js';
import { bearer, loginAs } from '../support/identity.js';

/**
 * The load and the checks shared by the fault specs that take PostgreSQL away from a running API
 * (a proxy cut: the network variant; a real stop and start of the server), so both hold the API
 * to the same promises.
 */

type Phase = 'before' | 'taking away' | 'outage' | 'giving back' | 'after';

interface Outcome {
  kind: 'write' | 'read';
  /** The phase when the request was sent and when its answer came. */
  sent: Phase;
  answered: Phase;
  /** When the answer came (ms since the epoch). */
  at: number;
  status: number | 'no answer';
  contentType: string;
  code?: string;
  /** Writes: the cluster code sent, and the id answered with a 2xx. */
  clusterCode?: string;
  id?: string;
}

export interface OutageFigures {
  requests: number;
  /** Requests sent and answered while PostgreSQL was away, every one a 503 DATABASE_UNAVAILABLE. */
  during: number;
  /** Answers 503 DATABASE_UNAVAILABLE in all, including while it was going away and coming back. */
  unavailable: number;
  acknowledgedWrites: number;
  /** From the start of taking PostgreSQL away until it was back (accepting connections). */
  awayMs: number;
  /** From PostgreSQL back until the API acknowledged a write again. */
  recoveryMs: number;
}

/** Longest a request may take, outage or not: the pool gives up connecting after 3 s. */
const REQUEST_BOUND_MS = 20_000;

/**
 * Steady load on a running API (2 writers creating industry clusters as admin, 2 readers listing
 * them); once it flows, `takeAway()` removes PostgreSQL for at least `awayMs` and `giveBack()`
 * returns it. Asserts: no request hangs past a bound or fails with a 500; every answer is a success
 * or a 503 problem+json `DATABASE_UNAVAILABLE`, and every request sent and answered while it is away
 * is the latter; readiness is 503 (database down) meanwhile and 200 after; the same process serves
 * every request sent after it is back; every write acknowledged with a 2xx is in `databaseUrl`; an
 * unacknowledged write retried afterwards is created or found to exist, never doubled; each cluster
 * has one row and one outbox event.
 */
export async function loseDatabaseUnderLoad({
  api,
  databaseUrl,
  takeAway,
  giveBack,
  awayMs = 3_000,
}: {
  api: NestFastifyApplication;
  /** The API's database, reached directly (not through the fault) for the final checks. */
  databaseUrl: string;
  /** Resolves once PostgreSQL is out of the API's reach. */
  takeAway: () => Promise<void>;
  /** Resolves once PostgreSQL accepts the API's connections again. */
  giveBack: () => Promise<void>;
  awayMs?: number;
}): Promise<OutageFigures> {
  const baseUrl = baseUrlOf(api);
  const admin = (await loginAs(api, 'admin')).token;

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
      outcomes.push({
        kind: 'write',
        sent,
        answered: phase,
        at: Date.now(),
        status: res.status,
        contentType: res.contentType,
        code: res.body.code as string | undefined,
        clusterCode,
        id,
      });
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  async function reader(): Promise<void> {
    while (running) {
      const sent = phase;
      const res = await send('/api/v1/industry-clusters');
      outcomes.push({
        kind: 'read',
        sent,
        answered: phase,
        at: Date.now(),
        status: res.status,
        contentType: res.contentType,
        code: res.body.code as string | undefined,
      });
      await new Promise((r) => setTimeout(r, 10));
    }
  }
  const count = (p: (o: Outcome) => boolean) => outcomes.filter(p).length;
  const success = (o: Outcome) => o.status === (o.kind === 'write' ? 201 : 200);
  const unavailable = (o: Outcome) => o.status === 503 && o.contentType.startsWith('application/problem+json') && o.code === 'DATABASE_UNAVAILABLE';
  let leftAt: number;
  let backAt: number;
  const load = Promise.all([writer(), writer(), reader(), reader()]);
  try {
    await waitFor(() => count((o) => o.kind === 'write' && success(o)) >= 20 && count((o) => o.kind === 'read' && success(o)) >= 20, {
      what: 'steady load before the outage',
      timeoutMs: 60_000,
    });

    phase = 'taking away';
    leftAt = Date.now();
    await takeAway();
    phase = 'outage';
    const outage = (o: Outcome) => o.sent === 'outage' && o.answered === 'outage';
    // Away for a few seconds: until both kinds of request have met the outage several times.
    const goneAt = Date.now();
    await waitFor(
      () => Date.now() - goneAt >= awayMs && count((o) => outage(o) && o.kind === 'write') >= 5 && count((o) => outage(o) && o.kind === 'read') >= 5,
      { what: () => `requests during the outage (so far ${count(outage)})`, timeoutMs: 60_000 },
    );
    const ready = await send('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.contentType).toMatch(/^application\/problem\+json/);
    expect(ready.body).toMatchObject({ code: 'SERVICE_UNAVAILABLE', checks: { database: { status: 'down' } } });
    expect((await send('/health/live')).status).toBe(200);

    phase = 'giving back';
    await giveBack();
    backAt = Date.now();
    phase = 'after';
    await waitFor(
      () =>
        count((o) => o.sent === 'after' && o.kind === 'write' && success(o)) >= 20 && count((o) => o.sent === 'after' && o.kind === 'read' && success(o)) >= 20,
      {
        what: () => `the same API to serve again (last: ${JSON.stringify(outcomes.at(-1))})`,
        timeoutMs: 60_000,
      },
    );
    expect((await send('/health/ready')).status).toBe(200);
  } finally {
    running = false;
    await load;
  }

  // No request hung past the bound, and none failed as a 500.
  expect(outcomes.filter((o) => o.status === 'no answer' || o.status === 500)).toEqual([]);
  // Whatever the phase, an answer is a success or the retryable 503 (a request caught while
  // PostgreSQL was going away may still have been served).
  expect(outcomes.filter((o) => !success(o) && !unavailable(o))).toEqual([]);
  // During the outage: 503 problem+json with the stable code, every one.
  const during = outcomes.filter((o) => o.sent === 'outage' && o.answered === 'outage');
  expect(during.length).toBeGreaterThanOrEqual(10);
  expect(during.filter((o) => !unavailable(o))).toEqual([]);
  // Before and after: served normally.
  const served = outcomes.filter((o) => (o.sent === 'before' && o.answered === 'before') || o.sent === 'after');
  expect(served.filter((o) => !success(o))).toEqual([]);

  const sql = new pg.Client({ connectionString: databaseUrl });
  await sql.connect();
  const acknowledged = outcomes.filter((o) => o.id !== undefined);
  const unacknowledged = outcomes.filter((o) => o.kind === 'write' && o.id === undefined);
  const attempted = outcomes.filter((o) => o.kind === 'write').map((o) => o.clusterCode!);
  try {
    // Every acknowledged write is there.
    const { rows: found } = await sql.query(`SELECT id FROM industry_cluster WHERE id = ANY($1::uuid[])`, [acknowledged.map((o) => o.id)]);
    expect(found).toHaveLength(acknowledged.length);
    // A write refused by the outage may or may not have committed before its answer was lost; the
    // client retries it with the same body now: it is created, or found to exist, never doubled.
    for (const o of unacknowledged) {
      const retry = await write(o.clusterCode!);
      expect([201, 409]).toContain(retry.status);
      if (retry.status === 409) expect(retry.body.code).toBe('INDUSTRY_CLUSTER_EXISTS');
    }
    const { rows: perCode } = await sql.query(
      `SELECT c.code, count(DISTINCT c.id)::int AS rows, count(e.id)::int AS events
         FROM industry_cluster c LEFT JOIN outbox_event e ON e.aggregate_id = c.id::text AND e.type = 'registry.industry-cluster.created'
        WHERE c.code = ANY($1) GROUP BY c.code`,
      [attempted],
    );
    expect(perCode).toHaveLength(attempted.length);
    expect(perCode.filter((r: { rows: number; events: number }) => r.rows !== 1 || r.events !== 1)).toEqual([]);
  } finally {
    await sql.end();
  }

  const firstServed = outcomes.find((o) => o.sent === 'after' && o.kind === 'write' && success(o))!;
  const figures: OutageFigures = {
    requests: outcomes.length,
    during: during.length,
    unavailable: count(unavailable),
    acknowledgedWrites: acknowledged.length,
    awayMs: backAt - leftAt,
    recoveryMs: firstServed.at - backAt,
  };
  console.info(
    `${outcomes.length} requests (${count((o) => o.kind === 'write')} writes, ${count((o) => o.kind === 'read')} reads); ` +
      `PostgreSQL away ${figures.awayMs} ms; ${figures.unavailable} answered 503 DATABASE_UNAVAILABLE, ${during.length} of them during the outage; ` +
      `${acknowledged.length} writes acknowledged, all found; ${unacknowledged.length} unacknowledged retried afterwards; ` +
      `${attempted.length} clusters, one row and one event each; first write served ${figures.recoveryMs} ms after PostgreSQL was back`,
  );
  return figures;
}
