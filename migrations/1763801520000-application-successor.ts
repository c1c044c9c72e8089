import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A lead unit's EXIT (or EXPEL) application names the member that takes over as lead unit
 * (牵头单位); the hand-over happens in the approval's transaction.
 */
export class ApplicationSuccessor1763801520000 implements MigrationInterface {
  name = 'ApplicationSuccessor1763801520000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE membership_application ADD COLUMN successor_organization_id uuid CONSTRAINT fk_membership_application_successor REFERENCES organization (id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE membership_application DROP COLUMN successor_organization_id`);
  }
}
