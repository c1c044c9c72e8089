/**
 * `npm run bench:district`: the API under the traffic of district systems, 100 connections with
 * autocannon, a weighted mix (see `district-load.ts`) as one district's API client with a
 * client-credentials token: published rankings, members of a consortium as of a date, change-feed
 * polling and organization upserts (creates, and updates with If-Match). Data: the demo data
 * plus the registry bench's generated registry. Goals (ours; the issue names none): no errors
 * (every answer 2xx, no socket errors or timeouts) and the overall p99 ≤ 500 ms.
 */
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
  median,
  preamble,
  QUICK,
  spread,
  startApps,
  stopProcess,
  writeSection,
} from './bench-support.js';
import { DistrictMix, type KindFigures, MIX } from './district-load.js';
import { generateRegistry } from './registry-data.js';

const CONNECTIONS = 100;
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 5 : 30));
const WARMUP = QUICK ? 2 : 5;
const SIZE = QUICK ? { organizations: 10_000, consortia: 200, rowsPerConsortium: 100 } : { organizations: 100_000, consortia: 2_000, rowsPerConsortium: 500 };
const P99_GOAL = 500;

const loadAtStart = loadavg()[0];
const database = await benchDatabase('district');
const ds = await openDataSource(database.url, 'bench-district');
await runMigrations(ds);
await seedDemoData(ds);
const generated = await generateRegistry(ds, SIZE);
console.log(
  `demo data + ${generated.organizations} organizations, ${generated.memberships} membership rows in ${generated.seconds.toFixed(1)} s${QUICK ? ' (BENCH_QUICK: reduced sizes)' : ''}`,
);
await addUser(ds, 'bench.admin', 'admin');
const consortiumIds: string[] = (await ds.query(`SELECT id FROM consortium WHERE name LIKE '基准联合体%'`)).map((r: { id: string }) => r.id);
await ds.destroy();

const { api, worker, base, queuePrefix } = await startApps(database, 'district');

interface Round {
  rps: number;
  p50: number;
  p99: number;
  socketErrors: number;
  non2xx: number;
  kinds: KindFigures[];
}

const rounds: Round[] = [];
let service = new Map<string, number>();
let roundIds: string[];
let renew: NodeJS.Timeout | undefined;
try {
  const admin = await login(base, 'bench.admin');
  const district = await districtClient(base, admin, '500118');
  roundIds = ((await (await fetch(`${base}/api/v1/evaluation/rankings`)).json()) as { items: { id: string }[] }).items.map((r) => r.id);
  if (!roundIds.length) throw new Error('no published ranking in the demo data');
  const head = Number(
    ((await (await fetch(`${base}/api/v1/changes/head`, { headers: { authorization: `Bearer ${admin}` } })).json()) as { cursor: string }).cursor,
  );
  const mix = new DistrictMix(roundIds, consortiumIds, head);
  mix.token = await district.token();
  renew = setInterval(() => void district.token().then((t) => (mix.token = t)), 5 * 60_000);
  await mix.prime(base, 200);
  service = await mix.serviceTimes(base, QUICK ? 10 : 50);
  console.log(`one request at a time (median ms): ${[...service].map(([k, ms]) => `${k} ${ms.toFixed(1)}`).join(', ')}`);

  const run = (duration: number) => autocannon({ url: base, connections: CONNECTIONS, pipelining: 1, duration, requests: [mix.request()] });
  await run(WARMUP);
  for (let k = 0; k < ROUNDS; k++) {
    mix.reset();
    const result = await run(DURATION);
    const round = {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      socketErrors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      kinds: mix.figures(),
    };
    rounds.push(round);
    console.log(
      `round ${k + 1}: ${round.rps.toFixed(0)} req/s, p50 ${round.p50} ms, p99 ${round.p99} ms, socket errors ${round.socketErrors}, non-2xx ${round.non2xx}`,
    );
    for (const f of round.kinds)
      console.log(
        `  ${f.kind.padEnd(8)} ${String(f.count).padStart(6)} requests, p50 ${f.p50.toFixed(1)} ms, p99 ${f.p99.toFixed(1)} ms, statuses ${f.statuses}`,
      );
  }
} finally {
  if (renew) clearInterval(renew);
  await stopProcess(api);
  await stopProcess(worker);
  console.log(`removed ${await clearQueueKeys(queuePrefix)} Redis keys of queue prefix ${queuePrefix}`);
  await database.drop();
}

const errors = rounds.reduce((n, r) => n + r.socketErrors + r.non2xx, 0);
const p99 = median(rounds.map((r) => r.p99));
const rps = median(rounds.map((r) => r.rps));
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');
const kindRows = MIX.map(([kind, weight]) => {
  const of = rounds.map((r) => r.kinds.find((f) => f.kind === kind)!);
  return `| ${kind === 'rankings' ? 'published ranking of a round' : kind === 'members' ? 'members of a consortium as of a date' : kind === 'feed' ? 'change feed poll (limit 100)' : kind === 'create' ? 'organization PUT, new (201)' : 'organization PUT with If-Match (200)'} | ${weight} % | ${spread(of.map((f) => f.count / DURATION))} | ${spread(
    of.map((f) => f.p50),
    1,
  )} | ${spread(
    of.map((f) => f.p99),
    1,
  )} | ${of.reduce((n, f) => n + f.non2xx, 0)} | ${service.get(kind)?.toFixed(1) ?? '—'} |`;
}).join('\n');
const notes: string[] = [];
if (errors > 0) {
  const statuses = rounds.flatMap((r) => r.kinds.filter((f) => f.non2xx > 0).map((f) => `${f.kind}: ${f.statuses}`));
  notes.push(`Errors: ${statuses.join('; ') || `${errors} socket errors or timeouts`}. Every answer must be 2xx; each error is a finding to fix, not load.`);
}
if (p99 > P99_GOAL) {
  notes.push(
    `p99 above ${P99_GOAL} ms: with ${CONNECTIONS} connections always busy, the mean latency is ${CONNECTIONS} / throughput (Little's law: ${((CONNECTIONS / rps) * 1000).toFixed(0)} ms at ${rps.toFixed(0)} req/s), and the tail is that times the spread of the slowest kind. The load generator, the API, the worker and PostgreSQL share the two cores. What would meet it: more throughput per request kind that dominates the tail (see the table), a second API process on a machine with more cores, or district clients limited to fewer concurrent connections (a district system polls, it does not need 100).`,
  );
}
const table = `${preamble('npm run bench:district', loadAtStart, ` (autocannon -c ${CONNECTIONS} -p 1, ${ROUNDS} rounds of ${DURATION} s after a ${WARMUP} s warm-up; median [min–max] over the rounds)`)}${QUICK ? ' **BENCH_QUICK run: reduced sizes and durations.**' : ''}

Data: the demo data (${roundIds.length} published rankings) plus ${generated.organizations.toLocaleString('en')} organizations, ${generated.memberships.toLocaleString('en')} membership rows and ${SIZE.consortia.toLocaleString('en')} consortia of district 500118 (the registry bench's generator). Caller: one district API client (500118) with a client-credentials token; API and worker as separate processes, request logging at info. Upserts create organizations of the district and update them with the ETag of their last answer (an organization is never updated by two connections at once); feed polls follow 100 cursors near the head. "Alone": the median of ${QUICK ? 10 : 50} requests of the kind sent one at a time before the load, what one request costs the server without queueing.

| request | share | req/s | p50 ms | p99 ms | non-2xx | alone, p50 ms |
|---|---|---|---|---|---|---|
${kindRows}
| **all** | 100 % | ${spread(rounds.map((r) => r.rps))} | ${spread(rounds.map((r) => r.p50))} | ${spread(rounds.map((r) => r.p99))} | ${rounds.reduce((n, r) => n + r.non2xx, 0)} (+ ${rounds.reduce((n, r) => n + r.socketErrors, 0)} socket errors/timeouts) | |

| goal (ours) | figure | |
|---|---|---|
| errors (non-2xx, socket errors, timeouts) = 0 | ${errors} | ${verdict(errors === 0)} |
| overall p99 ≤ ${P99_GOAL} ms | ${p99} ms | ${verdict(p99 <= P99_GOAL)} |
${notes.length ? `\n${notes.join('\n\n')}` : ''}`;
console.log(`\n${table}`);
writeSection('district', table);
