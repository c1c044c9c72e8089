import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../database/data-source-options.js';
import { runMigrations } from '../database/migrate.js';

/** Server-level URL the tests administer databases through (any database on the server). */
export const TEST_SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export function databaseUrl(name: string, serverUrl = TEST_SERVER_URL): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * Test databases are named `cej_[<namespace>_]tpl_…` / `cej_[<namespace>_]t_…`. Setting
 * CEJ_TEST_NAMESPACE (letters and digits) lets two checkouts run their suites on one server
 * without one run's clean-up dropping the other's databases.
 */
function prefix(): string {
  const namespace = (process.env.CEJ_TEST_NAMESPACE ?? '').toLowerCase();
  if (!/^[a-z0-9]*$/.test(namespace)) throw new Error('CEJ_TEST_NAMESPACE may hold only letters and digits');
  return namespace ? `cej_${namespace}_` : 'cej_';
}

/** The template's name changes whenever a migration file changes, so a stale template is never reused. */
export function templateName(migrationsDir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(migrationsDir).sort()) hash.update(file).update(readFileSync(join(migrationsDir, file)));
  return `${prefix()}tpl_${hash.digest('hex').slice(0, 12)}`;
}

/** Applies every migration to the database at `url`: the template, or a database on a private server. */
export async function migrateDatabase(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName: 'cej-test-migrate' }));
  await dataSource.initialize();
  try {
    await runMigrations(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Creates (once per migration set) a template database with every migration applied, and drops
 * templates and per-file databases left by earlier runs.
 */
export async function prepareTemplateDatabase(migrationsDir: string): Promise<string> {
  const template = templateName(migrationsDir);
  const like = prefix().replaceAll('_', '\\_');
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1 OR datname LIKE $2`, [
      `${like}tpl\\_%`,
      `${like}t\\_%`,
    ]);
    for (const { datname } of rows) {
      if (datname === template) continue;
      if (datname.startsWith(`${prefix()}tpl_`)) await admin.query(`UPDATE pg_database SET datistemplate = false WHERE datname = $1`, [datname]);
      await admin.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    }
    if (rows.some((r) => r.datname === template)) return;
    await admin.query(`CREATE DATABASE "${template}"`);
    await migrateDatabase(databaseUrl(template));
    await admin.query(`UPDATE pg_database SET datistemplate = true WHERE datname = $1`, [template]);
  });
  return template;
}

export interface TestDatabase {
  name: string;
  url: string;
  drop(): Promise<void>;
}

/**
 * A fresh database for one test file, cloned from the migrated template (fast: a file copy), or
 * empty with `{ empty: true }` (for tests of migrating on start).
 */
export async function createTestDatabase({ empty = false }: { empty?: boolean } = {}): Promise<TestDatabase> {
  const template = process.env.CEJ_TEST_TEMPLATE;
  if (!template && !empty) throw new Error('CEJ_TEST_TEMPLATE is not set: run the tests through jest (its global setup creates the template)');
  const name = `${prefix()}t_${process.pid}_${randomBytes(4).toString('hex')}`;
  await withAdmin(async (admin) => {
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(empty ? `CREATE DATABASE "${name}"` : `CREATE DATABASE "${name}" TEMPLATE "${template}"`);
        return;
      } catch (error) {
        // Two files cloning the template at the same instant: "source database is being accessed".
        if (attempt >= 20 || (error as { code?: string }).code !== '55006') throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  });
  return {
    name,
    url: databaseUrl(name),
    drop: () => withAdmin(async (admin) => void (await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`))),
  };
}
