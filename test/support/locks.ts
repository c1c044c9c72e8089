import type { DataSource } from 'typeorm';

/**
 * How many client sessions of this test's own database wait for a lock on `table`. Fault specs
 * hold a table lock to stop a job at the point where it writes, then wait for the job to queue on
 * it. pg_locks is cluster-wide and every test database is migrated the same way, so a table has
 * the same OID in each: without the database filter a spec running beside another in the same
 * cluster sees the other's job waiting and acts too early. Autovacuum waits on the same lock too,
 * hence only client backends.
 */
export async function sessionsWaitingOn(dataSource: DataSource, table: string): Promise<number> {
  const [{ n }] = await dataSource.query(
    `SELECT count(*)::int AS n
       FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
      WHERE a.backend_type = 'client backend' AND a.datname = current_database()
        AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
        AND NOT l.granted AND l.relation = $1::regclass`,
    [table],
  );
  return n;
}
