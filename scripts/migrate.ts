import 'reflect-metadata';
import { runMigrations } from '#platform';
import { openDataSource } from './data-source.js';

/** `npm run migration:run`: applies pending migrations to $DATABASE_URL. */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(2);
}
const dataSource = await openDataSource(url, 'cej-migrate');
try {
  const applied = await runMigrations(dataSource);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'no pending migration');
} finally {
  await dataSource.destroy();
}
