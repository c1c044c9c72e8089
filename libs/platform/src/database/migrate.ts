import type { DataSource } from 'typeorm';

/** Arbitrary constant naming the "schema migration" advisory lock of this application. */
const MIGRATION_LOCK_KEY = 7_310_002_001;

/**
 * Runs pending migrations, each in its own transaction, while holding a session advisory lock:
 * several API and worker replicas may start at once and only one of them migrates.
 * Returns the names of the migrations it applied.
 */
export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    return applied.map((migration) => migration.name);
  } finally {
    await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await runner.release();
  }
}
