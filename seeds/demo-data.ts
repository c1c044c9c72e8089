import argon2 from 'argon2';
import type { DataSource } from 'typeorm';
import { DEMO_USERS } from './demo-users.js';
import { INDUSTRY_CLUSTERS } from './industry-clusters.js';

/**
 * Loads the demo data into an empty database, in one transaction. "Empty" means no
 * industry cluster yet, so running it again (or on a database in use) changes nothing.
 * Returns whether it loaded anything.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
  const hashes = await Promise.all(DEMO_USERS.map((u) => argon2.hash(u.password, { type: argon2.argon2id })));
  return dataSource.transaction(async (manager) => {
    // Serialise concurrent seeders (several replicas starting at once).
    await manager.query(`SELECT pg_advisory_xact_lock(7310002002)`);
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM industry_cluster`);
    if (n > 0) return false;
    for (const cluster of INDUSTRY_CLUSTERS) {
      await manager.query(`INSERT INTO industry_cluster (code, name, category) VALUES ($1, $2, $3)`, [
        cluster.code,
        cluster.name,
        cluster.category,
      ]);
    }
    for (const [i, user] of DEMO_USERS.entries()) {
      const [{ id }] = await manager.query(
        `INSERT INTO app_user (username, display_name, password_hash) VALUES ($1, $2, $3) RETURNING id`,
        [user.username, user.displayName, hashes[i]],
      );
      await manager.query(`INSERT INTO user_role_binding (user_id, role) VALUES ($1, $2)`, [id, user.role]);
    }
    await manager.query(
      `INSERT INTO audit_event (actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after)
       VALUES ('system', 'seed', 'demo data', 'system.demo-data.load', 'database', NULL, NULL, $1)`,
      [{ industryClusters: INDUSTRY_CLUSTERS.length, users: DEMO_USERS.map((u) => u.username) }],
    );
    return true;
  });
}
