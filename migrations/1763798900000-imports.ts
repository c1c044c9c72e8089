import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk imports: the uploaded file, its progress while the worker runs it, and the row-level report. */
export class Imports1763798900000 implements MigrationInterface {
  name = 'Imports1763798900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE import_job (
        id             uuid        NOT NULL DEFAULT gen_random_uuid() CONSTRAINT pk_import_job PRIMARY KEY,
        kind           text        NOT NULL,
        format         text        NOT NULL,
        mode           text        NOT NULL,
        status         text        NOT NULL DEFAULT 'QUEUED',
        file           bytea       NOT NULL,
        file_sha256    text        NOT NULL,
        scope_district text,
        requested_by   text        NOT NULL,
        requested_at   timestamptz NOT NULL DEFAULT now(),
        started_at     timestamptz,
        finished_at    timestamptz,
        total_rows     integer,
        processed_rows integer     NOT NULL DEFAULT 0,
        created_rows   integer     NOT NULL DEFAULT 0,
        updated_rows   integer     NOT NULL DEFAULT 0,
        unchanged_rows integer     NOT NULL DEFAULT 0,
        rejected_rows  integer     NOT NULL DEFAULT 0,
        errors         jsonb       NOT NULL,
        failure        text,
        CONSTRAINT ck_import_job_kind CHECK (kind IN ('organizations')),
        CONSTRAINT ck_import_job_format CHECK (format IN ('csv', 'xlsx')),
        CONSTRAINT ck_import_job_mode CHECK (mode IN ('ALL_OR_NOTHING', 'VALID_ROWS_ONLY')),
        CONSTRAINT ck_import_job_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'REJECTED', 'FAILED'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_job`);
  }
}
