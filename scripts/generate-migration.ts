import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#platform';

/**
 * `npm run migration:generate -- <name>`: compares the entities with the schema of
 * $DATABASE_URL (migrated first) and writes the difference as a new file in migrations/, for a
 * person to read, name constraints in, and add to migrations/index.ts. Nothing is applied.
 */
const name = process.argv[2];
const url = process.env.DATABASE_URL;
if (!name || !/^[a-z][a-z0-9-]*$/.test(name) || !url) {
  console.error('usage: DATABASE_URL=… npm run migration:generate -- <kebab-case-name>');
  process.exit(2);
}
const dist = new URL('../', import.meta.url).pathname;
const dataSource = new DataSource({
  ...dataSourceOptions({ url, poolSize: 2, applicationName: 'cej-migration-generate' }),
  entities: [`${dist}libs/*/src/**/*.{entity,entities}.js`],
});
await dataSource.initialize();
try {
  await dataSource.runMigrations({ transaction: 'each' });
  const sql = await dataSource.driver.createSchemaBuilder().log();
  if (sql.upQueries.length === 0) {
    console.log('entities and schema agree: no migration needed');
  } else {
    const timestamp = Date.now();
    const className = `${name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase())}${timestamp}`;
    const q = (list: typeof sql.upQueries) => list.map((x) => `    await q.query(${JSON.stringify(x.query)});`).join('\n');
    const file = new URL(`../../migrations/${timestamp}-${name}.ts`, import.meta.url);
    writeFileSync(
      file,
      `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(q: QueryRunner): Promise<void> {\n${q(sql.upQueries)}\n  }\n\n  async down(q: QueryRunner): Promise<void> {\n${q(sql.downQueries.reverse())}\n  }\n}\n`,
    );
    console.log(`written ${file.pathname}: read it, name its constraints, and add ${className} to migrations/index.ts`);
  }
} finally {
  await dataSource.destroy();
}
