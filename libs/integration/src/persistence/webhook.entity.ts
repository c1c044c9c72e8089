import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';

/**
 * A client's subscription to event types (mirrors migration `Webhooks1763800700000`). `clientId` is
 * the identity context's `api_client.id`, referenced by id only.
 */
@Entity({ name: 'webhook_subscription' })
@Check('ck_webhook_subscription_status', `status IN ('ACTIVE', 'DISABLED')`)
@Index('ix_webhook_subscription_client', ['clientId'])
export class WebhookSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_subscription' }) id!: string;
  @Column({ name: 'client_id', type: 'uuid' }) clientId!: string;
  @Column({ type: 'text' }) url!: string;
  @Column({ name: 'event_types', type: 'text', array: true }) eventTypes!: string[];
  @Column({ type: 'text', nullable: true }) description!: string | null;
  @Column({ type: 'text', default: 'ACTIVE' }) status!: 'ACTIVE' | 'DISABLED';
  @Column({ name: 'disabled_reason', type: 'text', nullable: true }) disabledReason!: string | null;
  @Column({ name: 'failing_since', type: 'timestamptz', nullable: true }) failingSince!: Date | null;
  /** The signing secret (`whsec_…`). Kept in clear: HMAC signing needs it. Never returned after creation or rotation, never audited. */
  @Column({ type: 'text' }) secret!: string;
  @Column({ name: 'previous_secret', type: 'text', nullable: true }) previousSecret!: string | null;
  @Column({ name: 'previous_secret_expires_at', type: 'timestamptz', nullable: true }) previousSecretExpiresAt!: Date | null;
  @Column({ type: 'integer', default: 1 }) version!: number;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
}

/** One event for one subscription: delivered at least once, or dead-lettered (`FAILED`). */
@Entity({ name: 'webhook_delivery' })
@Unique('uq_webhook_delivery_subscription_event', ['subscriptionId', 'eventId'])
@Index('ix_webhook_delivery_subscription_created', ['subscriptionId', 'createdAt'])
@Check('ck_webhook_delivery_status', `status IN ('PENDING', 'SUCCEEDED', 'FAILED')`)
export class WebhookDeliveryEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_webhook_delivery' }) id!: string;
  @Column({ name: 'subscription_id', type: 'uuid' }) subscriptionId!: string;
  @ManyToOne(() => WebhookSubscriptionEntity, { nullable: false })
  @JoinColumn({ name: 'subscription_id', foreignKeyConstraintName: 'fk_webhook_delivery_subscription' })
  subscription?: WebhookSubscriptionEntity;
  @Column({ name: 'event_id', type: 'uuid' }) eventId!: string;
  @Column({ name: 'event_type', type: 'text' }) eventType!: string;
  @Column({ type: 'text', default: 'PENDING' }) status!: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  @Column({ type: 'integer', default: 0 }) attempts!: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', nullable: true }) nextAttemptAt!: Date | null;
  @Column({ name: 'last_status_code', type: 'integer', nullable: true }) lastStatusCode!: number | null;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError!: string | null;
  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' }) createdAt!: Date;
  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' }) updatedAt!: Date;
  @Column({ name: 'delivered_at', type: 'timestamptz', nullable: true }) deliveredAt!: Date | null;
}

/** The delivery log: one row per HTTP attempt. */
@Entity({ name: 'webhook_attempt' })
@Index('ix_webhook_attempt_delivery', ['deliveryId', 'attempt'])
@Check('ck_webhook_attempt_trigger', `trigger IN ('SCHEDULED', 'MANUAL')`)
export class WebhookAttemptEntity {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS', primaryKeyConstraintName: 'pk_webhook_attempt' }) id!: string;
  @Column({ name: 'delivery_id', type: 'uuid' }) deliveryId!: string;
  @ManyToOne(() => WebhookDeliveryEntity, { nullable: false })
  @JoinColumn({ name: 'delivery_id', foreignKeyConstraintName: 'fk_webhook_attempt_delivery' })
  delivery?: WebhookDeliveryEntity;
  @Column({ type: 'integer' }) attempt!: number;
  @Column({ type: 'text' }) trigger!: 'SCHEDULED' | 'MANUAL';
  @Column({ name: 'attempted_at', type: 'timestamptz', default: () => 'now()' }) attemptedAt!: Date;
  @Column({ name: 'duration_ms', type: 'integer' }) durationMs!: number;
  @Column({ name: 'status_code', type: 'integer', nullable: true }) statusCode!: number | null;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ name: 'response_excerpt', type: 'text', nullable: true }) responseExcerpt!: string | null;
}

export const WEBHOOK_ENTITIES = [WebhookSubscriptionEntity, WebhookDeliveryEntity, WebhookAttemptEntity];
