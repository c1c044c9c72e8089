import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed's numbering ran once per inserted event at commit (a deferred row trigger), each
 * run scanning the transaction's events again: quadratic in the events of one transaction, so a
 * 100,000-row import never finished committing. The first run now numbers all of the
 * transaction's events (they are all inserted by then: deferred triggers fire at commit) and marks
 * the transaction done in a transaction-local setting; the other runs return at once.
 */
export class ChangeFeedOncePerTransaction1763800900000 implements MigrationInterface {
  name = 'ChangeFeedOncePerTransaction1763800900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION outbox_event_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF current_setting('cej.feed_sequenced_xact', true) = pg_current_xact_id()::text THEN
          RETURN NULL;
        END IF;
        -- One committer at a time from here to the end of the commit (key: 'feed' in ASCII).
        PERFORM pg_advisory_xact_lock(1717920100);
        UPDATE outbox_event e SET feed_seq = n.seq
          FROM (SELECT id, nextval('outbox_event_feed_seq') AS seq
                  FROM (SELECT id FROM outbox_event
                         WHERE tx_id = pg_current_xact_id()::text::bigint AND feed_seq IS NULL
                         ORDER BY id) o) n
         WHERE e.id = n.id;
        PERFORM set_config('cej.feed_sequenced_xact', pg_current_xact_id()::text, true);
        RETURN NULL;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE OR REPLACE FUNCTION outbox_event_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        PERFORM pg_advisory_xact_lock(1717920100);
        UPDATE outbox_event e SET feed_seq = n.seq
          FROM (SELECT id, nextval('outbox_event_feed_seq') AS seq
                  FROM (SELECT id FROM outbox_event
                         WHERE tx_id = pg_current_xact_id()::text::bigint AND feed_seq IS NULL
                         ORDER BY id) o) n
         WHERE e.id = n.id;
        RETURN NULL;
      END $$`);
  }
}
