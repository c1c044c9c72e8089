import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Redis } from 'ioredis';
import pg from 'pg';
import { hashPassword } from '#identity';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** `BENCH_QUICK=1`: smaller sizes and shorter runs to check the harness; BENCHMARKS.md is left alone. */
export const QUICK = process.env.BENCH_QUICK === '1';

export const JWT_SECRET = 'bench-secret-bench-secret-bench-secret-0';
export const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))] ?? NaN;
};

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** "median [min–max]" of a figure over a bench's runs. */
export const spread = (xs: number[], digits = 0) => `${median(xs).toFixed(digits)} [${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}]`;

export function machine(): string {
  return `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${process.platform}`;
}

/** The first lines of a section: machine, load, command and date (the load says whether the machine was shared). */
export function preamble(command: string, loadAtStart: number, what = ''): string {
  const loadNow = loadavg()[0];
  // The load at the end includes the bench's own processes; only the load at the start says the machine was shared.
  const shared = loadAtStart > 0.5 ? ' (the machine was shared with other work: figures are lower and noisier than on a quiet one)' : '';
  return `Machine: ${machine()}; 1-minute load average ${loadAtStart.toFixed(1)} at the start, ${loadNow.toFixed(1)} at the end${shared}. Command: \`${command}\`${what}. Measured ${new Date().toISOString().slice(0, 10)}.`;
}

const serverUrl = () => process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A database of this run (`cej_bench_<name>_<pid>`), created now; `drop()` removes it and nothing else. */
export async function benchDatabase(name: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const database = `cej_bench_${name}_${process.pid}`;
  const url = await freshDatabase(database);
  const drop = async () => {
    const admin = new pg.Client({ connectionString: serverUrl() });
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await admin.end();
  };
  return { name: database, url, drop };
}

/** Resident set size of a process in MiB (`VmRSS` of /proc/<pid>/status), or NaN once it has gone. */
export function rssMiB(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('VmRSS:'));
    return line ? Number(line.split(/\s+/)[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** A user with one role, straight into the database (the benches start from an empty one). */
export async function addUser(db: { query: (sql: string, params: unknown[]) => Promise<{ id: string }[]> }, username: string, role: string): Promise<void> {
  const [{ id }] = await db.query(`INSERT INTO app_user (username, display_name, password_hash) VALUES ($1, $1, $2) RETURNING id`, [
    username,
    await hashPassword('bench-password-123'),
  ]);
  await db.query(`INSERT INTO user_role_binding (user_id, role) VALUES ($1, $2)`, [id, role]);
}

export async function login(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'bench-password-123' }),
  });
  if (!res.ok) throw new Error(`login ${username}: HTTP ${res.status}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export interface DistrictCredentials {
  clientId: string;
  clientSecret: string;
  token: () => Promise<string>;
}

/** A district system's API client, created by an admin; `token()` asks for a client-credentials token. */
export async function districtClient(base: string, adminToken: string, districtCode: string): Promise<DistrictCredentials> {
  const scopes = ['registry:read', 'registry:write', 'evaluation:read', 'feed:read', 'webhooks:manage'];
  const res = await fetch(`${base}/api/v1/api-clients`, {
    method: 'POST',
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: `基准区县系统 ${districtCode} ${process.pid}`, districtCode, scopes }),
  });
  if (res.status !== 201) throw new Error(`api client: HTTP ${res.status} ${await res.text()}`);
  const { clientId, clientSecret } = (await res.json()) as { clientId: string; clientSecret: string };
  const token = async () => {
    const r = await fetch(`${base}/api/v1/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    });
    if (!r.ok) throw new Error(`token: HTTP ${r.status} ${await r.text()}`);
    return ((await r.json()) as { access_token: string }).access_token;
  };
  return { clientId, clientSecret, token };
}

/** A fresh database on the server of $BENCH_DATABASE_URL (default: local PostgreSQL). */
export async function freshDatabase(name: string): Promise<string> {
  const server = serverUrl();
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** A port nobody listens on now (other benches and services share this machine). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * `BENCH_CPU_PROF_DIR=<dir>`: the API and worker a bench starts write V8 CPU profiles there when they
 * exit (open them in Chrome DevTools or speedscope) — where a figure's time goes.
 */
function nodeArgs(entry: string): string[] {
  const dir = process.env.BENCH_CPU_PROF_DIR;
  return [...(dir ? ['--cpu-prof', `--cpu-prof-dir=${dir}`] : []), `${ROOT}${entry}`];
}

export async function startProcess(entry: string, env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, nodeArgs(entry), { env: { ...process.env, ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/v1/industry-clusters`);
      if (res.ok) return child;
    } catch {
      /* not yet */
    }
    if (child.exitCode !== null || Date.now() > deadline) throw new Error(`${entry} did not start`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Starts a compiled app without waiting for an HTTP port (the worker). */
export function spawnApp(entry: string, env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, nodeArgs(entry), { env: { ...process.env, ...env }, stdio: ['ignore', 'ignore', 'inherit'] });
}

/**
 * The compiled API (on a free port) and worker on a bench's database, with a queue prefix of the
 * bench's own; the database is dropped if the API does not start.
 */
export async function startApps(
  database: { url: string; drop: () => Promise<void> },
  name: string,
  logLevel = 'info',
): Promise<{ api: ChildProcess; worker: ChildProcess; base: string; queuePrefix: string }> {
  const queuePrefix = `bench-${name}-${process.pid}`;
  const env = {
    DATABASE_URL: database.url,
    REDIS_URL,
    LOG_LEVEL: logLevel,
    MIGRATIONS_RUN: 'false',
    JWT_SECRET,
    QUEUE_PREFIX: queuePrefix,
    WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
  };
  const port = await freePort();
  const api = await startProcess('dist/apps/api/src/main.js', env, port).catch(async (e: unknown) => {
    await database.drop();
    throw e;
  });
  return { api, worker: spawnApp('dist/apps/worker/src/main.js', env), base: `http://127.0.0.1:${port}`, queuePrefix };
}

/**
 * Deletes every Redis key under a bench's queue prefix (BullMQ's queues, jobs, events and the
 * rate-limit counts): a bench leaves the shared Redis as it found it. SCAN, not KEYS, in batches.
 * Returns how many keys were removed.
 */
export async function clearQueueKeys(prefix: string, url = REDIS_URL): Promise<number> {
  const redis = new Redis(url, { maxRetriesPerRequest: 1 });
  let removed = 0;
  try {
    const pattern = `${prefix.replace(/[*?[\]\\]/g, '\\$&')}:*`;
    for await (const keys of redis.scanStream({ match: pattern, count: 1000 }) as AsyncIterable<string[]>) {
      if (keys.length) removed += await redis.unlink(...keys);
    }
  } finally {
    redis.disconnect();
  }
  return removed;
}

export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** Replaces the section between `<!-- bench:NAME -->` and `<!-- /bench:NAME -->` in BENCHMARKS.md. */
export function writeSection(name: string, body: string): void {
  if (QUICK) {
    console.log(`\nBENCH_QUICK=1: smaller sizes and shorter runs, so the section "${name}" of BENCHMARKS.md was not rewritten.`);
    return;
  }
  const file = `${ROOT}BENCHMARKS.md`;
  const start = `<!-- bench:${name} -->`;
  const end = `<!-- /bench:${name} -->`;
  let text = readFileSync(file, 'utf8');
  const block = `${start}\n${body.trim()}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text = i >= 0 && j > i ? `${text.slice(0, i)}${block}${text.slice(j + end.length)}` : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
