import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Governance is effective-dated (DESIGN §2.4, "as of any date"): the secretariat and the
 * operations platform keep one row per version over [valid_from, valid_to), never overlapping;
 * 赋权清单 becomes a register — a power is in force over [granted_on, revoked_on), the same item
 * cannot be in force twice for one consortium, and a grant carries a version for If-Match.
 */
export class EffectiveDatedGovernance1763801510000 implements MigrationInterface {
  name = 'EffectiveDatedGovernance1763801510000';

  async up(q: QueryRunner): Promise<void> {
    for (const table of ['consortium_secretariat', 'operations_platform']) {
      const pk = table === 'consortium_secretariat' ? 'pk_consortium_secretariat' : 'pk_operations_platform';
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${pk}`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN id uuid NOT NULL DEFAULT gen_random_uuid()`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${pk} PRIMARY KEY (id)`);
      // Existing rows become the first version, from the day they were last written.
      await q.query(`ALTER TABLE ${table} ADD COLUMN valid_from date`);
      await q.query(`UPDATE ${table} SET valid_from = (updated_at AT TIME ZONE 'Asia/Shanghai')::date`);
      await q.query(`ALTER TABLE ${table} ALTER COLUMN valid_from SET NOT NULL`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN valid_to date`);
      await q.query(`ALTER TABLE ${table} ADD COLUMN version integer NOT NULL DEFAULT 1`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ck_${table}_range CHECK (valid_to IS NULL OR valid_to > valid_from)`);
      await q.query(
        `ALTER TABLE ${table} ADD CONSTRAINT ex_${table}_overlap EXCLUDE USING gist (consortium_id WITH =, daterange(valid_from, valid_to) WITH &&)`,
      );
    }

    await q.query(`ALTER TABLE delegated_power ADD COLUMN revoked_on date`);
    await q.query(`ALTER TABLE delegated_power ADD COLUMN revocation_reason text`);
    await q.query(`ALTER TABLE delegated_power ADD COLUMN version integer NOT NULL DEFAULT 1`);
    // Grants posted twice: keep the first of the same day; an earlier grant of the same item ends
    // where the next one begins.
    await q.query(`
      DELETE FROM delegated_power d USING delegated_power k
       WHERE d.consortium_id = k.consortium_id AND d.item = k.item AND d.granted_on = k.granted_on
         AND (k.created_at, k.id) < (d.created_at, d.id)`);
    await q.query(`
      UPDATE delegated_power d SET revoked_on = n.next_on, revocation_reason = '被同一事项的后续赋权取代'
        FROM (SELECT id, lead(granted_on) OVER (PARTITION BY consortium_id, item ORDER BY granted_on) AS next_on FROM delegated_power) n
       WHERE n.id = d.id AND n.next_on IS NOT NULL`);
    await q.query(
      `ALTER TABLE delegated_power ADD CONSTRAINT ck_delegated_power_revocation CHECK ((revoked_on IS NULL OR revoked_on > granted_on) AND ((revoked_on IS NULL) = (revocation_reason IS NULL)))`,
    );
    await q.query(
      `ALTER TABLE delegated_power ADD CONSTRAINT ex_delegated_power_in_force EXCLUDE USING gist (consortium_id WITH =, item WITH =, daterange(granted_on, revoked_on) WITH &&)`,
    );
    await q.query(`CREATE INDEX ix_delegated_power_item ON delegated_power (item, granted_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_delegated_power_item`);
    await q.query(`ALTER TABLE delegated_power DROP CONSTRAINT ex_delegated_power_in_force`);
    await q.query(`ALTER TABLE delegated_power DROP CONSTRAINT ck_delegated_power_revocation`);
    await q.query(`ALTER TABLE delegated_power DROP COLUMN version, DROP COLUMN revocation_reason, DROP COLUMN revoked_on`);
    for (const table of ['consortium_secretariat', 'operations_platform']) {
      const pk = table === 'consortium_secretariat' ? 'pk_consortium_secretariat' : 'pk_operations_platform';
      await q.query(`DELETE FROM ${table} WHERE valid_to IS NOT NULL`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ex_${table}_overlap`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ck_${table}_range`);
      await q.query(`ALTER TABLE ${table} DROP CONSTRAINT ${pk}`);
      await q.query(`ALTER TABLE ${table} DROP COLUMN id, DROP COLUMN valid_from, DROP COLUMN valid_to, DROP COLUMN version`);
      await q.query(`ALTER TABLE ${table} ADD CONSTRAINT ${pk} PRIMARY KEY (consortium_id)`);
    }
  }
}
