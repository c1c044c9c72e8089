/**
 * `npm run bench:soak`: the API and the worker as separate processes under a steady district
 * load for SOAK_MINUTES (default 10): autocannon at a fixed rate with the district mix (reads,
 * feed polls, organization upserts, see `district-load.ts`); every upsert is an event the worker
 * relays and delivers to a subscribed webhook endpoint. The resident set size of both processes
 * is sampled every 10 s. Goals (ours; the issue asks for "no growth beyond a stated bound"): after
 * a warm-up of a fifth of the run, each process grows by ≤ 50 MiB to the end, and the slope of its
 * last five minutes is ≤ 2 MiB/min; no errors.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { runMigrations } from '#platform';
import { openDataSource } from '../../scripts/data-source.js';
import { seedDemoData } from '../../seeds/demo-data.js';
import {
  addUser,
  clearQueueKeys,
  benchDatabase,
  districtClient,
  login,
  preamble,
  QUICK,
  rssMiB,
  startApps,
  stopProcess,
  writeSection,
} from './bench-support.js';
import { DistrictMix, MIX } from './district-load.js';
import { generateRegistry } from './registry-data.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? (QUICK ? 1 : 10));
const RATE = Number(process.env.SOAK_RATE ?? 100);
const CONNECTIONS = 10;
const SAMPLE_SECONDS = QUICK ? 5 : 10;
const WARMUP_SECONDS = (MINUTES * 60) / 5;
const SLOPE_WINDOW_SECONDS = Math.min(5 * 60, (MINUTES * 60) / 2);
const GROWTH_GOAL = 50;
const SLOPE_GOAL = 2;
const SIZE = { organizations: 20_000, consortia: 400, rowsPerConsortium: 200 };

let deliveries = 0;
const receiver = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    deliveries++;
    res.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/soak`;

const loadAtStart = loadavg()[0];
const database = await benchDatabase('soak');
const ds = await openDataSource(database.url, 'bench-soak');
await runMigrations(ds);
await seedDemoData(ds);
const generated = await generateRegistry(ds, SIZE);
await addUser(ds, 'bench.admin', 'admin');
const consortiumIds: string[] = (await ds.query(`SELECT id FROM consortium WHERE name LIKE '基准联合体%'`)).map((r: { id: string }) => r.id);
await ds.destroy();

const { api, worker, base, queuePrefix } = await startApps(database, 'soak');

interface Sample {
  second: number;
  api: number;
  worker: number;
}

const samples: Sample[] = [];
let result: autocannon.Result | undefined;
let mix: DistrictMix | undefined;
let renew: NodeJS.Timeout | undefined;
let sampler: NodeJS.Timeout | undefined;
try {
  const admin = await login(base, 'bench.admin');
  const district = await districtClient(base, admin, '500118');
  const token = await district.token();
  const subscribed = await fetch(`${base}/api/v1/webhook-subscriptions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ url: receiverUrl, eventTypes: ['registry.organization.created', 'registry.organization.updated'], description: 'soak' }),
  });
  if (subscribed.status !== 201) throw new Error(`subscription: HTTP ${subscribed.status} ${await subscribed.text()}`);
  const roundIds = ((await (await fetch(`${base}/api/v1/evaluation/rankings`)).json()) as { items: { id: string }[] }).items.map((r) => r.id);
  const head = Number(
    ((await (await fetch(`${base}/api/v1/changes/head`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { cursor: string }).cursor,
  );
  mix = new DistrictMix(roundIds, consortiumIds, head);
  mix.token = token;
  renew = setInterval(() => void district.token().then((t) => (mix!.token = t)), 5 * 60_000);
  await mix.prime(base, 100);

  const start = performance.now();
  const sample = () => {
    const s = { second: (performance.now() - start) / 1000, api: rssMiB(api.pid!), worker: rssMiB(worker.pid!) };
    samples.push(s);
    if (s.second % 60 < SAMPLE_SECONDS)
      console.log(`${(s.second / 60).toFixed(1)} min: api ${s.api.toFixed(0)} MiB, worker ${s.worker.toFixed(0)} MiB, deliveries ${deliveries}`);
  };
  sample();
  sampler = setInterval(sample, SAMPLE_SECONDS * 1000);
  result = await autocannon({ url: base, connections: CONNECTIONS, pipelining: 1, overallRate: RATE, duration: MINUTES * 60, requests: [mix.request()] });
  clearInterval(sampler);
  sample();
} finally {
  if (renew) clearInterval(renew);
  if (sampler) clearInterval(sampler);
  await stopProcess(api);
  await stopProcess(worker);
  console.log(`removed ${await clearQueueKeys(queuePrefix)} Redis keys of queue prefix ${queuePrefix}`);
  receiver.closeAllConnections();
  receiver.close();
  await database.drop();
}

/** Least-squares slope in MiB per minute. */
function slope(points: { x: number; y: number }[]): number {
  const n = points.length;
  const mx = points.reduce((s, p) => s + p.x, 0) / n;
  const my = points.reduce((s, p) => s + p.y, 0) / n;
  const sxy = points.reduce((s, p) => s + (p.x - mx) * (p.y - my), 0);
  const sxx = points.reduce((s, p) => s + (p.x - mx) ** 2, 0);
  return sxx ? (sxy / sxx) * 60 : 0;
}

const end = samples.at(-1)!.second;
const afterWarmup = samples.find((s) => s.second >= WARMUP_SECONDS) ?? samples.at(-1)!;
const figures = (which: 'api' | 'worker') => {
  const values = samples.map((s) => s[which]);
  const growth = samples.at(-1)![which] - afterWarmup[which];
  const tail = samples.filter((s) => s.second >= end - SLOPE_WINDOW_SECONDS).map((s) => ({ x: s.second, y: s[which] }));
  return {
    start: values[0],
    warm: afterWarmup[which],
    peak: Math.max(...values),
    end: values.at(-1)!,
    growth,
    slope: slope(tail),
    tailMin: Math.min(...tail.map((p) => p.y)),
    tailMax: Math.max(...tail.map((p) => p.y)),
  };
};
const a = figures('api');
const w = figures('worker');
const kinds = mix.figures();
const non2xx = result.non2xx;
const errors = non2xx + result.errors + result.timeouts;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const row = (name: string, f: ReturnType<typeof figures>) =>
  `| ${name} | ${f.start.toFixed(0)} | ${f.warm.toFixed(0)} | ${f.peak.toFixed(0)} | ${f.end.toFixed(0)} | ${f.growth >= 0 ? '+' : ''}${f.growth.toFixed(1)} (${((f.growth / f.warm) * 100).toFixed(1)} %) | ${f.slope.toFixed(2)} | ${verdict(f.growth <= GROWTH_GOAL)} | ${verdict(f.slope <= SLOPE_GOAL)} |`;
const span = (seconds: number) => (seconds >= 60 ? `${(seconds / 60).toFixed(0)} min` : `${seconds.toFixed(0)} s`);
const perMinute = samples
  .filter((s, i) => i === 0 || Math.floor(s.second / 60) !== Math.floor(samples[i - 1].second / 60))
  .map((s) => `${(s.second / 60).toFixed(0)} min ${s.api.toFixed(0)}/${s.worker.toFixed(0)}`)
  .join(', ');
const notes: string[] = [];
for (const [name, f] of [
  ['API', a],
  ['worker', w],
] as const) {
  if (f.growth > GROWTH_GOAL || f.slope > SLOPE_GOAL)
    notes.push(
      `${name}: RSS ${f.growth > GROWTH_GOAL ? 'grew beyond the bound' : 'rose at the end'} after the warm-up (${f.growth >= 0 ? '+' : ''}${f.growth.toFixed(1)} MiB; ${f.slope.toFixed(2)} MiB/min over the last ${span(SLOPE_WINDOW_SECONDS)}, in which it moved between ${f.tailMin.toFixed(0)} and ${f.tailMax.toFixed(0)} MiB, peak ${f.peak.toFixed(0)} MiB over the run). The garbage collector's sawtooth, a heap that has not reached its steady size and a leak look alike over a short run; a fit over five minutes is sensitive to where the last collection fell. A heap that has not reached its steady size yet and a leak look the same over a short run; what would settle it: a longer soak (SOAK_MINUTES=60) and heap snapshots at two points (\`node --heapsnapshot-signal=SIGUSR2\`) compared by retained constructor.`,
    );
}
if (errors)
  notes.push(
    `Errors during the soak: ${
      kinds
        .filter((k) => k.non2xx)
        .map((k) => `${k.kind}: ${k.statuses}`)
        .join('; ') || `${errors} socket errors or timeouts`
    }.`,
  );
const table = `${preamble('npm run bench:soak', loadAtStart, ` (SOAK_MINUTES=${MINUTES}, autocannon -c ${CONNECTIONS} at ${RATE} req/s overall)`)}${QUICK ? ' **BENCH_QUICK run: a short soak.**' : ''}

Load: the district mix (${MIX.map(([k, wgt]) => `${k} ${wgt} %`).join(', ')}) at a fixed ${RATE} req/s for ${span(MINUTES * 60)}, as one district API client; every organization upsert is an event the worker relays and delivers to one subscribed webhook endpoint (${deliveries.toLocaleString('en')} deliveries received). Data: the demo data plus ${generated.organizations.toLocaleString('en')} organizations and ${generated.memberships.toLocaleString('en')} membership rows. API and worker as separate processes, request logging at info; RSS (\`VmRSS\`) sampled every ${SAMPLE_SECONDS} s. Requests: ${result.requests.total.toLocaleString('en')} (${result.requests.average.toFixed(0)} req/s), p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, non-2xx ${non2xx}, socket errors/timeouts ${result.errors + result.timeouts}.

| process | RSS at start MiB | after warm-up (${span(WARMUP_SECONDS)}) | peak | end | growth after warm-up MiB | slope of the last ${span(SLOPE_WINDOW_SECONDS)}, MiB/min | growth ≤ ${GROWTH_GOAL} MiB (ours) | slope ≤ ${SLOPE_GOAL} MiB/min (ours) |
|---|---|---|---|---|---|---|---|---|
${row('API', a)}
${row('worker', w)}

| goal (ours) | figure | |
|---|---|---|
| errors (non-2xx, socket errors, timeouts) = 0 | ${errors} | ${verdict(errors === 0)} |

RSS per minute (API/worker, MiB): ${perMinute}.
${notes.length ? `\n${notes.join('\n\n')}` : ''}`;
console.log(`\n${table}`);
writeSection('soak', table);
