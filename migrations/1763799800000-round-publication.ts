import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Publication (晾晒) of a round's scoring revision: when and by whom. */
export class RoundPublication1763799800000 implements MigrationInterface {
  name = 'RoundPublication1763799800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE round_scoring ADD COLUMN published_at timestamptz, ADD COLUMN published_by text`);
    await q.query(`ALTER TABLE round_scoring ADD CONSTRAINT ck_round_scoring_published CHECK (published_at IS NULL OR status = 'DONE')`);
    // Results are never changed: a correction is a new revision. A published revision stays as published.
    await q.query(`
      CREATE FUNCTION round_result_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'round results are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER tr_round_result_immutable BEFORE UPDATE OR DELETE ON round_result FOR EACH ROW EXECUTE FUNCTION round_result_immutable()`);
    await q.query(`
      CREATE FUNCTION round_scoring_published_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.published_at IS NOT NULL THEN
          RAISE EXCEPTION 'a published scoring revision is immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_round_scoring_published BEFORE UPDATE OR DELETE ON round_scoring FOR EACH ROW EXECUTE FUNCTION round_scoring_published_immutable()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_round_scoring_published ON round_scoring`);
    await q.query(`DROP FUNCTION round_scoring_published_immutable()`);
    await q.query(`DROP TRIGGER tr_round_result_immutable ON round_result`);
    await q.query(`DROP FUNCTION round_result_immutable()`);
    await q.query(`ALTER TABLE round_scoring DROP CONSTRAINT ck_round_scoring_published`);
    await q.query(`ALTER TABLE round_scoring DROP COLUMN published_by, DROP COLUMN published_at`);
  }
}
