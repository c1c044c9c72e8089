import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The change feed's commit order. Every transaction that wrote outbox events numbers them at its
 * commit, under one transaction-scoped advisory lock: a deferred constraint trigger takes the
 * lock and assigns `feed_seq` from a sequence to the transaction's events. The lock is held
 * until the transaction has committed (PostgreSQL releases locks after the commit is visible),
 * so a later number always belongs to a later commit, and a reader that has seen number n will
 * never see a smaller number appear. Numbers lost to a failed commit leave gaps, never
 * reorderings. Existing events are numbered by (tx_id, id).
 */
export class ChangeFeed1763800600000 implements MigrationInterface {
  name = 'ChangeFeed1763800600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE outbox_event_feed_seq AS bigint`);
    await q.query(`ALTER TABLE outbox_event ADD COLUMN feed_seq bigint`);
    await q.query(`
      UPDATE outbox_event e SET feed_seq = n.seq
        FROM (SELECT id, nextval('outbox_event_feed_seq') AS seq
                FROM (SELECT id FROM outbox_event ORDER BY tx_id, id) o) n
       WHERE e.id = n.id`);
    await q.query(`CREATE UNIQUE INDEX uq_outbox_event_feed_seq ON outbox_event (feed_seq)`);
    await q.query(`CREATE INDEX ix_outbox_event_unsequenced ON outbox_event (tx_id) WHERE feed_seq IS NULL`);
    await q.query(`
      CREATE FUNCTION outbox_event_sequence() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        -- One committer at a time from here to the end of the commit (key: 'feed' in ASCII).
        PERFORM pg_advisory_xact_lock(1717920100);
        UPDATE outbox_event e SET feed_seq = n.seq
          FROM (SELECT id, nextval('outbox_event_feed_seq') AS seq
                  FROM (SELECT id FROM outbox_event
                         WHERE tx_id = pg_current_xact_id()::text::bigint AND feed_seq IS NULL
                         ORDER BY id) o) n
         WHERE e.id = n.id;
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE CONSTRAINT TRIGGER tr_outbox_event_sequence AFTER INSERT ON outbox_event
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION outbox_event_sequence()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_outbox_event_sequence ON outbox_event`);
    await q.query(`DROP FUNCTION outbox_event_sequence()`);
    await q.query(`DROP INDEX ix_outbox_event_unsequenced`);
    await q.query(`DROP INDEX uq_outbox_event_feed_seq`);
    await q.query(`ALTER TABLE outbox_event DROP COLUMN feed_seq`);
    await q.query(`DROP SEQUENCE outbox_event_feed_seq`);
  }
}
