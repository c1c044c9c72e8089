import { DataSource } from 'typeorm';
import { dataSourceOptions } from '#platform';

/** A DataSource for command-line tools (migrations, seeding), outside Nest. */
export async function openDataSource(url: string, applicationName: string): Promise<DataSource> {
  const dataSource = new DataSource(dataSourceOptions({ url, poolSize: 2, applicationName }));
  await dataSource.initialize();
  return dataSource;
}
