import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 建设名单 snapshots: the official list as of a published round's quarter end, one per round and
 * published revision, written by the worker and never changed afterwards (the database refuses).
 */
export class OfficialListSnapshots1763800100000 implements MigrationInterface {
  name = 'OfficialListSnapshots1763800100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE official_list_snapshot (
        id               uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_official_list_snapshot PRIMARY KEY,
        round_id         uuid        NOT NULL,
        round_code       text        NOT NULL,
        revision         integer     NOT NULL,
        as_of            date        NOT NULL,
        consortium_count integer     NOT NULL,
        taken_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_official_list_snapshot_round UNIQUE (round_id, revision),
        CONSTRAINT uq_official_list_snapshot_code UNIQUE (round_code, revision),
        CONSTRAINT ck_official_list_snapshot_code CHECK (round_code ~ '^[0-9]{4}Q[1-4]$'),
        CONSTRAINT ck_official_list_snapshot_revision CHECK (revision >= 1),
        CONSTRAINT ck_official_list_snapshot_count CHECK (consortium_count >= 0)
      )`);
    await q.query(`
      CREATE TABLE official_list_snapshot_entry (
        snapshot_id    uuid   NOT NULL CONSTRAINT fk_official_list_snapshot_entry_snapshot REFERENCES official_list_snapshot (id),
        consortium_id  uuid   NOT NULL CONSTRAINT fk_official_list_snapshot_entry_consortium REFERENCES consortium (id),
        name           text   NOT NULL,
        tier           text   NOT NULL,
        level          text   NOT NULL,
        status         text   NOT NULL,
        district_codes text[] NOT NULL,
        CONSTRAINT pk_official_list_snapshot_entry PRIMARY KEY (snapshot_id, consortium_id),
        CONSTRAINT ck_official_list_snapshot_entry_tier CHECK (tier IN ('NATIONAL', 'MUNICIPAL', 'PARK_LED', 'INDUSTRY_LED', 'SCHOOL_LED')),
        CONSTRAINT ck_official_list_snapshot_entry_level CHECK (level IN ('L1', 'L2', 'L3')),
        CONSTRAINT ck_official_list_snapshot_entry_status CHECK (status IN ('ACTIVE', 'WARNED', 'PROBATION'))
      )`);
    await q.query(`
      CREATE FUNCTION official_list_snapshot_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'official list snapshots are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    for (const table of ['official_list_snapshot', 'official_list_snapshot_entry']) {
      await q.query(
        `CREATE TRIGGER tr_${table}_immutable BEFORE UPDATE OR DELETE ON ${table} FOR EACH ROW EXECUTE FUNCTION official_list_snapshot_immutable()`,
      );
      await q.query(
        `CREATE TRIGGER tr_${table}_no_truncate BEFORE TRUNCATE ON ${table} FOR EACH STATEMENT EXECUTE FUNCTION official_list_snapshot_immutable()`,
      );
    }
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE official_list_snapshot_entry`);
    await q.query(`DROP TABLE official_list_snapshot`);
    await q.query(`DROP FUNCTION official_list_snapshot_immutable()`);
  }
}
