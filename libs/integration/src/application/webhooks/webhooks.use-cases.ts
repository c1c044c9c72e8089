import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditRecorder, checkIfMatch, Environment, OutboxPublisher } from '#platform';
import { IntegrationErrors } from '../../domain/errors.js';
import { targetRefusal, urlFormRefusal } from '../../domain/webhook-target.js';
import { isFeedEventType } from '../../domain/feed.js';
import { attemptDue, newWebhookSecret } from '../../domain/webhook.js';
import { WebhookAttemptEntity, WebhookDeliveryEntity, WebhookSubscriptionEntity } from '../../persistence/webhook.entity.js';

export interface SubscriptionView {
  id: string;
  url: string;
  eventTypes: string[];
  description: string | null;
  status: 'ACTIVE' | 'DISABLED';
  disabledReason: string | null;
  failingSince: Date | null;
  previousSecretExpiresAt: Date | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeliveryView {
  id: string;
  subscriptionId: string;
  eventId: string;
  eventType: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  attempts: number;
  nextAttemptAt: Date | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

export interface AttemptView {
  attempt: number;
  trigger: 'SCHEDULED' | 'MANUAL';
  attemptedAt: Date;
  durationMs: number;
  statusCode: number | null;
  error: string | null;
  responseExcerpt: string | null;
}

const view = (s: WebhookSubscriptionEntity): SubscriptionView => ({
  id: s.id,
  url: s.url,
  eventTypes: s.eventTypes,
  description: s.description,
  status: s.status,
  disabledReason: s.disabledReason,
  failingSince: s.failingSince,
  previousSecretExpiresAt: s.previousSecretExpiresAt && s.previousSecretExpiresAt > new Date() ? s.previousSecretExpiresAt : null,
  version: s.version,
  createdAt: s.createdAt,
  updatedAt: s.updatedAt,
});

/** What the audit log keeps of a subscription: never its secrets. */
const auditState = (s: WebhookSubscriptionEntity) => ({
  url: s.url,
  eventTypes: s.eventTypes,
  description: s.description,
  status: s.status,
  version: s.version,
});

const deliveryView = (d: WebhookDeliveryEntity): DeliveryView => ({
  id: d.id,
  subscriptionId: d.subscriptionId,
  eventId: d.eventId,
  eventType: d.eventType,
  status: d.status,
  attempts: d.attempts,
  nextAttemptAt: d.nextAttemptAt,
  lastStatusCode: d.lastStatusCode,
  lastError: d.lastError,
  createdAt: d.createdAt,
  deliveredAt: d.deliveredAt,
});

function checkEventTypes(types: readonly string[]): void {
  for (const t of types) if (!isFeedEventType(t)) throw IntegrationErrors.unknownEventType(t);
}

/**
 * Webhook subscriptions of one API client (区县系统). Every query carries the client's id, so a
 * client never sees, changes or learns about another client's subscriptions or deliveries (404).
 */
@Injectable()
export class WebhookSubscriptionsUseCases {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditRecorder,
    private readonly outbox: OutboxPublisher,
    private readonly env: Environment,
  ) {}

  /** Refuses a URL the worker must not post to (its form, then the addresses its host resolves to now). */
  private async checkEndpointUrl(url: string): Promise<void> {
    const policy = { allowPrivate: this.env.WEBHOOK_ALLOW_PRIVATE_TARGETS, requireHttps: this.env.NODE_ENV === 'production' };
    const form = urlFormRefusal(url, policy);
    if (form) throw IntegrationErrors.invalidUrl(form);
    const refusal = await targetRefusal(url, policy);
    if (refusal) throw IntegrationErrors.targetNotAllowed(refusal);
  }

  /** The subscription if `clientId` owns it (`null`: an admin, who may read any client's, as support). */
  private async own(manager: EntityManager, clientId: string | null, id: string, lock = false): Promise<WebhookSubscriptionEntity> {
    const found = await manager.findOne(WebhookSubscriptionEntity, {
      where: { id, ...(clientId === null ? {} : { clientId }) },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!found) throw IntegrationErrors.subscriptionNotFound();
    return found;
  }

  async create(
    clientId: string,
    command: { url: string; eventTypes: string[]; description?: string },
  ): Promise<{ subscription: SubscriptionView; secret: string }> {
    await this.checkEndpointUrl(command.url);
    checkEventTypes(command.eventTypes);
    return this.dataSource.transaction(async (manager) => {
      const secret = newWebhookSecret();
      const saved = await manager.save(
        manager.create(WebhookSubscriptionEntity, {
          clientId,
          url: command.url,
          eventTypes: [...new Set(command.eventTypes)],
          description: command.description ?? null,
          secret,
        }),
      );
      const entity = await this.own(manager, clientId, saved.id);
      await this.audit.record(manager, {
        action: 'integration.webhook-subscription.create',
        entityType: 'webhook-subscription',
        entityId: entity.id,
        before: null,
        after: auditState(entity),
      });
      return { subscription: view(entity), secret };
    });
  }

  async list(clientId: string): Promise<SubscriptionView[]> {
    const rows = await this.dataSource.manager.find(WebhookSubscriptionEntity, { where: { clientId }, order: { createdAt: 'ASC', id: 'ASC' } });
    return rows.map(view);
  }

  async get(clientId: string | null, id: string): Promise<SubscriptionView> {
    return view(await this.own(this.dataSource.manager, clientId, id));
  }

  /** Changes url, event types, description, or re-enables (`enabled: true`) / disables it; `If-Match` required. */
  async update(
    clientId: string,
    id: string,
    ifMatch: string | undefined,
    command: { url?: string; eventTypes?: string[]; description?: string | null; enabled?: boolean },
  ): Promise<SubscriptionView> {
    if (command.url !== undefined) await this.checkEndpointUrl(command.url);
    if (command.eventTypes !== undefined) checkEventTypes(command.eventTypes);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.own(manager, clientId, id, true);
      checkIfMatch(ifMatch, before.version);
      const enabling = command.enabled === true && before.status === 'DISABLED';
      const disabling = command.enabled === false && before.status === 'ACTIVE';
      await manager.update(
        WebhookSubscriptionEntity,
        { id },
        {
          ...(command.url !== undefined ? { url: command.url } : {}),
          ...(command.eventTypes !== undefined ? { eventTypes: [...new Set(command.eventTypes)] } : {}),
          ...(command.description !== undefined ? { description: command.description } : {}),
          ...(enabling ? { status: 'ACTIVE' as const, disabledReason: null, failingSince: null } : {}),
          ...(disabling ? { status: 'DISABLED' as const, disabledReason: 'disabled by its owner' } : {}),
          version: before.version + 1,
          updatedAt: new Date(),
        },
      );
      const after = await this.own(manager, clientId, id);
      await this.audit.record(manager, {
        action: 'integration.webhook-subscription.update',
        entityType: 'webhook-subscription',
        entityId: id,
        before: auditState(before),
        after: auditState(after),
      });
      return view(after);
    });
  }

  /**
   * Deletes a subscription with its deliveries and their attempt logs: nothing more is delivered
   * to it (attempts already scheduled find no delivery and do nothing). `If-Match` is checked
   * when sent. The audit log keeps the subscription's last state.
   */
  async remove(clientId: string, id: string, ifMatch: string | undefined): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      // Deliveries before the subscription: the order in which an attempt locks them.
      await manager.query(
        `SELECT d.id FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
          WHERE s.id = $1 AND s.client_id = $2 ORDER BY d.id FOR UPDATE OF d`,
        [id, clientId],
      );
      const before = await this.own(manager, clientId, id, true);
      if (ifMatch !== undefined) checkIfMatch(ifMatch, before.version);
      await manager.query(`DELETE FROM webhook_attempt a USING webhook_delivery d WHERE a.delivery_id = d.id AND d.subscription_id = $1`, [id]);
      await manager.query(`DELETE FROM webhook_delivery WHERE subscription_id = $1`, [id]);
      await manager.delete(WebhookSubscriptionEntity, { id });
      await this.audit.record(manager, {
        action: 'integration.webhook-subscription.delete',
        entityType: 'webhook-subscription',
        entityId: id,
        before: auditState(before),
        after: null,
      });
    });
  }

  /**
   * A new secret; the previous one keeps signing (a second signature in `webhook-signature`)
   * for `overlapSeconds`, so the receiver can switch without losing a delivery.
   */
  async rotateSecret(clientId: string, id: string, overlapSeconds: number): Promise<{ subscription: SubscriptionView; secret: string }> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.own(manager, clientId, id, true);
      const secret = newWebhookSecret();
      const expires = new Date(Date.now() + overlapSeconds * 1000);
      await manager.update(
        WebhookSubscriptionEntity,
        { id },
        { secret, previousSecret: before.secret, previousSecretExpiresAt: expires, version: before.version + 1, updatedAt: new Date() },
      );
      const after = await this.own(manager, clientId, id);
      await this.audit.record(manager, {
        action: 'integration.webhook-subscription.rotate-secret',
        entityType: 'webhook-subscription',
        entityId: id,
        before: { version: before.version },
        after: { version: after.version, previousSecretExpiresAt: expires.toISOString() },
      });
      return { subscription: view(after), secret };
    });
  }

  async deliveries(clientId: string | null, subscriptionId: string, query: { status?: string; limit: number; before?: string }): Promise<DeliveryView[]> {
    await this.own(this.dataSource.manager, clientId, subscriptionId);
    const qb = this.dataSource.manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .where('d.subscription_id = :subscriptionId', { subscriptionId })
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'DESC')
      .limit(query.limit);
    if (query.status) qb.andWhere('d.status = :status', { status: query.status });
    return (await qb.getMany()).map(deliveryView);
  }

  private async ownDelivery(manager: EntityManager, clientId: string | null, deliveryId: string, lock = false): Promise<WebhookDeliveryEntity> {
    const qb = manager
      .createQueryBuilder(WebhookDeliveryEntity, 'd')
      .innerJoin(WebhookSubscriptionEntity, 's', 's.id = d.subscription_id')
      .where('d.id = :deliveryId', { deliveryId });
    if (clientId !== null) qb.andWhere('s.client_id = :clientId', { clientId });
    if (lock) qb.setLock('pessimistic_write', undefined, ['d']);
    const found = await qb.getOne();
    if (!found) throw IntegrationErrors.deliveryNotFound();
    return found;
  }

  async delivery(clientId: string | null, deliveryId: string): Promise<DeliveryView & { attemptLog: AttemptView[] }> {
    const d = await this.ownDelivery(this.dataSource.manager, clientId, deliveryId);
    const attempts = await this.dataSource.manager.find(WebhookAttemptEntity, { where: { deliveryId }, order: { id: 'ASC' } });
    return {
      ...deliveryView(d),
      attemptLog: attempts.map((a) => ({
        attempt: a.attempt,
        trigger: a.trigger,
        attemptedAt: a.attemptedAt,
        durationMs: a.durationMs,
        statusCode: a.statusCode,
        error: a.error,
        responseExcerpt: a.responseExcerpt,
      })),
    };
  }

  /** Sends a settled delivery (succeeded or dead-lettered) again, at once, with the same `webhook-id`. */
  async redeliver(clientId: string | null, deliveryId: string): Promise<DeliveryView> {
    return this.dataSource.transaction(async (manager) => {
      const before = await this.ownDelivery(manager, clientId, deliveryId, true);
      if (before.status === 'PENDING') throw IntegrationErrors.deliveryPending();
      const next = new Date();
      await manager.update(WebhookDeliveryEntity, { id: deliveryId }, { status: 'PENDING', nextAttemptAt: next, updatedAt: next });
      await this.outbox.publish(manager, attemptDue({ deliveryId, attempt: before.attempts + 1, trigger: 'MANUAL' }));
      await this.audit.record(manager, {
        action: 'integration.webhook-delivery.redeliver',
        entityType: 'webhook-delivery',
        entityId: deliveryId,
        before: { status: before.status, attempts: before.attempts },
        after: { status: 'PENDING', attempts: before.attempts },
      });
      return deliveryView((await manager.findOne(WebhookDeliveryEntity, { where: { id: deliveryId } }))!);
    });
  }
}
