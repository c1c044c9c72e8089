import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The annual competition (年度公平比拼) of a year: its revisions, their progress, the quarterly
 * revisions they combined and their digest, and the results per consortium. Results are never
 * changed and a published revision stays as published, as for rounds.
 */
export class AnnualCompetition1763800000000 implements MigrationInterface {
  name = 'AnnualCompetition1763800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE annual_competition (
        year        integer     NOT NULL,
        status      text        NOT NULL,
        revision    integer     NOT NULL DEFAULT 0,
        updated_at  timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_annual_competition PRIMARY KEY (year),
        CONSTRAINT ck_annual_competition_year CHECK (year BETWEEN 2000 AND 2100),
        CONSTRAINT ck_annual_competition_status CHECK (status IN ('UNSCORED', 'SCORING', 'SCORED', 'PUBLISHED'))
      )`);
    await q.query(`
      CREATE TABLE annual_scoring (
        year         integer     NOT NULL CONSTRAINT fk_annual_scoring_competition REFERENCES annual_competition (year),
        revision     integer     NOT NULL,
        status       text        NOT NULL DEFAULT 'QUEUED',
        phase        text,
        percent      integer     NOT NULL DEFAULT 0,
        digest       text,
        reason       text,
        sources      jsonb       NOT NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        finished_at  timestamptz,
        published_at timestamptz,
        published_by text,
        CONSTRAINT pk_annual_scoring PRIMARY KEY (year, revision),
        CONSTRAINT ck_annual_scoring_status CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        CONSTRAINT ck_annual_scoring_published CHECK (published_at IS NULL OR status = 'DONE')
      )`);
    await q.query(`
      CREATE TABLE annual_result (
        year           integer          NOT NULL CONSTRAINT fk_annual_result_competition REFERENCES annual_competition (year),
        revision       integer          NOT NULL,
        consortium_id  uuid             NOT NULL,
        level          text             NOT NULL,
        quarters       jsonb            NOT NULL,
        not_submitted  integer          NOT NULL,
        annual_total   double precision NOT NULL,
        rank           integer          NOT NULL,
        grade          text             NOT NULL,
        CONSTRAINT pk_annual_result PRIMARY KEY (year, revision, consortium_id)
      )`);
    await q.query(`
      CREATE FUNCTION annual_result_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'annual results are immutable: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(`CREATE TRIGGER tr_annual_result_immutable BEFORE UPDATE OR DELETE ON annual_result FOR EACH ROW EXECUTE FUNCTION annual_result_immutable()`);
    // The rounds' rule, reused: a revision with published_at set refuses UPDATE and DELETE.
    await q.query(
      `CREATE TRIGGER tr_annual_scoring_published BEFORE UPDATE OR DELETE ON annual_scoring FOR EACH ROW EXECUTE FUNCTION round_scoring_published_immutable()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_annual_scoring_published ON annual_scoring`);
    await q.query(`DROP TRIGGER tr_annual_result_immutable ON annual_result`);
    await q.query(`DROP FUNCTION annual_result_immutable()`);
    await q.query(`DROP TABLE annual_result`);
    await q.query(`DROP TABLE annual_scoring`);
    await q.query(`DROP TABLE annual_competition`);
  }
}
