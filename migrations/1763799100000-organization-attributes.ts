import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What kind of school, firm or park an organization is (DESIGN §2.2), for the coverage dashboard. */
export class OrganizationAttributes1763799100000 implements MigrationInterface {
  name = 'OrganizationAttributes1763799100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organization
        ADD COLUMN school_level      text,
        ADD COLUMN enterprise_size   text,
        ADD COLUMN is_chain_leader   boolean NOT NULL DEFAULT false,
        ADD COLUMN is_above_scale    boolean NOT NULL DEFAULT false,
        ADD COLUMN integration_level text,
        ADD COLUMN park_level        text,
        ADD COLUMN is_key_park       boolean NOT NULL DEFAULT false,
        ADD CONSTRAINT ck_organization_school_level CHECK (school_level IS NULL OR (type = 'SCHOOL' AND school_level IN ('SECONDARY_VOCATIONAL', 'HIGHER_VOCATIONAL', 'VOCATIONAL_UNDERGRADUATE', 'APPLIED_UNDERGRADUATE', 'UNIVERSITY'))),
        ADD CONSTRAINT ck_organization_enterprise CHECK (type = 'ENTERPRISE' OR (enterprise_size IS NULL AND NOT is_chain_leader AND NOT is_above_scale AND integration_level IS NULL)),
        ADD CONSTRAINT ck_organization_enterprise_size CHECK (enterprise_size IS NULL OR enterprise_size IN ('LARGE', 'MEDIUM', 'SMALL', 'MICRO')),
        ADD CONSTRAINT ck_organization_integration_level CHECK (integration_level IS NULL OR integration_level IN ('NATIONAL', 'MUNICIPAL')),
        ADD CONSTRAINT ck_organization_park CHECK (type = 'PARK' OR (park_level IS NULL AND NOT is_key_park)),
        ADD CONSTRAINT ck_organization_park_level CHECK (park_level IS NULL OR park_level IN ('NATIONAL', 'MUNICIPAL', 'DISTRICT'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE organization
        DROP COLUMN school_level, DROP COLUMN enterprise_size, DROP COLUMN is_chain_leader, DROP COLUMN is_above_scale,
        DROP COLUMN integration_level, DROP COLUMN park_level, DROP COLUMN is_key_park`);
  }
}
