import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 赛马比拼: versioned evaluation schemes (考核方案), quarterly rounds, deadline extensions, target
 * overrides. Consortia belong to the registry context and are referenced by id (checked by the
 * use cases through the registry), not by foreign key.
 */
export class EvaluationSchemesAndRounds1763799400000 implements MigrationInterface {
  name = 'EvaluationSchemesAndRounds1763799400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evaluation_scheme (
        id         uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_evaluation_scheme PRIMARY KEY,
        code       text        NOT NULL,
        version    integer     NOT NULL,
        name       text        NOT NULL,
        definition jsonb       NOT NULL,
        created_by text        NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        used_at    timestamptz,
        CONSTRAINT uq_evaluation_scheme_version UNIQUE (code, version),
        CONSTRAINT ck_evaluation_scheme_version CHECK (version >= 1)
      )`);
    await q.query(`
      CREATE TABLE evaluation_round (
        id           uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_evaluation_round PRIMARY KEY,
        code         text        NOT NULL,
        scheme_id    uuid        NOT NULL CONSTRAINT fk_evaluation_round_scheme REFERENCES evaluation_scheme (id),
        status       text        NOT NULL DEFAULT 'DRAFT',
        period_start date        NOT NULL,
        period_end   date        NOT NULL,
        deadline     timestamptz NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        updated_at   timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_evaluation_round_code UNIQUE (code),
        CONSTRAINT ck_evaluation_round_status CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED', 'SCORING', 'SCORED', 'PUBLISHED', 'ARCHIVED'))
      )`);
    await q.query(`
      CREATE TABLE round_extension (
        round_id      uuid        NOT NULL CONSTRAINT fk_round_extension_round REFERENCES evaluation_round (id),
        consortium_id uuid        NOT NULL,
        until         timestamptz NOT NULL,
        reason        text        NOT NULL,
        granted_by    text        NOT NULL,
        granted_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_round_extension PRIMARY KEY (round_id, consortium_id)
      )`);
    await q.query(`
      CREATE TABLE target_override (
        round_id       uuid        NOT NULL CONSTRAINT fk_target_override_round REFERENCES evaluation_round (id),
        consortium_id  uuid        NOT NULL,
        indicator_code text        NOT NULL,
        target         double precision NOT NULL,
        reason         text        NOT NULL,
        set_by         text        NOT NULL,
        set_at         timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_target_override PRIMARY KEY (round_id, consortium_id, indicator_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE target_override`);
    await q.query(`DROP TABLE round_extension`);
    await q.query(`DROP TABLE evaluation_round`);
    await q.query(`DROP TABLE evaluation_scheme`);
  }
}
