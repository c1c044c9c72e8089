/**
 * `npm run bench:webhooks`: webhook delivery throughput. N endpoints of one district system on a
 * local HTTP receiver, subscribed to `registry.organization.created`; M organizations written
 * through the API at a steady rate (each one event, N deliveries), with the worker as a separate
 * process. The receiver verifies every signature (the `standardwebhooks` package, as a district
 * team would) and deduplicates by `webhook-id`. Figures per run: deliveries/s from the first write
 * to the last verified receipt, write-to-receipt latency, lost and duplicated deliveries.
 * Goals (ours; the issue names none): ≥ 200 deliveries/s sustained, p99 write-to-receipt ≤ 2 s,
 * 0 lost, 0 duplicates, every signature valid.
 */
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { Webhook } from 'standardwebhooks';
import { runMigrations } from '#platform';
import { makeUscc, USCC_CHARSET } from '#registry';
import { openDataSource } from '../../scripts/data-source.js';
import {
  addUser,
  clearQueueKeys,
  benchDatabase,
  districtClient,
  login,
  median,
  percentile,
  preamble,
  QUICK,
  spread,
  startApps,
  stopProcess,
  writeSection,
} from './bench-support.js';

const ENDPOINTS = Number(process.env.BENCH_ENDPOINTS ?? (QUICK ? 3 : 10));
const EVENTS = Number(process.env.BENCH_EVENTS ?? (QUICK ? 50 : 500));
const WRITE_RATE = Number(process.env.BENCH_WRITE_RATE ?? 25);
const RUNS = Number(process.env.BENCH_RUNS ?? (QUICK ? 1 : 3));
const RATE_GOAL = 200;
const P99_GOAL = 2000;

interface Receipt {
  path: string;
  webhookId: string;
  organizationId: string;
  at: number;
  valid: boolean;
}

const secrets = new Map<string, Webhook>();
const receipts: Receipt[] = [];
const receiver = createServer((req, res) => {
  let body = '';
  req.on('data', (c: Buffer) => (body += c.toString('utf8')));
  req.on('end', () => {
    const at = performance.now();
    const path = req.url ?? '/';
    let valid = false;
    try {
      secrets.get(path)!.verify(body, req.headers as Record<string, string>);
      valid = true;
    } catch {
      /* counted below */
    }
    const headers: IncomingHttpHeaders = req.headers;
    const organizationId = (JSON.parse(body) as { data: { aggregateId: string } }).data.aggregateId;
    receipts.push({ path, webhookId: String(headers['webhook-id']), organizationId, at, valid });
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;

const loadAtStart = loadavg()[0];
const database = await benchDatabase('webhooks');
const ds = await openDataSource(database.url, 'bench-webhooks');
await runMigrations(ds);
await addUser(ds, 'bench.admin', 'admin');
await ds.destroy();

const { api, worker, base, queuePrefix } = await startApps(database, 'webhooks', 'warn');

interface Run {
  seconds: number;
  deliveriesPerSecond: number;
  eventsPerSecond: number;
  p50: number;
  p99: number;
  max: number;
  lost: number;
  duplicates: number;
  invalid: number;
}

const body8 = (i: number) =>
  Array.from({ length: 8 }, (_, k) => USCC_CHARSET[Math.floor(i / 31 ** k) % 31])
    .reverse()
    .join('');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const runs: Run[] = [];
try {
  const district = await districtClient(base, await login(base, 'bench.admin'), '500118');
  const token = await district.token();
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  for (let i = 0; i < ENDPOINTS; i++) {
    const path = `/hook/${i}`;
    const res = await fetch(`${base}/api/v1/webhook-subscriptions`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ url: `${receiverUrl}${path}`, eventTypes: ['registry.organization.created'], description: `bench ${path}` }),
    });
    if (res.status !== 201) throw new Error(`subscription: HTTP ${res.status} ${await res.text()}`);
    secrets.set(path, new Webhook(((await res.json()) as { secret: string }).secret));
  }

  let serial = 0;
  /** Writes `count` new organizations at WRITE_RATE per second; returns when each was answered. */
  async function write(count: number): Promise<{ firstStart: number; written: Map<string, number> }> {
    const written = new Map<string, number>();
    const firstStart = performance.now();
    const pending: Promise<void>[] = [];
    for (let i = 0; i < count; i++) {
      const due = firstStart + (i * 1000) / WRITE_RATE;
      if (due > performance.now()) await sleep(due - performance.now());
      const n = ++serial;
      const uscc = makeUscc('9', '1', '500118', body8(31 ** 7 + n));
      pending.push(
        fetch(`${base}/api/v1/organizations/by-uscc/${uscc}`, {
          method: 'PUT',
          headers,
          body: JSON.stringify({ name: `推送基准企业${n}`, type: 'ENTERPRISE', districtCode: '500118' }),
        }).then(async (res) => {
          if (res.status !== 201) throw new Error(`write: HTTP ${res.status} ${await res.text()}`);
          written.set(((await res.json()) as { id: string }).id, performance.now());
        }),
      );
    }
    await Promise.all(pending);
    return { firstStart, written };
  }

  /** Waits until every delivery of these organizations arrived, or nothing arrived for 60 s. */
  async function settle(written: Map<string, number>): Promise<Receipt[]> {
    const expected = written.size * ENDPOINTS;
    let seen = -1;
    let quietSince = performance.now();
    for (;;) {
      const ours = receipts.filter((r) => written.has(r.organizationId));
      const unique = new Set(ours.map((r) => `${r.path} ${r.webhookId}`)).size;
      if (unique >= expected) {
        await sleep(2_000); // late duplicates would arrive now
        return receipts.filter((r) => written.has(r.organizationId));
      }
      if (ours.length !== seen) [seen, quietSince] = [ours.length, performance.now()];
      if (performance.now() - quietSince > 60_000) return ours;
      await sleep(100);
    }
  }

  // Warm-up: a tenth of a run, not measured.
  await settle((await write(Math.max(10, EVENTS / 10))).written);
  for (let k = 0; k < RUNS; k++) {
    const { firstStart, written } = await write(EVENTS);
    const ours = await settle(written);
    const first = new Map<string, Receipt>();
    for (const r of ours) if (!first.has(`${r.path} ${r.webhookId}`)) first.set(`${r.path} ${r.webhookId}`, r);
    const latencies = [...first.values()].map((r) => r.at - written.get(r.organizationId)!);
    const last = Math.max(...ours.map((r) => r.at));
    const seconds = (last - firstStart) / 1000;
    const run: Run = {
      seconds,
      deliveriesPerSecond: first.size / seconds,
      eventsPerSecond: written.size / seconds,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      max: Math.max(...latencies),
      lost: written.size * ENDPOINTS - first.size,
      duplicates: ours.length - first.size,
      invalid: ours.filter((r) => !r.valid).length,
    };
    runs.push(run);
    console.log(
      `run ${k + 1}: ${EVENTS} events × ${ENDPOINTS} endpoints in ${seconds.toFixed(1)} s: ${run.deliveriesPerSecond.toFixed(0)} deliveries/s, latency p50 ${run.p50.toFixed(0)} ms, p99 ${run.p99.toFixed(0)} ms, max ${run.max.toFixed(0)} ms; lost ${run.lost}, duplicates ${run.duplicates}, bad signatures ${run.invalid}`,
    );
  }
} finally {
  await stopProcess(api);
  await stopProcess(worker);
  console.log(`removed ${await clearQueueKeys(queuePrefix)} Redis keys of queue prefix ${queuePrefix}`);
  receiver.closeAllConnections();
  receiver.close();
  await database.drop();
}

const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const rate = median(runs.map((r) => r.deliveriesPerSecond));
const p99 = median(runs.map((r) => r.p99));
const lost = runs.reduce((n, r) => n + r.lost, 0);
const duplicates = runs.reduce((n, r) => n + r.duplicates, 0);
const invalid = runs.reduce((n, r) => n + r.invalid, 0);
const offered = WRITE_RATE * ENDPOINTS;
const notes: string[] = [];
if ((rate < RATE_GOAL && offered >= RATE_GOAL) || p99 > P99_GOAL) {
  notes.push(
    `${rate < RATE_GOAL ? `Throughput below ${RATE_GOAL} deliveries/s` : `p99 above ${P99_GOAL / 1000} s`}: ${offered} deliveries/s were offered (${WRITE_RATE} writes/s × ${ENDPOINTS} endpoints); when the worker delivers fewer, the backlog grows during the run and the latency of the last events is the time to work it off. Each delivery is one job: lock the row, POST, log the attempt and commit, 4 at a time per worker (\`webhooks\` queue concurrency); the API, the worker, PostgreSQL, the receiver and the writer share the two cores. What would meet it: more delivery concurrency per worker (the POST waits on the network, not the CPU) or a second worker process, and a quieter or larger machine.`,
  );
}
if (lost || duplicates || invalid)
  notes.push(
    `Lost, duplicated or badly signed deliveries are correctness findings, not load: every one needs a look (the receiver always answered 204, so no retry was due).`,
  );
const table = `${preamble('npm run bench:webhooks', loadAtStart, ` (${RUNS} runs after a warm-up of a tenth of a run; median [min–max] over the runs)`)}${QUICK ? ' **BENCH_QUICK run: reduced sizes.**' : ''}

Per run: ${EVENTS} organizations created through the API by one district system (\`PUT …/by-uscc/:uscc\`) at ${WRITE_RATE} per second, each one \`registry.organization.created\` event to ${ENDPOINTS} subscribed endpoints of a local receiver (${offered} deliveries/s offered, ${(EVENTS * ENDPOINTS).toLocaleString('en')} per run); API and worker as separate processes, the default retry schedule. The receiver verifies each signature with \`standardwebhooks\` and answers 204. Throughput: unique deliveries from the first write to the last receipt; latency: from the write's answer to the delivery's receipt.

| measure | figure | goal (ours) | |
|---|---|---|---|
| deliveries/s | ${spread(runs.map((r) => r.deliveriesPerSecond))} | ≥ ${RATE_GOAL} | ${offered < RATE_GOAL ? `not judged: only ${offered}/s offered` : verdict(rate >= RATE_GOAL)} |
| events/s (each to ${ENDPOINTS} endpoints) | ${spread(
  runs.map((r) => r.eventsPerSecond),
  1,
)} | — | |
| write-to-receipt p50 ms | ${spread(runs.map((r) => r.p50))} | — | |
| write-to-receipt p99 ms | ${spread(runs.map((r) => r.p99))} | ≤ ${P99_GOAL} | ${verdict(p99 <= P99_GOAL)} |
| write-to-receipt max ms | ${spread(runs.map((r) => r.max))} | — | |
| lost deliveries (all runs) | ${lost} | 0 | ${verdict(lost === 0)} |
| duplicates by webhook-id (all runs) | ${duplicates} | 0 | ${verdict(duplicates === 0)} |
| signatures not verified (all runs) | ${invalid} | 0 | ${verdict(invalid === 0)} |
${notes.length ? `\n${notes.join('\n\n')}` : ''}`;
console.log(`\n${table}`);
writeSection('webhooks', table);
