import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A correction of an answer sheet after the round has closed (or been scored or published): the
 * task force reopens the sheet with its reason; the secretariat corrects and submits it again.
 * The reason and the reopening stay on the sheet (the audit log has every earlier one).
 */
export class AnswerSheetCorrection1763801100000 implements MigrationInterface {
  name = 'AnswerSheetCorrection1763801100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE answer_sheet
        ADD COLUMN correction_reason text,
        ADD COLUMN reopened_at timestamptz,
        ADD COLUMN reopened_by text,
        ADD CONSTRAINT ck_answer_sheet_correction CHECK ((correction_reason IS NULL) = (reopened_at IS NULL))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE answer_sheet DROP CONSTRAINT ck_answer_sheet_correction, DROP COLUMN reopened_by, DROP COLUMN reopened_at, DROP COLUMN correction_reason`,
    );
  }
}
