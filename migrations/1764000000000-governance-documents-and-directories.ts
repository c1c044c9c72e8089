import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * 章程 and operating rules as versioned, effective-dated governance documents of a consortium;
 * the reference directories (名录) the 2027 coverage targets are counted against; and the yearly
 * statistics the task force enters (高技能人才占比).
 */
export class GovernanceDocumentsAndDirectories1764000000000 implements MigrationInterface {
  name = 'GovernanceDocumentsAndDirectories1764000000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE governance_document (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        consortium_id uuid NOT NULL,
        kind text NOT NULL,
        sequence integer NOT NULL,
        version_label text NOT NULL,
        title text NOT NULL,
        adopted_on date NOT NULL,
        effective_on date NOT NULL,
        resolution_id uuid,
        text text,
        evidence_name text,
        evidence_url text,
        change_summary text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_governance_document PRIMARY KEY (id),
        CONSTRAINT fk_governance_document_consortium FOREIGN KEY (consortium_id) REFERENCES consortium (id),
        CONSTRAINT fk_governance_document_resolution FOREIGN KEY (resolution_id) REFERENCES council_resolution (id),
        CONSTRAINT ck_governance_document_kind CHECK (kind IN ('CHARTER', 'OPERATING_RULES')),
        CONSTRAINT ck_governance_document_dates CHECK (effective_on >= adopted_on),
        CONSTRAINT ck_governance_document_content CHECK (text IS NOT NULL OR evidence_name IS NOT NULL),
        CONSTRAINT uq_governance_document_sequence UNIQUE (consortium_id, kind, sequence),
        CONSTRAINT uq_governance_document_label UNIQUE (consortium_id, kind, version_label),
        CONSTRAINT uq_governance_document_effective UNIQUE (consortium_id, kind, effective_on)
      )`);

    await q.query(`
      CREATE TABLE reference_directory_entry (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        year integer NOT NULL,
        kind text NOT NULL,
        uscc text NOT NULL,
        name text NOT NULL,
        district_code text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_reference_directory_entry PRIMARY KEY (id),
        CONSTRAINT ck_reference_directory_entry_kind CHECK (kind IN ('KEY_PARKS', 'HIGHER_VOCATIONAL_COLLEGES', 'ABOVE_SCALE_FIRMS')),
        CONSTRAINT ck_reference_directory_entry_year CHECK (year BETWEEN 1900 AND 9999),
        CONSTRAINT uq_reference_directory_entry UNIQUE (year, kind, uscc)
      )`);
    await q.query(`CREATE INDEX ix_reference_directory_entry_uscc ON reference_directory_entry (uscc)`);

    await q.query(`
      CREATE TABLE city_statistic (
        indicator text NOT NULL,
        year integer NOT NULL,
        value numeric(6, 2) NOT NULL,
        source text NOT NULL,
        reported_on date NOT NULL,
        version integer NOT NULL DEFAULT 1,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_city_statistic PRIMARY KEY (indicator, year),
        CONSTRAINT ck_city_statistic_indicator CHECK (indicator IN ('HIGH_SKILLED_SHARE')),
        CONSTRAINT ck_city_statistic_value CHECK (value >= 0 AND value <= 100),
        CONSTRAINT ck_city_statistic_year CHECK (year BETWEEN 1900 AND 9999)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE city_statistic`);
    await q.query(`DROP TABLE reference_directory_entry`);
    await q.query(`DROP TABLE governance_document`);
  }
}
