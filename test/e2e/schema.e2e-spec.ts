import type { INestApplicationContext } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';

/**
 * The schema comes from migrations only; the entities must describe exactly that schema, or the
 * next generated migration would carry unrelated changes. Checked for every entity each app loads.
 */
describe('entities and migrations', () => {
  let db: TestDatabase;
  const apps: INestApplicationContext[] = [];

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = testEnvironment({ DATABASE_URL: db.url });
    apps.push(await startApi(env), await startWorker(env));
  });

  afterAll(async () => {
    for (const app of apps) await app.close();
    await db?.drop();
  });

  it.each([0, 1])('agree for every entity of app %i (no pending schema difference)', async (index) => {
    const dataSource = apps[index].get<DataSource>(getDataSourceToken());
    expect(dataSource.entityMetadatas.length).toBeGreaterThan(0);
    const sql = await dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((q) => q.query)).toEqual([]);
  });
});
