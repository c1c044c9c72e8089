import type { MigrationInterface, QueryRunner } from 'typeorm';

/** A user carries a version, so `PATCH /users/{id}` can require If-Match like every other update. */
export class UserVersion1763801530000 implements MigrationInterface {
  name = 'UserVersion1763801530000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user ADD COLUMN version integer NOT NULL DEFAULT 1`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE app_user DROP COLUMN version`);
  }
}
