import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Evidence files of answer sheets, stored once per content (SHA-256), linked per indicator. */
export class Evidence1763799600000 implements MigrationInterface {
  name = 'Evidence1763799600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE evidence_file (
        sha256      text        NOT NULL CONSTRAINT pk_evidence_file PRIMARY KEY,
        media_type  text        NOT NULL,
        size_bytes  integer     NOT NULL,
        content     bytea       NOT NULL,
        uploaded_by text        NOT NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_evidence_file_media_type CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png'))
      )`);
    await q.query(`
      CREATE TABLE answer_sheet_evidence (
        answer_sheet_id uuid        NOT NULL CONSTRAINT fk_answer_sheet_evidence_sheet REFERENCES answer_sheet (id),
        indicator_code  text        NOT NULL,
        sha256          text        NOT NULL CONSTRAINT fk_answer_sheet_evidence_file REFERENCES evidence_file (sha256),
        file_name       text        NOT NULL,
        attached_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_answer_sheet_evidence PRIMARY KEY (answer_sheet_id, indicator_code, sha256)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE answer_sheet_evidence`);
    await q.query(`DROP TABLE evidence_file`);
  }
}
