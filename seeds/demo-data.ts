import type { DataSource } from 'typeorm';
import { INDUSTRY_CLUSTERS } from './industry-clusters.js';

/**
 * Loads the demo data into an empty database, in one transaction. "Empty" means no
 * industry cluster yet, so running it again (or on a database in use) changes nothing.
 * Returns whether it loaded anything.
 */
export async function seedDemoData(dataSource: DataSource): Promise<boolean> {
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
    return true;
  });
}
