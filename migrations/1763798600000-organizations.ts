import type { MigrationInterface, QueryRunner } from 'typeorm';

/** 成员单位 organizations, keyed by USCC, with the history of their names. */
export class Organizations1763798600000 implements MigrationInterface {
  name = 'Organizations1763798600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE organization (
        id            uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_organization PRIMARY KEY,
        uscc          text        NOT NULL,
        name          text        NOT NULL,
        type          text        NOT NULL,
        district_code text        NOT NULL,
        created_at    timestamptz NOT NULL DEFAULT now(),
        updated_at    timestamptz NOT NULL DEFAULT now(),
        version       integer     NOT NULL DEFAULT 1,
        CONSTRAINT uq_organization_uscc UNIQUE (uscc),
        CONSTRAINT ck_organization_type CHECK (type IN ('SCHOOL', 'ENTERPRISE', 'PARK', 'RESEARCH_INSTITUTE', 'INDUSTRY_ASSOCIATION', 'GOVERNMENT_AGENCY', 'OTHER')),
        CONSTRAINT ck_organization_district CHECK (district_code ~ '^[0-9]{6}$')
      )`);
    await q.query(`CREATE INDEX ix_organization_district ON organization (district_code, name)`);
    await q.query(`CREATE INDEX ix_organization_name_trgm ON organization USING gin (name gin_trgm_ops)`);
    await q.query(`
      CREATE TABLE organization_name (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_organization_name PRIMARY KEY,
        organization_id uuid        NOT NULL CONSTRAINT fk_organization_name_organization REFERENCES organization (id),
        name            text        NOT NULL,
        valid_from      timestamptz NOT NULL,
        valid_to        timestamptz
      )`);
    await q.query(`CREATE INDEX ix_organization_name_organization ON organization_name (organization_id, valid_from)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE organization_name`);
    await q.query(`DROP TABLE organization`);
  }
}
