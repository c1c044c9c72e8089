import { Queue } from 'bullmq';
import pg from 'pg';
import { LedgerQueues, SupervisionJob } from '#ledger/contracts';
import { makeUscc } from '#registry';
import { type Environment, producerConnection } from '#platform';
import { AdjustmentContracts } from '#adjustment/contracts';
import { EvaluationContracts } from '#evaluation/contracts';
import { IntegrationContracts } from '#integration/contracts';
import { RegistryContracts } from '#registry/contracts';
import { SupplyDemandContracts } from '#supply-demand/contracts';

/** The queues that carry events (the contexts' contracts). */
const QUEUE_NAMES = [RegistryContracts, EvaluationContracts, AdjustmentContracts, IntegrationContracts, SupplyDemandContracts].flatMap((c) =>
  c.queues.filter((q) => q.runsEvents).map((q) => q.name),
);
import { createTestDatabase, freePort, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { type DistrictSystem, districtSystem } from '../support/district.js';
import { type Spawned, spawnCompiled } from '../support/processes.js';
import { Receiver, RETRY_SCHEDULE, verifies } from '../support/webhooks.js';

/**
 * DESIGN §5: the API and the worker scale out as replicas over one PostgreSQL and one Redis. Two
 * API processes and two worker processes (compiled, as production runs them) share one database
 * and one queue prefix. District systems write through both APIs while a follower reads the change
 * feed through both, and one worker and then one API are SIGKILLed in the middle of the work.
 * Afterwards: every acknowledged write is there once with one event; every event was handled
 * once by each of its consumers; the follower's feed, read during the load across replicas, has
 * every event once and in order; every event reached the webhook receiver with a valid signature
 * and one delivery row, duplicates only for deliveries in flight when the worker died (the receiver
 * deduplicates by webhook-id); no queue holds a failed, stuck or waiting job; and the scheduled
 * supervision exists once, however many workers registered it.
 */
const WRITES = 120;
const WRITERS = 4;
const DISTRICT = '500118';

interface Replica {
  name: string;
  url: string;
  process: Spawned;
}

describe('two API and two worker replicas on one PostgreSQL and Redis', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let env: Environment;
  let district: DistrictSystem;
  const receiver = new Receiver();
  const apis: Replica[] = [];
  const workers: Spawned[] = [];

  const processEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
    NODE_ENV: 'test',
    DATABASE_URL: env.DATABASE_URL,
    REDIS_URL: env.REDIS_URL,
    QUEUE_PREFIX: env.QUEUE_PREFIX,
    JWT_SECRET: env.JWT_SECRET,
    MIGRATIONS_RUN: 'false',
    LOG_LEVEL: 'warn',
    OUTBOX_POLL_MS: '100',
    WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE,
    WEBHOOK_TIMEOUT_MS: '10000',
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    DATABASE_POOL_SIZE: '5',
    ...extra,
  });

  async function startApiReplica(name: string): Promise<Replica> {
    const port = await freePort();
    const process = spawnCompiled('apps/api/src/main.js', processEnv({ PORT: String(port), HOST: '127.0.0.1' }));
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => ((await fetch(`${url}/health/ready`).catch(() => undefined))?.status === 200 ? true : undefined), {
      what: () => `API replica ${name} to be ready (output: ${process.output()})`,
      timeoutMs: 60_000,
    });
    return { name, url, process };
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    env = testEnvironment({ DATABASE_URL: db.url, WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    // The district system and its API client are made once, through an in-process API closed
    // before the load: the load goes through the replicas alone.
    const setup = await startApi(env);
    try {
      district = await districtSystem(setup, DISTRICT);
    } finally {
      await setup.close();
    }
    await receiver.start();
    apis.push(await startApiReplica('A'), await startApiReplica('B'));
    workers.push(spawnCompiled('apps/worker/src/main.js', processEnv()), spawnCompiled('apps/worker/src/main.js', processEnv()));
  }, 120_000);

  afterAll(async () => {
    for (const p of [...apis.map((a) => a.process), ...workers]) {
      if (p.child.exitCode === null && p.child.signalCode === null) {
        p.child.kill('SIGTERM');
        await p.exited;
      }
    }
    await receiver.stop();
    await sql?.end();
    await db?.drop();
  });

  const alive = () => apis.filter((a) => a.process.child.exitCode === null && a.process.child.signalCode === null);
  const headers = () => ({ authorization: `Bearer ${district.token}`, 'content-type': 'application/json' });

  it('loses nothing and does nothing twice while a worker and an API are killed under load', async () => {
    const subscribed = await fetch(`${apis[0].url}/api/v1/webhook-subscriptions`, {
      method: 'POST',
      headers: headers(),
      body: JSON.stringify({ url: receiver.url('/replicas'), eventTypes: ['registry.organization.created'], description: 'replicas' }),
    });
    expect(subscribed.status).toBe(201);
    const subscription = (await subscribed.json()) as { id: string; secret: string };

    // The follower: reads the feed during the load, alternating replicas, as a district system would.
    const followed: string[] = [];
    let cursor: string | undefined;
    let following = true;
    let reads = 0;
    const follow = async () => {
      while (following) {
        const replicas = alive();
        if (replicas.length === 0) return;
        const replica = replicas[reads++ % replicas.length];
        const query = new URLSearchParams({ limit: '25', ...(cursor ? { after: cursor } : {}) });
        const res = await fetch(`${replica.url}/api/v1/changes?${query.toString()}`, { headers: headers() }).catch(() => undefined);
        if (res?.status !== 200) {
          await new Promise((r) => setTimeout(r, 50));
          continue;
        }
        const page = (await res.json()) as { items: { eventId: string }[]; nextCursor: string | null; hasMore: boolean };
        followed.push(...page.items.map((i) => i.eventId));
        if (page.nextCursor) cursor = page.nextCursor;
        if (!page.hasMore) await new Promise((r) => setTimeout(r, 30));
      }
    };

    // The writers: each write goes to the next replica; a write that gets no answer (its replica
    // was killed) or a 5xx is sent again, to a live replica — PUT by USCC is idempotent.
    const acknowledged = new Set<string>();
    let next = 0;
    let sent = 0;
    let retried = 0;
    const write = async () => {
      while (next < WRITES) {
        const n = next++;
        const uscc = makeUscc('9', '1', DISTRICT, `RP${String(n).padStart(6, '0')}`);
        for (let attempt = 0; ; attempt++) {
          const replicas = alive();
          const replica = replicas[(n + attempt) % replicas.length];
          sent++;
          const res = await fetch(`${replica.url}/api/v1/organizations/by-uscc/${uscc}`, {
            method: 'PUT',
            headers: headers(),
            body: JSON.stringify({ name: `副本测试企业${n}`, type: 'ENTERPRISE', districtCode: DISTRICT }),
          }).catch(() => undefined);
          if (res && res.status < 300) {
            acknowledged.add(uscc);
            break;
          }
          const refusal = res && res.status < 500 ? await res.text() : '';
          // An attempt that got no answer may have committed all the same (its replica was killed
          // between the commit and the answer): the next attempt then finds the organization and,
          // as for any update, asks for If-Match. The write is there; the checks below count it.
          if (attempt > 0 && res?.status === 428 && (JSON.parse(refusal) as { code?: string }).code === 'IF_MATCH_REQUIRED') {
            acknowledged.add(uscc);
            break;
          }
          if (res && res.status < 500) throw new Error(`write ${n} refused: HTTP ${res.status} ${refusal}`);
          retried++;
          if (attempt > 20) throw new Error(`write ${n} never acknowledged`);
          await new Promise((r) => setTimeout(r, 100));
        }
        // One worker dies a third of the way through, one API two thirds of the way.
        if (acknowledged.size === Math.floor(WRITES / 3)) workers[0].child.kill('SIGKILL');
        if (acknowledged.size === Math.floor((2 * WRITES) / 3)) apis[1].process.child.kill('SIGKILL');
      }
    };

    const follower = follow();
    try {
      await Promise.all(Array.from({ length: WRITERS }, () => write()));
    } finally {
      // A failed write ends the follower too, before the replicas are stopped.
      if (acknowledged.size < WRITES) following = false;
    }
    await workers[0].exited;
    await apis[1].process.exited;
    expect(acknowledged.size).toBe(WRITES);

    // Every acknowledged write: one organization, one event.
    const { rows: events } = await sql.query<{ event_id: string; uscc: string }>(
      `SELECT e.event_id, o.uscc FROM organization o JOIN outbox_event e ON e.aggregate_id = o.id::text AND e.type = 'registry.organization.created'
        WHERE o.uscc = ANY($1)`,
      [[...acknowledged]],
    );
    expect(events.length).toBe(WRITES);
    expect(new Set(events.map((e) => e.uscc)).size).toBe(WRITES);
    const eventIds = events.map((e) => e.event_id);

    // Every event delivered to the receiver and recorded once, the killed worker's jobs taken over
    // by the other once their lock expired (about 30 s).
    await waitFor(
      async () => {
        const { rows } = await sql.query(
          `SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 AND event_id = ANY($2) AND status = 'SUCCEEDED'`,
          [subscription.id, eventIds],
        );
        return rows[0].n === WRITES ? true : undefined;
      },
      { what: () => `every delivery to succeed (worker output: ${workers[1].output()})`, timeoutMs: 150_000, intervalMs: 500 },
    );
    following = false;
    await follower;

    // Each consumer handled each event once (the consumption log), nothing left undispatched.
    const { rows: consumed } = await sql.query(`SELECT consumer, event_id, count(*)::int AS n FROM outbox_consumption WHERE event_id = ANY($1) GROUP BY 1, 2`, [
      eventIds,
    ]);
    expect(consumed.filter((c) => c.consumer === 'integration.webhooks.fan-out.registry.organization.created').length).toBe(WRITES);
    expect(consumed.every((c) => c.n === 1)).toBe(true);
    const { rows: undispatched } = await sql.query(`SELECT count(*)::int AS n FROM outbox_event WHERE dispatched_at IS NULL`);
    expect(undispatched[0].n).toBe(0);

    // One delivery row per event; every request carried its event's id and a valid signature.
    const { rows: deliveries } = await sql.query(`SELECT event_id, count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 GROUP BY 1`, [
      subscription.id,
    ]);
    expect(deliveries.length).toBe(WRITES);
    expect(deliveries.every((d) => d.n === 1)).toBe(true);
    const received = receiver.of('/replicas');
    expect(new Set(received.filter((r) => r.answer === 204).map((r) => r.eventId))).toEqual(new Set(eventIds));
    for (const r of received) {
      expect(r.headers['webhook-id']).toBe(r.eventId);
      expect(verifies(subscription.secret, r)).toBe(true);
    }
    // At least once: only a delivery the killed worker had in flight may arrive twice, and the
    // webhooks queue runs 4 at a time per worker.
    const twice = eventIds.filter((id) => receiver.of('/replicas', id).length > 1);
    expect(twice.length).toBeLessThanOrEqual(4);

    // The follower, reading across both APIs while they were written to and one died, saw every
    // event once, in the order of a fresh full read.
    const fresh: string[] = [];
    let after: string | undefined;
    for (;;) {
      const query = new URLSearchParams({ limit: '200', ...(after ? { after } : {}) });
      const res = await fetch(`${apis[0].url}/api/v1/changes?${query.toString()}`, { headers: headers() });
      expect(res.status).toBe(200);
      const page = (await res.json()) as { items: { eventId: string }[]; nextCursor: string | null; hasMore: boolean };
      fresh.push(...page.items.map((i) => i.eventId));
      if (!page.hasMore) break;
      after = page.nextCursor ?? undefined;
    }
    expect(new Set(followed).size).toBe(followed.length);
    expect(fresh.slice(0, followed.length)).toEqual(followed);
    for (const id of eventIds) expect(followed).toContain(id);

    // No queue holds a failed, stuck or waiting job.
    for (const name of QUEUE_NAMES) {
      const queue = new Queue(name, { connection: producerConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX });
      try {
        const counts = await queue.getJobCounts('failed', 'active', 'waiting', 'delayed', 'prioritized');
        expect({ queue: name, ...counts }).toEqual({ queue: name, failed: 0, active: 0, waiting: 0, delayed: 0, prioritized: 0 });
      } finally {
        await queue.close();
      }
    }
    // Both workers upserted the ledger's daily supervision at start-up: there is still one scheduler
    // and one next run waiting, not one per worker.
    const ledger = new Queue(LedgerQueues.ledger.name, { connection: producerConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX });
    try {
      const schedulers = await ledger.getJobSchedulers();
      expect(schedulers.map((s) => s.key)).toEqual([SupervisionJob.scheduler]);
      expect(await ledger.getJobCounts('delayed', 'waiting', 'active', 'failed')).toEqual({ delayed: 1, waiting: 0, active: 0, failed: 0 });
    } finally {
      await ledger.close();
    }
    console.info(
      `${WRITES} writes through 2 API replicas (${sent} requests, ${retried} sent again after the kill), ${followed.length} feed events followed across replicas, ${received.length} webhook requests for ${WRITES} events (${twice.length} twice)`,
    );
  }, 300_000);
});
