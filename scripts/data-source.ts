import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#platform';

const dist = new URL('../', import.meta.url).pathname;

/**
 * A DataSource for command-line tools (migrations, seeding), outside Nest. It knows every entity:
 * the demo data writes some through the entity manager (publishing the past rounds).
 */
export async function openDataSource(url: string, applicationName: string): Promise<DataSource> {
  const dataSource = new DataSource({ ...dataSourceOptions({ url, poolSize: 2, applicationName }), entities: [`${dist}libs/*/src/**/*.{entity,entities}.js`] });
  await dataSource.initialize();
  return dataSource;
}
