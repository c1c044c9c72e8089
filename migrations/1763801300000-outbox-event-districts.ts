import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The districts (区县 codes) an event concerns, so that the change feed and webhooks show a
 * district system only what its REST reads show it. Empty: no district in particular (only
 * city-wide readers see it). Events written before this column are given their districts from
 * their payload and the registry as it is now (organization → its district; consortium → its
 * districts; membership and application → the organization's district and the consortium's);
 * what cannot be attributed stays empty, i.e. city-wide only.
 */
export class OutboxEventDistricts1763801300000 implements MigrationInterface {
  name = 'OutboxEventDistricts1763801300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event ADD COLUMN district_codes text[] NOT NULL DEFAULT '{}'`);
    await q.query(`
      UPDATE outbox_event SET district_codes = ARRAY[payload->>'districtCode']
       WHERE type IN ('registry.organization.created', 'registry.organization.updated')
         AND payload->>'districtCode' ~ '^[0-9]{6}$'`);
    await q.query(`
      UPDATE outbox_event e SET district_codes = c.district_codes
        FROM consortium c
       WHERE e.type IN ('registry.consortium.created', 'registry.consortium.decided')
         AND e.aggregate_id = c.id::text`);
    await q.query(`
      UPDATE outbox_event e
         SET district_codes = ARRAY(SELECT DISTINCT d FROM unnest(c.district_codes || o.district_code) d ORDER BY d)
        FROM consortium c, organization o
       WHERE (e.type LIKE 'registry.membership.%' OR e.type LIKE 'registry.application.%')
         AND e.payload->>'consortiumId' = c.id::text
         AND e.payload->>'organizationId' = o.id::text`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE outbox_event DROP COLUMN district_codes`);
  }
}
