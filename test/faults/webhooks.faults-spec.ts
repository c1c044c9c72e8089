import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import type { Environment } from '#platform';
import { createTestDatabase, RedisServer, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { districtSystem } from '../support/district.js';
import { type Spawned, spawnCompiled } from '../support/processes.js';
import { Receiver, RETRY_SCHEDULE, verifies, WebhookDistrict } from '../support/webhooks.js';

/**
 * Webhook deliveries under faults, with a real local receiver: Redis (a private server) stopped
 * while the writes happen, and the worker killed in the middle of a delivery. Every event is
 * delivered, under one webhook-id, and logged once.
 */
describe('webhooks under faults', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let redis: RedisServer;
  let env: Environment;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext | undefined;
  let hooks: WebhookDistrict;
  const receiver = new Receiver();

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    redis = await RedisServer.start();
    env = testEnvironment({
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE,
      WEBHOOK_TIMEOUT_MS: '60000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
    api = await startApi(env);
    worker = await startWorker(env);
    await receiver.start();
    hooks = new WebhookDistrict(await districtSystem(api), receiver, sql);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver.stop();
    await redis?.stop();
    await sql?.end();
    await db?.drop();
  });

  const subscribe = (path: string) => hooks.subscribe(path);
  const createOrganization = () => hooks.createOrganization();
  const deliveryOf = (subscriptionId: string, eventId: string) => hooks.deliveryOf(subscriptionId, eventId);
  const deliveriesOf = async (subscriptionId: string, eventIds: string[]) =>
    (await sql.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 AND event_id = ANY($2)`, [subscriptionId, eventIds])).rows[0]
      .n as number;

  it('delivers every event written while Redis was down once it is back', async () => {
    const subscription = await subscribe('/patient');
    await redis.stop();
    const events = [await createOrganization(), await createOrganization(), await createOrganization()];
    await waitFor(
      async () => {
        const { rows } = await sql.query(`SELECT count(*)::int AS n FROM outbox_event WHERE event_id = ANY($1) AND attempts > 0 AND dispatched_at IS NULL`, [
          events,
        ]);
        return rows[0].n === events.length;
      },
      { timeoutMs: 30_000, what: 'the relay to fail while Redis is down' },
    );
    expect(receiver.of('/patient')).toEqual([]);

    await redis.start();
    await waitFor(() => events.every((id) => receiver.of('/patient', id).some((r) => r.answer === 204)), { timeoutMs: 90_000, what: 'every event delivered' });
    for (const id of events) expect(receiver.of('/patient', id).map((r) => r.headers['webhook-id'])).toEqual([id]);
    // One delivery row per event: none lost, none made twice.
    expect(await deliveriesOf(subscription.id, events)).toBe(events.length);
  });

  it('delivers at least once when the worker is killed mid-delivery, with one webhook-id to deduplicate by', async () => {
    await worker!.close();
    worker = undefined;
    const processEnv: Record<string, string> = {
      DATABASE_URL: db.url,
      REDIS_URL: redis.url,
      QUEUE_PREFIX: env.QUEUE_PREFIX,
      JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
      MIGRATIONS_RUN: 'false',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '100',
      WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE,
      WEBHOOK_TIMEOUT_MS: '60000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    };
    const subscription = await subscribe('/crash');
    receiver.behaviours.set('/crash', (_id, nth) => (nth === 1 ? 'hold' : 204));
    let first: Spawned | undefined = spawnCompiled('apps/worker/src/main.js', processEnv);
    let second: Spawned | undefined;
    try {
      const eventId = await createOrganization();
      await waitFor(() => receiver.of('/crash', eventId).length > 0, {
        timeoutMs: 60_000,
        what: () => `the first attempt (worker output: ${first?.output()})`,
      });
      first.child.kill('SIGKILL');
      await first.exited;
      first = undefined;
      expect((await deliveryOf(subscription.id, eventId))?.status).toBe('PENDING');

      // A new worker takes the stalled job over once its lock has expired (BullMQ: about 30 s).
      second = spawnCompiled('apps/worker/src/main.js', processEnv);
      await waitFor(() => receiver.of('/crash', eventId).some((r) => r.answer === 204), {
        timeoutMs: 150_000,
        intervalMs: 500,
        what: () => `the retried delivery (worker output: ${second?.output()})`,
      });
      const got = receiver.of('/crash', eventId);
      expect(got.length).toBeGreaterThanOrEqual(2);
      expect(got[0].answer).toBe('held');
      // The receiver deduplicates by webhook-id: one event, whatever the number of requests.
      expect(new Set(got.map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));
      for (const r of got) expect(verifies(subscription.secret, r)).toBe(true);
      const done = await waitFor(
        async () => {
          const d = await deliveryOf(subscription.id, eventId);
          return d?.status === 'SUCCEEDED' ? d : undefined;
        },
        { what: 'the delivery to be recorded' },
      );
      // The killed attempt left no trace (its transaction never committed); the retry is logged once.
      expect(done.attemptLog.map((a) => [a.attempt, a.statusCode])).toEqual([[1, 204]]);
      expect(await deliveriesOf(subscription.id, [eventId])).toBe(1);
    } finally {
      first?.child.kill('SIGKILL');
      if (second) {
        second.child.kill('SIGTERM');
        await second.exited;
      }
    }
  }, 240_000);
});
