import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Co-lead units (联合牵头单位) beside the lead unit. */
export class MembershipCoLead1763799300000 implements MigrationInterface {
  name = 'MembershipCoLead1763799300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE membership ADD COLUMN is_co_lead boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE membership ADD CONSTRAINT ck_membership_lead_or_co_lead CHECK (NOT (is_lead AND is_co_lead))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE membership DROP CONSTRAINT ck_membership_lead_or_co_lead`);
    await q.query(`ALTER TABLE membership DROP COLUMN is_co_lead`);
  }
}
