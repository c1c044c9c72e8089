import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 供需对接 (seeds/004 "搭建人才供需信息服务平台…促进产业需求侧和教育供给侧精准对接"): schools' programs
 * (专业布点) and capabilities, demands with their lifecycle, the matches the matching job pushes,
 * responses, the docking outcomes and the payments received on service contracts; and, on the
 * answer sheet, the values an indicator takes from the platform with the facts that show them.
 */
export class SupplyDemand1764010000000 implements MigrationInterface {
  name = 'SupplyDemand1764010000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE sd_program (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sd_program PRIMARY KEY,
        organization_id uuid        NOT NULL CONSTRAINT fk_sd_program_organization REFERENCES organization (id),
        code            text        NOT NULL,
        name            text        NOT NULL,
        level           text        NOT NULL,
        year            integer     NOT NULL,
        enrolment       integer     NOT NULL,
        graduates       integer     NOT NULL,
        cluster_codes   text[]      NOT NULL DEFAULT '{}',
        district_code   text        NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        updated_at      timestamptz NOT NULL DEFAULT now(),
        version         integer     NOT NULL DEFAULT 1,
        CONSTRAINT uq_sd_program UNIQUE (organization_id, code, level, year),
        CONSTRAINT ck_sd_program_level CHECK (level IN ('SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY')),
        CONSTRAINT ck_sd_program_code CHECK (code ~ '^[0-9]{4,6}[A-Z]?$'),
        CONSTRAINT ck_sd_program_counts CHECK (enrolment >= 0 AND graduates >= 0)
      )`);
    await q.query(`CREATE INDEX ix_sd_program_clusters ON sd_program USING gin (cluster_codes)`);
    await q.query(`CREATE INDEX ix_sd_program_code ON sd_program (code)`);
    await q.query(`CREATE INDEX ix_sd_program_organization ON sd_program (organization_id)`);
    await q.query(`
      CREATE TABLE sd_capability (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sd_capability PRIMARY KEY,
        organization_id uuid        NOT NULL CONSTRAINT fk_sd_capability_organization REFERENCES organization (id),
        name            text        NOT NULL,
        description     text        NOT NULL DEFAULT '',
        cluster_codes   text[]      NOT NULL DEFAULT '{}',
        district_code   text        NOT NULL,
        created_at      timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT uq_sd_capability UNIQUE (organization_id, name)
      )`);
    await q.query(`CREATE INDEX ix_sd_capability_clusters ON sd_capability USING gin (cluster_codes)`);
    await q.query(`
      CREATE TABLE sd_demand (
        id                      uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sd_demand PRIMARY KEY,
        kind                    text        NOT NULL,
        title                   text        NOT NULL,
        description             text        NOT NULL DEFAULT '',
        publisher_organization_id uuid      CONSTRAINT fk_sd_demand_organization REFERENCES organization (id),
        publisher_consortium_id uuid        CONSTRAINT fk_sd_demand_consortium REFERENCES consortium (id),
        cluster_codes           text[]      NOT NULL,
        district_codes          text[]      NOT NULL,
        program_codes           text[]      NOT NULL DEFAULT '{}',
        visibility              text        NOT NULL,
        status                  text        NOT NULL DEFAULT 'DRAFT',
        details                 jsonb       NOT NULL,
        valid_from              date        NOT NULL,
        valid_to                date,
        published_at            timestamptz,
        closed_at               timestamptz,
        close_reason            text,
        demo                    boolean     NOT NULL DEFAULT false,
        created_by              text        NOT NULL,
        created_at              timestamptz NOT NULL DEFAULT now(),
        updated_at              timestamptz NOT NULL DEFAULT now(),
        version                 integer     NOT NULL DEFAULT 1,
        CONSTRAINT ck_sd_demand_kind CHECK (kind IN ('TALENT', 'PROGRAM', 'TECHNOLOGY', 'OVERSEAS')),
        CONSTRAINT ck_sd_demand_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'IN_DOCKING', 'FULFILLED', 'WITHDRAWN')),
        CONSTRAINT ck_sd_demand_visibility CHECK (visibility IN ('PUBLIC', 'MEMBERS')),
        CONSTRAINT ck_sd_demand_publisher CHECK (publisher_organization_id IS NOT NULL OR publisher_consortium_id IS NOT NULL),
        CONSTRAINT ck_sd_demand_range CHECK (valid_to IS NULL OR valid_to >= valid_from),
        CONSTRAINT ck_sd_demand_districts CHECK (cardinality(district_codes) >= 1)
      )`);
    await q.query(`CREATE INDEX ix_sd_demand_hall ON sd_demand (status, published_at DESC, id) WHERE status IN ('PUBLISHED', 'IN_DOCKING')`);
    await q.query(`CREATE INDEX ix_sd_demand_clusters ON sd_demand USING gin (cluster_codes)`);
    await q.query(`CREATE INDEX ix_sd_demand_districts ON sd_demand USING gin (district_codes)`);
    await q.query(`CREATE INDEX ix_sd_demand_title_trgm ON sd_demand USING gin (title gin_trgm_ops)`);
    await q.query(`CREATE INDEX ix_sd_demand_publisher ON sd_demand (publisher_organization_id)`);
    await q.query(`CREATE INDEX ix_sd_demand_consortium ON sd_demand (publisher_consortium_id)`);
    await q.query(`
      CREATE TABLE sd_match (
        demand_id       uuid          NOT NULL CONSTRAINT fk_sd_match_demand REFERENCES sd_demand (id),
        organization_id uuid          NOT NULL CONSTRAINT fk_sd_match_organization REFERENCES organization (id),
        score           numeric(7, 4) NOT NULL,
        rank            integer       NOT NULL,
        reasons         jsonb         NOT NULL,
        matched_at      timestamptz   NOT NULL DEFAULT now(),
        CONSTRAINT pk_sd_match PRIMARY KEY (demand_id, organization_id)
      )`);
    await q.query(`CREATE INDEX ix_sd_match_organization ON sd_match (organization_id, matched_at DESC)`);
    await q.query(`
      CREATE TABLE sd_response (
        id              uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sd_response PRIMARY KEY,
        demand_id       uuid        NOT NULL CONSTRAINT fk_sd_response_demand REFERENCES sd_demand (id),
        organization_id uuid        NOT NULL CONSTRAINT fk_sd_response_organization REFERENCES organization (id),
        message         text        NOT NULL,
        program_ids     uuid[]      NOT NULL DEFAULT '{}',
        status          text        NOT NULL DEFAULT 'SUBMITTED',
        responded_at    timestamptz NOT NULL DEFAULT now(),
        shortlisted_at  timestamptz,
        created_by      text        NOT NULL,
        CONSTRAINT uq_sd_response UNIQUE (demand_id, organization_id),
        CONSTRAINT ck_sd_response_status CHECK (status IN ('SUBMITTED', 'SHORTLISTED'))
      )`);
    await q.query(`CREATE INDEX ix_sd_response_organization ON sd_response (organization_id)`);
    await q.query(`
      CREATE TABLE sd_outcome (
        id              uuid           NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sd_outcome PRIMARY KEY,
        demand_id       uuid           NOT NULL CONSTRAINT fk_sd_outcome_demand REFERENCES sd_demand (id),
        response_id     uuid           NOT NULL CONSTRAINT fk_sd_outcome_response REFERENCES sd_response (id),
        organization_id uuid           NOT NULL CONSTRAINT fk_sd_outcome_organization REFERENCES organization (id),
        kind            text           NOT NULL,
        name            text           NOT NULL,
        students        integer,
        amount          numeric(14, 2),
        occurred_on     date           NOT NULL,
        created_by      text           NOT NULL,
        created_at      timestamptz    NOT NULL DEFAULT now(),
        CONSTRAINT ck_sd_outcome_kind CHECK (kind IN ('ORDER_CLASS', 'PLACEMENT', 'SERVICE_CONTRACT', 'TRAINING')),
        CONSTRAINT ck_sd_outcome_students CHECK (students IS NULL OR students >= 0),
        CONSTRAINT ck_sd_outcome_amount CHECK (amount IS NULL OR amount >= 0)
      )`);
    await q.query(`CREATE INDEX ix_sd_outcome_demand ON sd_outcome (demand_id)`);
    await q.query(`CREATE INDEX ix_sd_outcome_organization ON sd_outcome (organization_id, occurred_on)`);
    await q.query(`
      CREATE TABLE sd_payment (
        id                uuid           NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_sd_payment PRIMARY KEY,
        outcome_id        uuid           NOT NULL CONSTRAINT fk_sd_payment_outcome REFERENCES sd_outcome (id),
        amount            numeric(14, 2) NOT NULL,
        received_on       date           NOT NULL,
        correction_reason text,
        created_by        text           NOT NULL,
        created_at        timestamptz    NOT NULL DEFAULT now(),
        updated_at        timestamptz    NOT NULL DEFAULT now(),
        version           integer        NOT NULL DEFAULT 1,
        CONSTRAINT ck_sd_payment_amount CHECK (amount >= 0)
      )`);
    await q.query(`CREATE INDEX ix_sd_payment_outcome ON sd_payment (outcome_id)`);
    await q.query(`ALTER TABLE answer_sheet ADD COLUMN platform jsonb NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE answer_sheet DROP COLUMN platform`);
    for (const t of ['sd_payment', 'sd_outcome', 'sd_response', 'sd_match', 'sd_demand', 'sd_capability', 'sd_program']) await q.query(`DROP TABLE ${t}`);
  }
}
