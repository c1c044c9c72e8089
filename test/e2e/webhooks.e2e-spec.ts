import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { createDistrictClient } from '../../clients/district/client.js';
import { baseUrlOf, districtSystem, type DistrictSystem } from '../support/district.js';
import { loginAs } from '../support/identity.js';
import { Receiver, RETRY_SCHEDULE, verifies, WebhookDistrict } from '../support/webhooks.js';

/**
 * Webhooks end to end with a real local receiver: outbox → `webhooks` queue → signed POSTs,
 * retried per a short schedule (the default is Svix's, hours long), dead-lettered, redelivered by
 * hand. Redis stopped during the writes and the worker killed mid-delivery:
 * `test/faults/webhooks.faults-spec.ts`.
 */
describe('webhooks', () => {
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
    const env = testEnvironment({
      DATABASE_URL: db.url,
      WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE,
      WEBHOOK_TIMEOUT_MS: '60000',
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
    });
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

  const subscribe = (path: string) => hooks.subscribe(path);
  const createOrganization = () => hooks.createOrganization();
  const deliveryOf = (subscriptionId: string, eventId: string) => hooks.deliveryOf(subscriptionId, eventId);

  it('retries a failing endpoint with the same webhook-id until it succeeds, each attempt signed and logged', async () => {
    const subscription = await subscribe('/flaky');
    receiver.behaviours.set('/flaky', (_id, nth) => (nth <= 3 ? 503 : 204));
    const eventId = await createOrganization();

    await waitFor(() => receiver.of('/flaky', eventId).some((r) => r.answer === 204), { timeoutMs: 60_000, what: 'a successful delivery' });
    const attempts = receiver.of('/flaky', eventId);
    expect(attempts.map((r) => r.answer)).toEqual([503, 503, 503, 204]);
    expect(new Set(attempts.map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));
    for (const r of attempts) {
      expect(r.headers['webhook-signature']).toMatch(/^v1,[A-Za-z0-9+/]+=*$/);
      expect(verifies(subscription.secret, r)).toBe(true);
      expect(verifies('whsec_' + Buffer.from('another secret entirely!').toString('base64'), r)).toBe(false);
    }
    const payload = JSON.parse(attempts[3].body);
    expect(payload).toMatchObject({ type: 'registry.organization.created', data: { eventId, aggregateType: 'organization', districtCode: '500118' } });

    const delivery = await waitFor(
      async () => {
        const d = await deliveryOf(subscription.id, eventId);
        return d?.status === 'SUCCEEDED' ? d : undefined;
      },
      { what: 'the delivery log' },
    );
    expect(delivery.attempts).toBe(4);
    expect(delivery.attemptLog.map((a) => [a.attempt, a.statusCode, a.trigger])).toEqual([
      [1, 503, 'SCHEDULED'],
      [2, 503, 'SCHEDULED'],
      [3, 503, 'SCHEDULED'],
      [4, 204, 'SCHEDULED'],
    ]);
  });

  it('dead-letters a delivery after the last retry, and redelivers it by hand with the same webhook-id', async () => {
    const subscription = await subscribe('/down');
    let up = false;
    receiver.behaviours.set('/down', () => (up ? 200 : 500));
    const eventId = await createOrganization();

    const dead = await waitFor(
      async () => {
        const d = await deliveryOf(subscription.id, eventId);
        return d?.status === 'FAILED' ? d : undefined;
      },
      { timeoutMs: 60_000, what: 'the dead-lettered delivery' },
    );
    expect(dead.attempts).toBe(RETRY_SCHEDULE.split(',').length);
    expect(dead.lastError).toBe('HTTP 500');
    expect(receiver.of('/down', eventId)).toHaveLength(5);
    const failed = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}/deliveries', {
      params: { path: { subscriptionId: subscription.id }, query: { status: 'FAILED' } },
    });
    expect(failed.data!.items.map((d) => d.id)).toContain(dead.id);

    up = true;
    const redelivered = await district.client.POST('/api/v1/webhook-deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId: dead.id } } });
    expect(redelivered.response.status).toBe(202);
    expect(redelivered.data!.status).toBe('PENDING');
    await waitFor(() => receiver.of('/down', eventId).some((r) => r.answer === 200), { timeoutMs: 60_000, what: 'the manual redelivery' });
    const all = receiver.of('/down', eventId);
    expect(all).toHaveLength(6);
    expect(new Set(all.map((r) => r.headers['webhook-id']))).toEqual(new Set([eventId]));
    const done = await waitFor(
      async () => {
        const d = await deliveryOf(subscription.id, eventId);
        return d?.status === 'SUCCEEDED' ? d : undefined;
      },
      { what: 'the delivery to succeed' },
    );
    expect(done.attemptLog.at(-1)).toMatchObject({ attempt: 6, trigger: 'MANUAL', statusCode: 200 });

    // Settled deliveries only: one still being retried is refused, and nothing is scheduled.
    await sql.query(`UPDATE webhook_delivery SET status = 'PENDING' WHERE id = $1`, [dead.id]);
    const events = await sql.query(`SELECT count(*)::int AS n FROM outbox_event`);
    const busy = await district.client.POST('/api/v1/webhook-deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId: dead.id } } });
    expect(busy.response.status).toBe(409);
    expect(busy.error).toMatchObject({ code: 'WEBHOOK_DELIVERY_PENDING' });
    expect((await sql.query(`SELECT count(*)::int AS n FROM outbox_event`)).rows[0].n).toBe(events.rows[0].n);
  });

  it('signs with the old and the new secret during a rotation’s overlap', async () => {
    const subscription = await subscribe('/rotating');
    const rotated = await district.client.POST('/api/v1/webhook-subscriptions/{subscriptionId}/rotate-secret', {
      params: { path: { subscriptionId: subscription.id } },
      body: { overlapSeconds: 3600 },
    });
    expect(rotated.response.status).toBe(200);
    expect(rotated.data!.secret).toMatch(/^whsec_/);
    expect(rotated.data!.secret).not.toBe(subscription.secret);
    expect(rotated.data!.previousSecretExpiresAt).toEqual(expect.any(String));
    const eventId = await createOrganization();
    const [r] = await waitFor(() => (receiver.of('/rotating', eventId).length ? receiver.of('/rotating', eventId) : undefined), {
      timeoutMs: 60_000,
      what: 'the delivery',
    });
    expect(String(r.headers['webhook-signature']).split(' ')).toHaveLength(2);
    expect(verifies(subscription.secret, r)).toBe(true);
    expect(verifies(rotated.data!.secret, r)).toBe(true);

    // Without overlap, only the new secret signs.
    const hard = await district.client.POST('/api/v1/webhook-subscriptions/{subscriptionId}/rotate-secret', {
      params: { path: { subscriptionId: subscription.id } },
      body: { overlapSeconds: 0 },
    });
    const second = await createOrganization();
    const [s] = await waitFor(() => (receiver.of('/rotating', second).length ? receiver.of('/rotating', second) : undefined), {
      timeoutMs: 60_000,
      what: 'the delivery',
    });
    expect(String(s.headers['webhook-signature']).split(' ')).toHaveLength(1);
    expect(verifies(hard.data!.secret, s)).toBe(true);
    expect(verifies(rotated.data!.secret, s)).toBe(false);
  });

  it('disables an endpoint failing for days, and its owner re-enables it with If-Match', async () => {
    const subscription = await subscribe('/abandoned');
    receiver.behaviours.set('/abandoned', () => 502);
    // Failing since six days (the default limit is five): the next failure disables it.
    await sql.query(`UPDATE webhook_subscription SET failing_since = now() - interval '6 days' WHERE id = $1`, [subscription.id]);
    await createOrganization();
    const disabled = await waitFor(
      async () => {
        const { data } = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } });
        return data?.status === 'DISABLED' ? data : undefined;
      },
      { timeoutMs: 60_000, what: 'the endpoint to be disabled' },
    );
    expect(disabled.disabledReason).toMatch(/^failing since /);

    // No new deliveries while disabled: the event is fanned out (its consumption recorded) before
    // the endpoint is re-enabled, otherwise a late fan-out would find it active again.
    const skipped = await createOrganization();
    await waitFor(
      async () =>
        (await sql.query(`SELECT 1 FROM outbox_consumption WHERE event_id = $1 AND consumer LIKE 'integration.webhooks.fan-out.%'`, [skipped])).rowCount ||
        undefined,
      { timeoutMs: 60_000, what: 'the fan-out of the event while disabled' },
    );
    const read = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } });
    const etag = read.response.headers.get('etag')!;
    expect(etag).toBe(`"v${read.data!.version}"`);

    const enabled = await district.client.PATCH('/api/v1/webhook-subscriptions/{subscriptionId}', {
      params: { path: { subscriptionId: subscription.id }, header: { 'If-Match': etag } },
      body: { enabled: true },
    });
    expect(enabled.response.status).toBe(200);
    expect(enabled.data).toMatchObject({ status: 'ACTIVE', disabledReason: null, failingSince: null });
    receiver.behaviours.set('/abandoned', () => 204);
    const after = await createOrganization();
    await waitFor(() => receiver.of('/abandoned', after).some((r) => r.answer === 204), { timeoutMs: 60_000, what: 'delivery after re-enabling' });
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1 AND event_id = $2`, [
      subscription.id,
      skipped,
    ]);
    expect(rows[0].n).toBe(0);
  });

  it('keeps a client to its own subscriptions and deliveries', async () => {
    const mine = await subscribe('/private');
    const other = await districtSystem(api, '500101', ['webhooks:manage']);
    const read = await other.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: mine.id } } });
    expect(read.response.status).toBe(404);
    expect(read.error).toMatchObject({ code: 'WEBHOOK_SUBSCRIPTION_NOT_FOUND' });
    const list = await other.client.GET('/api/v1/webhook-subscriptions');
    expect(list.data!.items).toEqual([]);
    const { rows } = await sql.query(`SELECT id FROM webhook_delivery LIMIT 1`);
    const delivery = await other.client.GET('/api/v1/webhook-deliveries/{deliveryId}', { params: { path: { deliveryId: rows[0].id } } });
    expect(delivery.response.status).toBe(404);
    const redeliver = await other.client.POST('/api/v1/webhook-deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId: rows[0].id } } });
    expect(redeliver.response.status).toBe(404);
  });

  it('deletes a subscription: 204, audited, and nothing more is sent to it, retries included', async () => {
    const subscription = await subscribe('/deleted');
    receiver.behaviours.set('/deleted', () => 503);
    const eventId = await createOrganization();
    await waitFor(() => receiver.of('/deleted', eventId).length > 0, { timeoutMs: 60_000, what: 'the first attempt' });

    const other = await districtSystem(api, '500101', ['webhooks:manage']);
    const foreign = await other.client.DELETE('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } });
    expect(foreign.response.status).toBe(404);
    const stale = await district.client.DELETE('/api/v1/webhook-subscriptions/{subscriptionId}', {
      params: { path: { subscriptionId: subscription.id }, header: { 'If-Match': '"v999"' } },
    });
    expect(stale.response.status).toBe(412);
    const deleted = await district.client.DELETE('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } });
    expect(deleted.response.status).toBe(204);
    const sent = receiver.of('/deleted').length;

    const gone = await district.client.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } });
    expect(gone.response.status).toBe(404);
    expect(
      (await district.client.DELETE('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } })).response
        .status,
    ).toBe(404);
    const { rows: audit } = await sql.query(
      `SELECT actor_id, before, after FROM audit_event WHERE action = 'integration.webhook-subscription.delete' AND entity_id = $1`,
      [subscription.id],
    );
    expect(audit).toEqual([{ actor_id: district.id, before: expect.objectContaining({ url: subscription.url }), after: null }]);
    expect(JSON.stringify(audit)).not.toContain(subscription.secret);

    // A new event, and the retries the failing delivery had scheduled (200 ms apart): none reach it.
    const later = await createOrganization();
    const probe = await subscribe('/after-delete');
    const witness = await createOrganization();
    await waitFor(() => receiver.of('/after-delete', witness).length > 0, { timeoutMs: 60_000, what: 'a later delivery elsewhere' });
    await new Promise((r) => setTimeout(r, 1_500));
    expect(receiver.of('/deleted')).toHaveLength(sent);
    expect(receiver.of('/deleted', later)).toHaveLength(0);
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM webhook_delivery WHERE subscription_id = $1`, [subscription.id]);
    expect(rows[0].n).toBe(0);
    expect(probe.id).not.toBe(subscription.id);
  });

  it('lets an admin, as support, read a client’s deliveries and redeliver them; the task force may not', async () => {
    const subscription = await subscribe('/supported');
    receiver.behaviours.set('/supported', () => 500);
    const eventId = await createOrganization();
    const dead = await waitFor(
      async () => {
        const d = await deliveryOf(subscription.id, eventId);
        return d?.status === 'FAILED' ? d : undefined;
      },
      { timeoutMs: 60_000, what: 'the dead-lettered delivery' },
    );

    const admin = createDistrictClient(baseUrlOf(api), (await loginAs(api, 'admin')).token);
    const sub = await admin.GET('/api/v1/webhook-subscriptions/{subscriptionId}', { params: { path: { subscriptionId: subscription.id } } });
    expect(sub.response.status).toBe(200);
    expect(sub.data).toMatchObject({ id: subscription.id, url: subscription.url });
    expect(JSON.stringify(sub.data)).not.toContain(subscription.secret);
    const list = await admin.GET('/api/v1/webhook-subscriptions/{subscriptionId}/deliveries', {
      params: { path: { subscriptionId: subscription.id }, query: { status: 'FAILED' } },
    });
    expect(list.data!.items.map((d) => d.id)).toEqual([dead.id]);
    const detail = await admin.GET('/api/v1/webhook-deliveries/{deliveryId}', { params: { path: { deliveryId: dead.id } } });
    expect(detail.data!.attemptLog.map((a) => a.statusCode)).toEqual(dead.attemptLog.map((a) => a.statusCode));

    const taskforce = createDistrictClient(baseUrlOf(api), (await loginAs(api, 'taskforce')).token);
    expect((await taskforce.GET('/api/v1/webhook-deliveries/{deliveryId}', { params: { path: { deliveryId: dead.id } } })).response.status).toBe(403);
    expect((await taskforce.POST('/api/v1/webhook-deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId: dead.id } } })).response.status).toBe(
      403,
    );

    receiver.behaviours.set('/supported', () => 200);
    const redelivered = await admin.POST('/api/v1/webhook-deliveries/{deliveryId}/redeliver', { params: { path: { deliveryId: dead.id } } });
    expect(redelivered.response.status).toBe(202);
    await waitFor(() => receiver.of('/supported', eventId).some((r) => r.answer === 200), { timeoutMs: 60_000, what: 'the redelivery' });
    const ok = receiver.of('/supported', eventId).find((r) => r.answer === 200)!;
    expect(ok.headers['webhook-id']).toBe(eventId);
    expect(verifies(subscription.secret, ok)).toBe(true);
    const { rows } = await sql.query(`SELECT actor_type FROM audit_event WHERE action = 'integration.webhook-delivery.redeliver' AND entity_id = $1`, [
      dead.id,
    ]);
    expect(rows).toEqual([{ actor_type: 'user' }]);
  });

  it('refuses a bad endpoint or event type with a code naming the field, and writes nothing', async () => {
    const before = await sql.query(`SELECT count(*)::int AS n FROM webhook_subscription`);
    const badUrl = await district.client.POST('/api/v1/webhook-subscriptions', {
      body: { url: 'ftp://example.org/x', eventTypes: ['registry.organization.created'] },
    });
    expect(badUrl.response.status).toBe(422);
    expect(badUrl.error).toMatchObject({ code: 'WEBHOOK_URL_INVALID', errors: [{ field: 'url' }] });
    const badType = await district.client.POST('/api/v1/webhook-subscriptions', {
      body: { url: receiver.url('/x'), eventTypes: ['registry.import.requested' as 'registry.organization.created'] },
    });
    expect(badType.response.status).toBe(422);
    expect(badType.error).toMatchObject({ code: 'UNKNOWN_EVENT_TYPE', errors: [{ field: 'eventTypes' }] });
    const after = await sql.query(`SELECT count(*)::int AS n FROM webhook_subscription`);
    expect(after.rows[0].n).toBe(before.rows[0].n);
  });
});
