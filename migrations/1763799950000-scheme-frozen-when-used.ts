import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A scheme version a round has used is frozen: the database refuses to change or delete it. */
export class SchemeFrozenWhenUsed1763799950000 implements MigrationInterface {
  name = 'SchemeFrozenWhenUsed1763799950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION evaluation_scheme_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF OLD.used_at IS NOT NULL AND (TG_OP = 'DELETE' OR NEW.definition IS DISTINCT FROM OLD.definition OR NEW.name IS DISTINCT FROM OLD.name
            OR NEW.code IS DISTINCT FROM OLD.code OR NEW.version IS DISTINCT FROM OLD.version OR NEW.used_at IS DISTINCT FROM OLD.used_at) THEN
          RAISE EXCEPTION 'scheme % version % is used by a round and frozen: % refused', OLD.code, OLD.version, TG_OP USING ERRCODE = 'insufficient_privilege';
        END IF;
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_evaluation_scheme_frozen BEFORE UPDATE OR DELETE ON evaluation_scheme FOR EACH ROW EXECUTE FUNCTION evaluation_scheme_frozen()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_evaluation_scheme_frozen ON evaluation_scheme`);
    await q.query(`DROP FUNCTION evaluation_scheme_frozen()`);
  }
}
