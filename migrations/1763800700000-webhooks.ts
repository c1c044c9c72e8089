import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Webhooks (DESIGN §6): subscriptions of API clients to event types, one delivery per event and
 * subscription (its state and retry schedule), and the log of every attempt.
 */
export class Webhooks1763800700000 implements MigrationInterface {
  name = 'Webhooks1763800700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE webhook_subscription (
        id                         uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_webhook_subscription PRIMARY KEY,
        client_id                  uuid        NOT NULL,
        url                        text        NOT NULL,
        event_types                text[]      NOT NULL,
        description                text,
        status                     text        NOT NULL DEFAULT 'ACTIVE',
        disabled_reason            text,
        failing_since              timestamptz,
        secret                     text        NOT NULL,
        previous_secret            text,
        previous_secret_expires_at timestamptz,
        version                    integer     NOT NULL DEFAULT 1,
        created_at                 timestamptz NOT NULL DEFAULT now(),
        updated_at                 timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_webhook_subscription_status CHECK (status IN ('ACTIVE', 'DISABLED'))
      )`);
    await q.query(`CREATE INDEX ix_webhook_subscription_client ON webhook_subscription (client_id)`);
    await q.query(`
      CREATE TABLE webhook_delivery (
        id               uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_webhook_delivery PRIMARY KEY,
        subscription_id  uuid        NOT NULL CONSTRAINT fk_webhook_delivery_subscription REFERENCES webhook_subscription (id),
        event_id         uuid        NOT NULL,
        event_type       text        NOT NULL,
        status           text        NOT NULL DEFAULT 'PENDING',
        attempts         integer     NOT NULL DEFAULT 0,
        next_attempt_at  timestamptz,
        last_status_code integer,
        last_error       text,
        created_at       timestamptz NOT NULL DEFAULT now(),
        updated_at       timestamptz NOT NULL DEFAULT now(),
        delivered_at     timestamptz,
        CONSTRAINT uq_webhook_delivery_subscription_event UNIQUE (subscription_id, event_id),
        CONSTRAINT ck_webhook_delivery_status CHECK (status IN ('PENDING', 'SUCCEEDED', 'FAILED'))
      )`);
    await q.query(`CREATE INDEX ix_webhook_delivery_subscription_created ON webhook_delivery (subscription_id, created_at)`);
    await q.query(`
      CREATE TABLE webhook_attempt (
        id               bigint      GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_webhook_attempt PRIMARY KEY,
        delivery_id      uuid        NOT NULL CONSTRAINT fk_webhook_attempt_delivery REFERENCES webhook_delivery (id),
        attempt          integer     NOT NULL,
        trigger          text        NOT NULL,
        attempted_at     timestamptz NOT NULL DEFAULT now(),
        duration_ms      integer     NOT NULL,
        status_code      integer,
        error            text,
        response_excerpt text,
        CONSTRAINT ck_webhook_attempt_trigger CHECK (trigger IN ('SCHEDULED', 'MANUAL'))
      )`);
    await q.query(`CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempt)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE webhook_attempt`);
    await q.query(`DROP TABLE webhook_delivery`);
    await q.query(`DROP TABLE webhook_subscription`);
  }
}
