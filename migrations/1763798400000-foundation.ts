import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The outbox (events written in the same transaction as the change), the consumption log that
 * makes event handlers idempotent, and the industry-cluster dictionary.
 */
export class Foundation1763798400000 implements MigrationInterface {
  name = 'Foundation1763798400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE outbox_event (
        id              bigint GENERATED ALWAYS AS IDENTITY CONSTRAINT pk_outbox_event PRIMARY KEY,
        event_id        uuid        NOT NULL DEFAULT gen_random_uuid(),
        type            text        NOT NULL,
        aggregate_type  text        NOT NULL,
        aggregate_id    text        NOT NULL,
        payload         jsonb       NOT NULL,
        occurred_at     timestamptz NOT NULL DEFAULT now(),
        tx_id           bigint      NOT NULL,
        dispatched_at   timestamptz,
        attempts        integer     NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error      text,
        CONSTRAINT uq_outbox_event_event_id UNIQUE (event_id)
      )`);
    await q.query(`CREATE INDEX ix_outbox_event_pending ON outbox_event (id) WHERE dispatched_at IS NULL`);
    // The writing transaction's id, set by the database so no writer can forget or forge it.
    await q.query(`
      CREATE FUNCTION outbox_event_stamp_tx() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.tx_id := pg_current_xact_id()::text::bigint;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_outbox_event_stamp_tx BEFORE INSERT ON outbox_event
      FOR EACH ROW EXECUTE FUNCTION outbox_event_stamp_tx()`);
    await q.query(`
      CREATE FUNCTION outbox_event_notify() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_notify('outbox_event', '');
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE TRIGGER tr_outbox_event_notify AFTER INSERT ON outbox_event
      FOR EACH STATEMENT EXECUTE FUNCTION outbox_event_notify()`);

    await q.query(`
      CREATE TABLE outbox_consumption (
        consumer     text        NOT NULL,
        event_id     uuid        NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_outbox_consumption PRIMARY KEY (consumer, event_id)
      )`);

    await q.query(`
      CREATE TABLE industry_cluster (
        id         uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_industry_cluster PRIMARY KEY,
        code       text        NOT NULL,
        name       text        NOT NULL,
        category   text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_industry_cluster_code UNIQUE (code),
        CONSTRAINT uq_industry_cluster_name UNIQUE (name),
        CONSTRAINT ck_industry_cluster_category CHECK (category IN ('PILLAR', 'ADVANTAGE', 'EMERGING', 'OTHER'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE industry_cluster`);
    await q.query(`DROP TABLE outbox_consumption`);
    await q.query(`DROP TRIGGER tr_outbox_event_notify ON outbox_event`);
    await q.query(`DROP FUNCTION outbox_event_notify()`);
    await q.query(`DROP TRIGGER tr_outbox_event_stamp_tx ON outbox_event`);
    await q.query(`DROP FUNCTION outbox_event_stamp_tx()`);
    await q.query(`DROP TABLE outbox_event`);
  }
}
