import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `Idempotency-Key` (IETF httpapi draft): per caller and key, the request's fingerprint and, once
 * finished, the response to replay. Kept at least 24 hours (`expires_at`).
 */
export class IdempotencyKeys1763800800000 implements MigrationInterface {
  name = 'IdempotencyKeys1763800800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        principal        text        NOT NULL,
        key              text        NOT NULL,
        fingerprint      text        NOT NULL,
        method           text        NOT NULL,
        path             text        NOT NULL,
        status           text        NOT NULL DEFAULT 'IN_PROGRESS',
        response_status  integer,
        response_headers jsonb,
        response_body    jsonb,
        created_at       timestamptz NOT NULL DEFAULT now(),
        expires_at       timestamptz NOT NULL,
        CONSTRAINT pk_idempotency_key PRIMARY KEY (principal, key),
        CONSTRAINT ck_idempotency_key_status CHECK (status IN ('IN_PROGRESS', 'COMPLETED'))
      )`);
    await q.query(`CREATE INDEX ix_idempotency_key_expires ON idempotency_key (expires_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE idempotency_key`);
  }
}
