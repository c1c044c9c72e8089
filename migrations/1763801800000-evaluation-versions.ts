import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Versions for the evaluation objects changed by `PUT`, so those updates can require If-Match like
 * every other update: a scheme version's corrections (`revision`; its `version` is the scheme's
 * own numbering), extensions, target overrides and reviews. Answer sheets and best-practice cases
 * already carry one.
 */
export class EvaluationVersions1763801800000 implements MigrationInterface {
  name = 'EvaluationVersions1763801800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE evaluation_scheme ADD COLUMN revision integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE round_extension ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE target_override ADD COLUMN version integer NOT NULL DEFAULT 1`);
    await q.query(`ALTER TABLE best_practice_review ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE best_practice_review DROP COLUMN version`);
    await q.query(`ALTER TABLE target_override DROP COLUMN version`);
    await q.query(`ALTER TABLE round_extension DROP COLUMN version`);
    await q.query(`ALTER TABLE evaluation_scheme DROP COLUMN revision`);
  }
}
