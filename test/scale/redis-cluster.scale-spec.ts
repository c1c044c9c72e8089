import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { Queue } from 'bullmq';
import { Cluster } from 'ioredis';
import { makeUscc } from '#registry';
import { type Environment } from '#platform';
import { createTestDatabase, freePort, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { type DistrictSystem, districtSystem } from '../support/district.js';
import { type Spawned, spawnCompiled } from '../support/processes.js';
import { Receiver, RETRY_SCHEDULE, verifies } from '../support/webhooks.js';

const run = promisify(execFile);

/**
 * DESIGN §5 on a Redis Cluster: three `redis-server` nodes in cluster mode on loopback, made into
 * one cluster by `redis-cli --cluster create`. BullMQ runs Lua scripts over several keys of a
 * queue, which a cluster accepts only when they share a slot: the prefix must be a hash tag. The
 * API and the worker, compiled and started with `REDIS_CLUSTER=true` and only the seed node's URL,
 * take the default prefix `{cej:<database>}`, and the whole path — outbox relay, event fan-out,
 * webhook delivery — runs over the cluster.
 */
const NODES = 3;
const WRITES = 20;
const DISTRICT = '500118';

describe('API and worker on a Redis Cluster', () => {
  let dir: string;
  const nodes: { port: number; process: ChildProcess }[] = [];
  let db: TestDatabase;
  let env: Environment;
  let district: DistrictSystem;
  const receiver = new Receiver();
  const spawned: Spawned[] = [];
  const seed = () => `redis://127.0.0.1:${nodes[0].port}`;
  const cluster = () => new Cluster([{ host: '127.0.0.1', port: nodes[0].port }], { lazyConnect: false, redisOptions: { maxRetriesPerRequest: null } });

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cej-cluster-'));
    for (let i = 0; i < NODES; i++) {
      const port = await freePort();
      const child = spawn(
        'redis-server',
        [
          '--port',
          String(port),
          '--bind',
          '127.0.0.1',
          '--cluster-enabled',
          'yes',
          '--cluster-config-file',
          `nodes-${port}.conf`,
          '--save',
          '',
          '--appendonly',
          'no',
          '--dir',
          dir,
        ],
        { stdio: 'ignore' },
      );
      nodes.push({ port, process: child });
    }
    for (const { port } of nodes) {
      await waitFor(async () => ((await run('redis-cli', ['-p', String(port), 'ping']).catch(() => undefined))?.stdout.trim() === 'PONG' ? true : undefined), {
        what: () => `redis-server on ${port}`,
        timeoutMs: 10_000,
      });
    }
    await run('redis-cli', ['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes']);
    for (const { port } of nodes) {
      await waitFor(async () => ((await run('redis-cli', ['-p', String(port), 'cluster', 'info'])).stdout.includes('cluster_state:ok') ? true : undefined), {
        what: () => `node ${port} to see the cluster ok`,
        timeoutMs: 20_000,
      });
    }

    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url, WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' });
    const setup = await startApi(env);
    try {
      district = await districtSystem(setup, DISTRICT);
    } finally {
      await setup.close();
    }
    await receiver.start();
  }, 120_000);

  afterAll(async () => {
    for (const p of spawned) {
      if (p.child.exitCode === null && p.child.signalCode === null) {
        p.child.kill('SIGKILL');
        await p.exited;
      }
    }
    await receiver.stop();
    for (const n of nodes) n.process.kill('SIGKILL');
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('refuses a prefix that is not a hash tag: BullMQ scripts would cross slots', async () => {
    const client = cluster();
    const plain = new Queue('probe', { connection: client, prefix: 'cej-plain' });
    const tagged = new Queue('probe', { connection: client, prefix: '{cej-tagged}' });
    try {
      await expect(plain.add('probe', {})).rejects.toThrow(/CROSSSLOT/);
      const job = await tagged.add('probe', {});
      expect(job.id).toBeDefined();
      expect(await tagged.getJobCounts('waiting')).toEqual({ waiting: 1 });
    } finally {
      await plain.close();
      await tagged.close();
      await client.quit();
    }
  });

  it('runs the outbox, event fan-out and webhook delivery over the cluster, and stops on SIGTERM', async () => {
    const processEnv = (extra: Record<string, string> = {}): Record<string, string> => ({
      NODE_ENV: 'test',
      DATABASE_URL: env.DATABASE_URL,
      REDIS_URL: seed(),
      REDIS_CLUSTER: 'true',
      JWT_SECRET: env.JWT_SECRET,
      MIGRATIONS_RUN: 'false',
      LOG_LEVEL: 'warn',
      OUTBOX_POLL_MS: '100',
      WEBHOOK_RETRY_SCHEDULE: RETRY_SCHEDULE,
      WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
      DATABASE_POOL_SIZE: '5',
      ...extra,
    });
    const port = await freePort();
    const api = spawnCompiled('apps/api/src/main.js', processEnv({ PORT: String(port), HOST: '127.0.0.1' }));
    const worker = spawnCompiled('apps/worker/src/main.js', processEnv());
    spawned.push(api, worker);
    const url = `http://127.0.0.1:${port}`;
    await waitFor(async () => ((await fetch(`${url}/health/ready`).catch(() => undefined))?.status === 200 ? true : undefined), {
      what: () => `the API on the cluster to be ready (output: ${api.output()})`,
      timeoutMs: 60_000,
    });
    const headers = { authorization: `Bearer ${district.token}`, 'content-type': 'application/json' };
    const subscribed = await fetch(`${url}/api/v1/webhook-subscriptions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: receiver.url('/cluster'), eventTypes: ['registry.organization.created'], description: 'cluster' }),
    });
    expect(subscribed.status).toBe(201);
    const subscription = (await subscribed.json()) as { secret: string };

    for (let n = 0; n < WRITES; n++) {
      const uscc = makeUscc('9', '1', DISTRICT, `RC${String(n).padStart(6, '0')}`);
      const res = await fetch(`${url}/api/v1/organizations/by-uscc/${uscc}`, {
        method: 'PUT',
        headers,
        body: JSON.stringify({ name: `集群测试企业${n}`, type: 'ENTERPRISE', districtCode: DISTRICT }),
      });
      expect(res.status).toBe(201);
    }
    await waitFor(
      async () =>
        new Set(receiver.received.filter((r) => r.path === '/cluster' && r.answer === 204).map((r) => r.eventId)).size === WRITES ? true : undefined,
      {
        what: () => `${WRITES} deliveries through the cluster (worker output: ${worker.output()})`,
        timeoutMs: 60_000,
      },
    );
    for (const r of receiver.received.filter((x) => x.path === '/cluster')) expect(verifies(subscription.secret, r)).toBe(true);

    // Every queue key of this deployment carries the hash tag, so each queue sits in one slot.
    const client = cluster();
    try {
      if (client.status !== 'ready') await new Promise((resolve) => client.once('ready', resolve));
      const prefix = `{cej:${db.name}}`;
      const keys = (await Promise.all(client.nodes('master').map((node) => node.keys(`${prefix}:*`)))).flat();
      expect(keys.filter((k) => k.startsWith(`${prefix}:webhooks:`)).length).toBeGreaterThan(WRITES);
      const slots = new Set(await Promise.all(keys.map((k) => client.cluster('KEYSLOT', k))));
      expect(slots.size).toBe(1);
    } finally {
      await client.quit();
    }

    const started = Date.now();
    api.child.kill('SIGTERM');
    worker.child.kill('SIGTERM');
    const [apiExit, workerExit] = await Promise.all([api.exited, worker.exited]);
    // A graceful close ends with code 0, or re-raises the signal once Nest has closed.
    expect([0, 'SIGTERM']).toContain(apiExit);
    expect([0, 'SIGTERM']).toContain(workerExit);
    expect(Date.now() - started).toBeLessThan(10_000);
  }, 180_000);
});
