import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A secretariat imports its own consortium's members: the job remembers the consortium it is limited to. */
export class ImportConsortiumScope1763812000000 implements MigrationInterface {
  name = 'ImportConsortiumScope1763812000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE import_job ADD COLUMN scope_consortium uuid`);
    await q.query(`ALTER TABLE import_job ADD CONSTRAINT fk_import_job_scope_consortium FOREIGN KEY (scope_consortium) REFERENCES consortium (id)`);
    await q.query(`ALTER TABLE import_job ADD CONSTRAINT ck_import_job_scope_consortium CHECK (scope_consortium IS NULL OR kind = 'memberships')`);
    await q.query(`CREATE INDEX ix_import_job_scope_consortium ON import_job (scope_consortium) WHERE scope_consortium IS NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_import_job_scope_consortium`);
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT ck_import_job_scope_consortium`);
    await q.query(`ALTER TABLE import_job DROP CONSTRAINT fk_import_job_scope_consortium`);
    await q.query(`ALTER TABLE import_job DROP COLUMN scope_consortium`);
  }
}
