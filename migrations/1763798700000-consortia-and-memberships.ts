import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 产教联合体 consortia, their status and tier over time (changed only by recorded decisions), and
 * memberships as date intervals that are never deleted. Overlaps are impossible by construction:
 * exclusion constraints forbid two periods of one consortium, two memberships of one organization
 * in one consortium, and two chairs (or two lead units) of one consortium on the same day.
 */
export class ConsortiaAndMemberships1763798700000 implements MigrationInterface {
  name = 'ConsortiaAndMemberships1763798700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await q.query(`
      CREATE TABLE consortium (
        id             uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_consortium PRIMARY KEY,
        name           text        NOT NULL,
        kind           text        NOT NULL,
        district_codes text[]      NOT NULL,
        cluster_id     uuid        CONSTRAINT fk_consortium_cluster REFERENCES industry_cluster (id),
        established_on date        NOT NULL,
        created_at     timestamptz NOT NULL DEFAULT now(),
        updated_at     timestamptz NOT NULL DEFAULT now(),
        version        integer     NOT NULL DEFAULT 1,
        CONSTRAINT uq_consortium_name UNIQUE (name),
        CONSTRAINT ck_consortium_kind CHECK (kind IN ('CITY', 'INDUSTRY_COMMUNITY')),
        CONSTRAINT ck_consortium_districts CHECK (cardinality(district_codes) >= 1)
      )`);
    await q.query(`CREATE INDEX ix_consortium_districts ON consortium USING gin (district_codes)`);
    await q.query(`CREATE INDEX ix_consortium_name_trgm ON consortium USING gin (name gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE consortium_decision (
        id          uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_consortium_decision PRIMARY KEY,
        consortium_id uuid      NOT NULL CONSTRAINT fk_consortium_decision_consortium REFERENCES consortium (id),
        from_status text,
        to_status   text        NOT NULL,
        from_tier   text,
        to_tier     text        NOT NULL,
        effective_on date       NOT NULL,
        reason      text        NOT NULL,
        rule_ref    text,
        round_ref   text,
        decided_by  text        NOT NULL,
        decided_at  timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX ix_consortium_decision_consortium ON consortium_decision (consortium_id, effective_on)`);

    await q.query(`
      CREATE TABLE consortium_period (
        id            uuid NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_consortium_period PRIMARY KEY,
        consortium_id uuid NOT NULL CONSTRAINT fk_consortium_period_consortium REFERENCES consortium (id),
        status        text NOT NULL,
        tier          text NOT NULL,
        valid_from    date NOT NULL,
        valid_to      date,
        decision_id   uuid CONSTRAINT fk_consortium_period_decision REFERENCES consortium_decision (id),
        CONSTRAINT ck_consortium_period_status CHECK (status IN ('PREPARING', 'ACTIVE', 'WARNED', 'PROBATION', 'DELISTED')),
        CONSTRAINT ck_consortium_period_tier CHECK (tier IN ('NATIONAL', 'MUNICIPAL', 'PARK_LED', 'INDUSTRY_LED', 'SCHOOL_LED')),
        CONSTRAINT ck_consortium_period_range CHECK (valid_to IS NULL OR valid_to > valid_from),
        CONSTRAINT ex_consortium_period_overlap EXCLUDE USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&)
      )`);
    await q.query(`CREATE INDEX ix_consortium_period_asof ON consortium_period USING gist (daterange(valid_from, valid_to))`);

    await q.query(`
      CREATE TABLE membership (
        id                   uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_membership PRIMARY KEY,
        consortium_id        uuid        NOT NULL CONSTRAINT fk_membership_consortium REFERENCES consortium (id),
        organization_id      uuid        NOT NULL CONSTRAINT fk_membership_organization REFERENCES organization (id),
        role                 text        NOT NULL,
        is_lead              boolean     NOT NULL DEFAULT false,
        is_secretariat_host  boolean     NOT NULL DEFAULT false,
        is_platform_operator boolean     NOT NULL DEFAULT false,
        valid_from           date        NOT NULL,
        valid_to             date,
        end_reason           text,
        previous_id          uuid        CONSTRAINT fk_membership_previous REFERENCES membership (id),
        created_at           timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_membership_role CHECK (role IN ('COUNCIL_CHAIR', 'COUNCIL_VICE_CHAIR', 'COUNCIL_MEMBER', 'MEMBER')),
        CONSTRAINT ck_membership_end_reason CHECK (end_reason IS NULL OR end_reason IN ('VOLUNTARY', 'EXPELLED', 'ADJUSTMENT', 'DISSOLVED', 'ROLE_CHANGE')),
        CONSTRAINT ck_membership_range CHECK (valid_to IS NULL OR valid_to > valid_from),
        CONSTRAINT ck_membership_closed CHECK ((valid_to IS NULL) = (end_reason IS NULL)),
        CONSTRAINT ex_membership_overlap EXCLUDE USING gist (consortium_id WITH =, organization_id WITH =, daterange(valid_from, valid_to) WITH &&),
        CONSTRAINT ex_membership_one_chair EXCLUDE USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&) WHERE (role = 'COUNCIL_CHAIR'),
        CONSTRAINT ex_membership_one_lead EXCLUDE USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&) WHERE (is_lead)
      )`);
    await q.query(`CREATE INDEX ix_membership_organization_asof ON membership USING gist (organization_id, daterange(valid_from, valid_to))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE membership`);
    await q.query(`DROP TABLE consortium_period`);
    await q.query(`DROP TABLE consortium_decision`);
    await q.query(`DROP TABLE consortium`);
  }
}
