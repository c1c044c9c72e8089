import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Imports of memberships as well as organizations. */
export class MembershipImports1763799200000 implements MigrationInterface {
  name = 'MembershipImports1763799200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT ck_import_job_kind`);
    await q.query(`ALTER TABLE import_job ADD CONSTRAINT ck_import_job_kind CHECK (kind IN ('organizations', 'memberships'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT ck_import_job_kind`);
    await q.query(`ALTER TABLE import_job ADD CONSTRAINT ck_import_job_kind CHECK (kind IN ('organizations'))`);
  }
}
