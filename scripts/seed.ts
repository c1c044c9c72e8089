import 'reflect-metadata';
import { seedDemoData } from '../seeds/demo-data.js';
import { openDataSource } from './data-source.js';

/** `npm run seed`: loads the demo data into $DATABASE_URL if it holds none yet. */
const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set');
  process.exit(2);
}
const dataSource = await openDataSource(url, 'cej-seed');
try {
  console.log((await seedDemoData(dataSource)) ? 'demo data loaded' : 'database not empty: demo data not loaded');
} finally {
  await dataSource.destroy();
}
