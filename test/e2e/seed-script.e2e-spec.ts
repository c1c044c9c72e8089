import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '#platform/testing';
import { spawnCompiled } from '../support/processes.js';

/**
 * `npm run seed` (and `npm start` on an empty database) loads the demo data through the scripts'
 * own data source, not the API's: it must know every entity the seed touches.
 */
describe('the seed script', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('loads the demo data, with its published rounds and their list snapshots, into a migrated empty database', async () => {
    const seed = spawnCompiled('scripts/seed.js', { DATABASE_URL: db.url });
    expect(await seed.exited).toBe(0);
    expect(seed.output()).toContain('demo data loaded');
    const sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    try {
      const { rows } = await sql.query(
        `SELECT r.code, r.status, (SELECT count(*)::int FROM official_list_snapshot s WHERE s.round_id = r.id) AS snapshots FROM evaluation_round r ORDER BY r.code`,
      );
      expect(rows).toEqual([
        { code: '2026Q2', status: 'PUBLISHED', snapshots: 1 },
        { code: '2026Q3', status: 'PUBLISHED', snapshots: 1 },
        { code: '2026Q4', status: 'OPEN', snapshots: 0 },
      ]);
    } finally {
      await sql.end();
    }
    const again = spawnCompiled('scripts/seed.js', { DATABASE_URL: db.url });
    expect(await again.exited).toBe(0);
    expect(again.output()).toContain('database not empty');
  });
});
