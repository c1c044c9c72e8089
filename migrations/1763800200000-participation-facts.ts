import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 参与记录: a member unit took part in its consortium's work in a quarter (named in evidence, a
 * best-practice case, a demand response, …). Facts are only ever added; best-practice cases keep
 * the member units they name.
 */
export class ParticipationFacts1763800200000 implements MigrationInterface {
  name = 'ParticipationFacts1763800200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE participation_fact (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_participation_fact PRIMARY KEY,
        consortium_id   uuid        NOT NULL CONSTRAINT fk_participation_fact_consortium REFERENCES consortium (id),
        organization_id uuid        NOT NULL CONSTRAINT fk_participation_fact_organization REFERENCES organization (id),
        quarter         text        NOT NULL,
        source          text        NOT NULL,
        ref             text        NOT NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        recorded_by     text        NOT NULL,
        CONSTRAINT uq_participation_fact UNIQUE (consortium_id, organization_id, quarter, source, ref),
        CONSTRAINT ck_participation_fact_quarter CHECK (quarter ~ '^[0-9]{4}Q[1-4]$'),
        CONSTRAINT ck_participation_fact_source CHECK (source IN ('EVIDENCE', 'BEST_PRACTICE', 'DEMAND_RESPONSE', 'OTHER')),
        CONSTRAINT ck_participation_fact_ref CHECK (length(ref) BETWEEN 1 AND 200)
      )`);
    await q.query(`CREATE INDEX ix_participation_fact_quarter ON participation_fact (consortium_id, quarter)`);
    await q.query(`
      CREATE FUNCTION participation_fact_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'participation facts are append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_participation_fact_append_only BEFORE UPDATE OR DELETE ON participation_fact FOR EACH ROW EXECUTE FUNCTION participation_fact_append_only()`,
    );
    await q.query(`ALTER TABLE best_practice ADD COLUMN participants uuid[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE best_practice DROP COLUMN participants`);
    await q.query(`DROP TABLE participation_fact`);
    await q.query(`DROP FUNCTION participation_fact_append_only()`);
  }
}
