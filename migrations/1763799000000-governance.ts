import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 三级组织管理架构: council seats and resolutions, secretariat, operations platform, delegated powers (DESIGN §2.4). */
export class Governance1763799000000 implements MigrationInterface {
  name = 'Governance1763799000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE council_seat (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_council_seat PRIMARY KEY,
        consortium_id   uuid        NOT NULL CONSTRAINT fk_council_seat_consortium REFERENCES consortium (id),
        organization_id uuid        NOT NULL CONSTRAINT fk_council_seat_organization REFERENCES organization (id),
        person_name     text        NOT NULL,
        position        text        NOT NULL,
        term_start      date        NOT NULL,
        term_end        date,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_council_seat_position CHECK (position IN ('CHAIR', 'VICE_CHAIR', 'DIRECTOR', 'SUPERVISOR')),
        CONSTRAINT ck_council_seat_term CHECK (term_end IS NULL OR term_end > term_start)
      )`);
    await q.query(`CREATE INDEX ix_council_seat_consortium ON council_seat (consortium_id, term_start)`);
    await q.query(`
      CREATE TABLE council_resolution (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_council_resolution PRIMARY KEY,
        consortium_id uuid        NOT NULL CONSTRAINT fk_council_resolution_consortium REFERENCES consortium (id),
        number        text        NOT NULL,
        adopted_on    date        NOT NULL,
        title         text        NOT NULL,
        text          text        NOT NULL,
        votes_for     integer     NOT NULL,
        votes_against integer     NOT NULL,
        abstentions   integer     NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_council_resolution_number UNIQUE (consortium_id, number),
        CONSTRAINT ck_council_resolution_votes CHECK (votes_for >= 0 AND votes_against >= 0 AND abstentions >= 0)
      )`);
    await q.query(`
      CREATE TABLE consortium_secretariat (
        consortium_id        uuid        NOT NULL CONSTRAINT pk_consortium_secretariat PRIMARY KEY CONSTRAINT fk_consortium_secretariat_consortium REFERENCES consortium (id),
        host_organization_id uuid        NOT NULL CONSTRAINT fk_consortium_secretariat_host REFERENCES organization (id),
        secretary_general    text        NOT NULL,
        updated_at           timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE operations_platform (
        consortium_id            uuid        NOT NULL CONSTRAINT pk_operations_platform PRIMARY KEY CONSTRAINT fk_operations_platform_consortium REFERENCES consortium (id),
        operator_organization_id uuid        NOT NULL CONSTRAINT fk_operations_platform_operator REFERENCES organization (id),
        independent_legal_entity boolean     NOT NULL,
        services                 text[]      NOT NULL,
        updated_at               timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE delegated_power (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_delegated_power PRIMARY KEY,
        consortium_id uuid        NOT NULL CONSTRAINT fk_delegated_power_consortium REFERENCES consortium (id),
        item          text        NOT NULL,
        granted_by    text        NOT NULL,
        granted_on    date        NOT NULL,
        scope         text        NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_delegated_power_item CHECK (item IN ('INDUSTRY_POLICY', 'SPECIAL_FUNDS', 'TALENT_POLICY', 'TRAINING_CENTRES', 'SKILLS_COMPETITIONS', 'SKILLS_CERTIFICATION', 'PROJECT_REVIEW', 'DUAL_QUALIFIED_TEACHERS'))
      )`);
    await q.query(`CREATE INDEX ix_delegated_power_consortium ON delegated_power (consortium_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE delegated_power`);
    await q.query(`DROP TABLE operations_platform`);
    await q.query(`DROP TABLE consortium_secretariat`);
    await q.query(`DROP TABLE council_resolution`);
    await q.query(`DROP TABLE council_seat`);
  }
}
