import { Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { Environment, type EventEnvelope, type EventHandlerContext, EventHandlerRegistry, type EventOf, OnEvent, OutboxPublisher } from '#platform';
import { IntegrationJobs, WEBHOOK_FAN_OUT_JOBS } from '../contracts/index.js';
import { type FeedEventType, PUBLIC_FEED_EVENT_TYPES, publicPayload } from '../domain/feed.js';
import { attemptDue, parseDuration, parseSchedule, webhookHeaders } from '../domain/webhook.js';
import { postWebhook } from './post-webhook.js';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../persistence/webhook.entity.js';

/**
 * Turns an event into one delivery per active subscription of an active client whose district the
 * event concerns (or a public event: `PUBLIC_FEED_EVENT_TYPES`), and schedules
 * each delivery's first attempt, in the handler's transaction (so exactly once per event). One
 * job per feed event type (`WEBHOOK_FAN_OUT_JOBS`), registered here rather than by twenty `@OnEvent` methods.
 */
@Injectable()
export class WebhookFanOut implements OnModuleInit {
  constructor(
    private readonly registry: EventHandlerRegistry,
    private readonly outbox: OutboxPublisher,
    private readonly env: Environment,
  ) {}

  onModuleInit(): void {
    for (const job of Object.values(WEBHOOK_FAN_OUT_JOBS)) this.registry.register(job, (event, context) => this.fanOut(event, context));
  }

  async fanOut(event: EventEnvelope, { manager }: EventHandlerContext): Promise<void> {
    const first = parseSchedule(this.env.WEBHOOK_RETRY_SCHEDULE)[0];
    const due = new Date(Date.now() + first);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO webhook_delivery (subscription_id, event_id, event_type, next_attempt_at)
       SELECT s.id, $1, $2, $3
         FROM webhook_subscription s JOIN api_client c ON c.id = s.client_id
         JOIN outbox_event e ON e.event_id = $1
        WHERE s.status = 'ACTIVE' AND c.status = 'ACTIVE' AND $2 = ANY (s.event_types)
          -- The owner's scope, as in the change feed: its district's events, and the public ones.
          AND (e.district_codes @> ARRAY[c.district_code] OR $2 = ANY ($4::text[]))
       ON CONFLICT ON CONSTRAINT uq_webhook_delivery_subscription_event DO NOTHING
       RETURNING id`,
      [event.eventId, event.type, due, PUBLIC_FEED_EVENT_TYPES],
    );
    if (rows.length === 0) return;
    await this.outbox.publish(
      manager,
      rows.map((r) => attemptDue({ deliveryId: r.id, attempt: 1, trigger: 'SCHEDULED' })),
      first > 0 ? { notBefore: due } : {},
    );
  }
}

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  subscription_id: string;
  event_id: string;
  url: string;
  subscription_status: string;
  secret: string;
  previous_secret: string | null;
  previous_secret_expires_at: Date | null;
  failing_since: Date | null;
  type: FeedEventType;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  feed_seq: string;
}

/**
 * One HTTP attempt of one delivery, signed per Standard Webhooks with the same `webhook-id` (the
 * event id) on every attempt. It runs in the consumption-log transaction with the delivery row
 * locked: a worker killed mid-request leaves nothing recorded, BullMQ runs the job again, and the
 * endpoint gets the same `webhook-id` again (at least once; receivers deduplicate by it). A failed
 * attempt is logged and the next one scheduled through the outbox (`notBefore`), per
 * `WEBHOOK_RETRY_SCHEDULE`; after the last, the delivery is dead-lettered (`FAILED`).
 */
@Injectable()
export class WebhookAttemptHandler {
  private readonly logger = new Logger(WebhookAttemptHandler.name);

  constructor(
    private readonly outbox: OutboxPublisher,
    private readonly env: Environment,
  ) {}

  @OnEvent(IntegrationJobs.webhookAttempt)
  async attempt(event: EventOf<typeof IntegrationJobs.webhookAttempt>, { manager }: EventHandlerContext): Promise<void> {
    const due = event.payload;
    const [d]: DeliveryRow[] = await manager.query(
      `SELECT d.id, d.status, d.attempts, d.subscription_id, d.event_id, s.url, s.status AS subscription_status, s.secret,
              s.previous_secret, s.previous_secret_expires_at, s.failing_since,
              e.type, e.aggregate_type, e.aggregate_id, e.payload, e.occurred_at, e.feed_seq::text
         FROM webhook_delivery d
         JOIN webhook_subscription s ON s.id = d.subscription_id
         JOIN outbox_event e ON e.event_id = d.event_id
        WHERE d.id = $1
          FOR UPDATE OF d, s`,
      [due.deliveryId],
    );
    // Superseded (a manual redelivery ran meanwhile) or already settled: nothing to do.
    if (!d || d.status !== 'PENDING' || d.attempts >= due.attempt) return;
    if (d.subscription_status !== 'ACTIVE') {
      await manager.update(
        WebhookDeliveryEntity,
        { id: d.id },
        { status: 'FAILED', lastError: 'ENDPOINT_DISABLED', nextAttemptAt: null, updatedAt: new Date() },
      );
      return;
    }

    const body = JSON.stringify({
      type: d.type,
      timestamp: new Date(d.occurred_at).toISOString(),
      data: { eventId: d.event_id, cursor: d.feed_seq, aggregateType: d.aggregate_type, aggregateId: d.aggregate_id, ...publicPayload(d.type, d.payload) },
    });
    const now = new Date();
    const secrets = [d.secret, ...(d.previous_secret && d.previous_secret_expires_at && d.previous_secret_expires_at > now ? [d.previous_secret] : [])];
    const headers = webhookHeaders(secrets, d.event_id, Math.floor(now.getTime() / 1000), body);
    const started = Date.now();
    const { statusCode, excerpt, error } = await postWebhook(d.url, headers, body, {
      timeoutMs: this.env.WEBHOOK_TIMEOUT_MS,
      policy: { allowPrivate: this.env.WEBHOOK_ALLOW_PRIVATE_TARGETS, requireHttps: this.env.NODE_ENV === 'production' },
    });
    const durationMs = Date.now() - started;
    await manager.insert(WebhookAttemptEntity, {
      deliveryId: d.id,
      attempt: due.attempt,
      trigger: due.trigger,
      durationMs,
      statusCode,
      error,
      responseExcerpt: excerpt,
    });

    if (!error) {
      await manager.update(
        WebhookDeliveryEntity,
        { id: d.id },
        {
          status: 'SUCCEEDED',
          attempts: due.attempt,
          lastStatusCode: statusCode,
          lastError: null,
          nextAttemptAt: null,
          deliveredAt: new Date(),
          updatedAt: new Date(),
        },
      );
      if (d.failing_since) await manager.update(WebhookSubscriptionEntity, { id: d.subscription_id }, { failingSince: null });
      return;
    }

    const schedule = parseSchedule(this.env.WEBHOOK_RETRY_SCHEDULE);
    const failingSince = d.failing_since ?? now;
    if (!d.failing_since) await manager.update(WebhookSubscriptionEntity, { id: d.subscription_id }, { failingSince });
    if (now.getTime() - failingSince.getTime() >= parseDuration(this.env.WEBHOOK_DISABLE_AFTER)) {
      await manager.query(
        `UPDATE webhook_subscription SET status = 'DISABLED', disabled_reason = $2, version = version + 1, updated_at = now() WHERE id = $1 AND status = 'ACTIVE'`,
        [d.subscription_id, `failing since ${failingSince.toISOString()}`],
      );
      this.logger.warn({ subscriptionId: d.subscription_id }, 'webhook endpoint disabled after failing too long');
    }
    if (due.attempt < schedule.length) {
      const next = new Date(Date.now() + schedule[due.attempt]);
      await manager.update(
        WebhookDeliveryEntity,
        { id: d.id },
        { attempts: due.attempt, lastStatusCode: statusCode, lastError: error, nextAttemptAt: next, updatedAt: new Date() },
      );
      await this.outbox.publish(manager, attemptDue({ deliveryId: d.id, attempt: due.attempt + 1, trigger: 'SCHEDULED' }), { notBefore: next });
    } else {
      await manager.update(
        WebhookDeliveryEntity,
        { id: d.id },
        { status: 'FAILED', attempts: due.attempt, lastStatusCode: statusCode, lastError: error, nextAttemptAt: null, updatedAt: new Date() },
      );
    }
  }
}
