import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { databaseOf, defaultQueuePrefix } from '#platform';
import { createTestDatabase, freePort, type TestDatabase, waitFor } from '#platform/testing';
import { ContractChecker } from '../support/contract.js';
import { spawnCompiled } from '../support/processes.js';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const JWT_SECRET = 'startup-test-secret-startup-test-secret';
// Per run: a prefix is claimed for its database (while its processes run, and a minute after).
const QUEUE_PREFIX = `cej-startup-test-${randomBytes(4).toString('hex')}`;

const contract = ContractChecker.fromCommittedDocument();

/**
 * The compiled apps answer from processes of their own, outside the in-process check of every
 * response (test/support/contract.ts): their answers are checked against openapi.json here.
 */
async function matchingContract(method: string, route: string, res: Response): Promise<unknown> {
  const type = res.headers.get('content-type');
  const text = await res.text();
  const body = /json/.test(type ?? '') ? JSON.parse(text) : text;
  expect(contract.check(method, route, res.status, type, body)).toEqual([]);
  return body;
}

/** The compiled apps as a deployment runs them: configuration checks, migrations on start, docs, shutdown. */
describe('start-up of the compiled apps', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase({ empty: true });
  });

  afterAll(async () => {
    await db?.drop();
  });

  it.each([
    ['apps/api/src/main.js', { REDIS_URL, JWT_SECRET }, 'DATABASE_URL'],
    ['apps/api/src/main.js', { DATABASE_URL: 'postgres://x@127.0.0.1/x', REDIS_URL, JWT_SECRET, PORT: 'eighty' }, 'PORT'],
    ['apps/api/src/main.js', { DATABASE_URL: 'postgres://x@127.0.0.1/x', REDIS_URL, JWT_SECRET: 'short' }, 'JWT_SECRET'],
    ['apps/worker/src/main.js', { DATABASE_URL: 'postgres://x@127.0.0.1/x', REDIS_URL: 'localhost:6379', JWT_SECRET }, 'REDIS_URL'],
  ])('%s stops with one line naming a bad variable (%j)', async (entry, env, variable) => {
    const app = spawnCompiled(entry, env);
    expect(await app.exited).toBe(1);
    const lines = app.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Invalid configuration: .*${variable}`));
  });

  it('migrates an empty database, serves health and the OpenAPI document, and shuts down cleanly', async () => {
    const port = await freePort();
    const api = spawnCompiled('apps/api/src/main.js', {
      DATABASE_URL: db.url,
      REDIS_URL,
      JWT_SECRET,
      PORT: String(port),
      QUEUE_PREFIX,
      LOG_LEVEL: 'info',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const ready = await waitFor(async () => (await fetch(`${base}/health/ready`)).status === 200 || undefined, {
        what: () => `the API to be ready; output so far:\n${api.output()}`,
        timeoutMs: 30_000,
      });
      expect(ready).toBe(true);
      await matchingContract('GET', '/health/ready', await fetch(`${base}/health/ready`));
      const sql = new pg.Client({ connectionString: db.url });
      await sql.connect();
      const { rows } = await sql.query(`SELECT name FROM schema_migration`);
      await sql.end();
      expect(rows.length).toBeGreaterThan(0);

      const docs = await fetch(`${base}/api/docs`);
      expect(docs.status).toBe(200);
      expect(await docs.text()).toContain('swagger');
      const json = (await (await fetch(`${base}/api/docs/openapi.json`)).json()) as { paths: Record<string, unknown> };
      expect(Object.keys(json.paths)).toContain('/api/v1/industry-clusters');

      await fetch(`${base}/health/live`, { headers: { 'x-request-id': 'startup-trace-1' } });
      await waitFor(() => api.output().includes('startup-trace-1') || undefined, { what: 'the request log line' });
      const line = api
        .output()
        .split('\n')
        .find((l) => l.includes('startup-trace-1'))!;
      expect(JSON.parse(line)).toMatchObject({
        app: 'api',
        msg: 'request completed',
        req: { id: 'startup-trace-1', method: 'GET', url: '/health/live' },
        statusCode: 200,
      });

      // Another database's worker on the same Redis and prefix would take this API's jobs: it refuses to start.
      const other = `postgres://postgres@127.0.0.1:5432/${databaseOf(db.url)}_other`;
      const intruder = spawnCompiled('apps/worker/src/main.js', { DATABASE_URL: other, REDIS_URL, JWT_SECRET, QUEUE_PREFIX });
      expect(await intruder.exited).toBe(1);
      expect(intruder.output().trim().split('\n')).toEqual([
        `Invalid configuration: QUEUE_PREFIX "${QUEUE_PREFIX}" is in use by database "${databaseOf(db.url)}" on this Redis (this process uses "${databaseOf(db.url)}_other"): set another QUEUE_PREFIX, or leave it unset for cej:<database name>`,
      ]);
    } finally {
      api.child.kill('SIGTERM');
    }
    // Nest closes the app (hooks run, connections end) and then re-raises the signal.
    expect(await api.exited).toBe('SIGTERM');
    expect(api.output()).not.toMatch(/"level":(50|60)/);
  });

  it('runs the worker until told to stop', async () => {
    const worker = spawnCompiled('apps/worker/src/main.js', { DATABASE_URL: db.url, REDIS_URL, JWT_SECRET, QUEUE_PREFIX, LOG_LEVEL: 'info' });
    await waitFor(() => /worker started/.test(worker.output()) || undefined, {
      what: () => `the worker to start; output so far:\n${worker.output()}`,
      timeoutMs: 30_000,
    });
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe('SIGTERM');
    expect(worker.output()).toContain('outbox relay stopped');
    expect(worker.output()).not.toMatch(/"level":(50|60)/);
  });

  it('npm start: loads the demo, starts both apps, ends with a short ready block, answers GET / and logs short lines; Ctrl-C stops it', async () => {
    const demo = await createTestDatabase();
    const port = await freePort();
    const start = spawnCompiled('scripts/start-local.js', { DATABASE_URL: demo.url, REDIS_URL, JWT_SECRET, PORT: String(port), LOG_LEVEL: 'info' });
    try {
      await waitFor(() => /Ctrl-C 停止/.test(start.output()) || undefined, {
        what: () => `the ready block; output so far:\n${start.output()}`,
        timeoutMs: 120_000,
        intervalMs: 200,
      });
      const out = start.output();
      const block = out.slice(out.indexOf('[start] ready'));
      const base = `http://localhost:${port}`;
      expect(block.split('\n')[0]).toBe('[start] ready — 产教联合体管理平台已启动');
      for (const expected of [
        `API        ${base}`,
        `${base}/api/docs`,
        `${base}/board`,
        `curl -s ${base}/api/v1/evaluation/rankings`,
        `队列前缀 ${defaultQueuePrefix(demo.url)}`,
        'admin.demo',
        'demo-taskforce-password',
      ]) {
        expect(block).toContain(expected);
      }
      expect(block.trim().split('\n').length).toBeLessThanOrEqual(16);
      // Before the block: the start script's own lines and no JSON (apps log short lines under npm start).
      expect(out.split('\n').filter((l) => l.startsWith('{'))).toEqual([]);

      const home = await fetch(`${base}/`);
      expect(home.status).toBe(200);
      expect(await matchingContract('GET', '/', home)).toMatchObject({
        name: '产教联合体管理平台',
        links: { docs: '/api/docs', board: '/board', rankings: '/api/v1/evaluation/rankings' },
      });
      const page = await fetch(`${base}/`, { headers: { accept: 'text/html,application/xhtml+xml' } });
      expect(page.headers.get('content-type')).toMatch(/^text\/html/);
      const html = String(await matchingContract('GET', '/', page));
      expect(html).toContain('<html lang="zh-CN">');
      expect(html).toContain('href="/api/docs"');
      expect(html).toContain('href="/board"');

      await matchingContract('GET', '/health/live', await fetch(`${base}/health/live`, { headers: { 'x-request-id': 'start-trace-1' } }));
      await waitFor(() => /request completed GET \/health\/live 200/.test(start.output()) || undefined, {
        what: () => `a short request line; output:\n${start.output()}`,
      });
      const ranking = await fetch(`${base}/api/v1/evaluation/rankings`);
      expect(((await matchingContract('GET', '/api/v1/evaluation/rankings', ranking)) as { items: { code: string }[] }).items.map((r) => r.code)).toEqual([
        '2026Q3',
        '2026Q2',
      ]);
    } finally {
      start.child.kill('SIGINT');
    }
    expect(await start.exited).toBe(0);
    await demo.drop();
  }, 180_000);
});
