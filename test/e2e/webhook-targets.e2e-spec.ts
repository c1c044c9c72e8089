import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { baseUrlOf, districtSystem, type DistrictSystem } from '../support/district.js';
import { Receiver, RETRY_SCHEDULE, WebhookDistrict } from '../support/webhooks.js';

/**
 * Webhook targets inside the network (SSRF), with the settings `npm start` has: no
 * `WEBHOOK_ALLOW_PRIVATE_TARGETS`. Every target here is a loopback or a literal address refused
 * before any connection; the only server is a local receiver that must never be reached.
 */
describe('webhook targets (SSRF)', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext | undefined;
  let district: DistrictSystem;
  let hooks: WebhookDistrict;
  const receiver = new Receiver();

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const env = testEnvironment({ DATABASE_URL: db.url, WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE });
    expect(env.WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
    api = await startApi(env);
    worker = await startWorker(env);
    await receiver.start();
    district = await districtSystem(api);
    hooks = new WebhookDistrict(district, receiver, sql);
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await receiver.stop();
    await sql?.end();
    await db?.drop();
  });

  it('refuses at registration the metadata service, Redis, the API itself and other internal targets, storing nothing', async () => {
    const own = new URL(baseUrlOf(api));
    const targets = [
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:6379/',
      `http://localhost:${own.port}/api/v1/me`,
      `${baseUrlOf(api)}/api/v1/me`,
      'http://[::1]:6379/',
      'http://[::ffff:127.0.0.1]:6379/',
      'http://[::ffff:a9fe:a9fe]/latest/meta-data',
      'http://10.0.0.1/hook',
      'http://192.168.1.10/hook',
      'http://0.0.0.0:6379/',
      'http://[fe80::1]/hook',
      'http://224.0.0.1/hook',
    ];
    for (const url of targets) {
      const { data, error, response } = await district.client.POST('/api/v1/webhook-subscriptions', {
        body: { url, eventTypes: ['registry.organization.created'] },
      });
      expect([url, response.status]).toEqual([url, 422]);
      expect(data).toBeUndefined();
      expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(error).toMatchObject({ code: 'WEBHOOK_TARGET_NOT_ALLOWED', errors: [{ field: 'url', code: 'WEBHOOK_TARGET_NOT_ALLOWED' }] });
    }
    const patched = await sql.query(`SELECT count(*)::int AS n FROM webhook_subscription`);
    expect(patched.rows[0].n).toBe(0);
    expect(receiver.received).toHaveLength(0);
  });

  it('refuses at each delivery a target that resolves inside the network then, and logs no body of it', async () => {
    // A subscription whose name resolved elsewhere when it was registered (a rebinding DNS, or a
    // setting since turned off): now `localhost` points at the receiver and the API itself.
    const { rows } = await sql.query(
      `INSERT INTO webhook_subscription (client_id, url, event_types, secret)
       VALUES ($1, $2, '{registry.organization.created}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'),
              ($1, $3, '{registry.organization.created}', 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')
       RETURNING id, url`,
      [district.id, receiver.url('/internal').replace('127.0.0.1', 'localhost'), `http://localhost:${new URL(baseUrlOf(api)).port}/health/ready`],
    );
    const eventId = await hooks.createOrganization();
    for (const subscription of rows as { id: string; url: string }[]) {
      const delivery = await waitFor(
        async () => {
          const d = await hooks.deliveryOf(subscription.id, eventId);
          return d?.status === 'FAILED' ? d : undefined;
        },
        { timeoutMs: 60_000, what: `the refused delivery to ${subscription.url}` },
      );
      expect(delivery.attemptLog).toHaveLength(RETRY_SCHEDULE.split(',').length);
      for (const attempt of delivery.attemptLog) {
        expect(attempt.statusCode).toBeNull();
        expect(attempt.responseExcerpt).toBeNull();
        expect(attempt.error).toMatch(/^refused: host localhost resolves to .*loopback/);
      }
    }
    expect(receiver.received).toHaveLength(0);
  });
});
