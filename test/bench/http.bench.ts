/**
 * `npm run bench:http`: the project's simple DB-read endpoint (GET /api/v1/industry-clusters,
 * the full Nest stack: Fastify adapter, pino request logging, validation pipe, TypeORM) against a
 * raw Fastify + `pg` script doing the same query, side by side with autocannon (-c 100 -p 1).
 * Runs alternate between the two, several rounds each, after a warm-up; medians and spread go
 * to stdout and to BENCHMARKS.md. Goals: ≥ 80 % of the raw throughput, p99 ≤ 1.5 × the raw p99.
 */
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { runMigrations } from '#platform';
import { openDataSource } from '../../scripts/data-source.js';
import { seedDemoData } from '../../seeds/demo-data.js';
import { benchDatabase, clearQueueKeys, freePort, median, preamble, QUICK, startProcess, stopProcess, writeSection } from './bench-support.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? (QUICK ? 1 : 3));
const DURATION = Number(process.env.BENCH_DURATION ?? (QUICK ? 3 : 10));
const CONNECTIONS = 100;
const PATH = '/api/v1/industry-clusters';

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(port: number, duration: number): Promise<Sample> {
  const result = await autocannon({ url: `http://127.0.0.1:${port}${PATH}`, connections: CONNECTIONS, pipelining: 1, duration });
  return {
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

const loadAtStart = loadavg()[0];
const database = await benchDatabase('http');
const databaseUrl = database.url;
const ds = await openDataSource(databaseUrl, 'bench');
await runMigrations(ds);
await seedDemoData(ds);
await ds.destroy();

const env = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  LOG_LEVEL: 'info',
  MIGRATIONS_RUN: 'false',
  DATABASE_POOL_SIZE: '10',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0',
  QUEUE_PREFIX: `bench-http-${process.pid}`,
};
const PROJECT_PORT = await freePort();
const project = await startProcess('dist/apps/api/src/main.js', env, PROJECT_PORT);
const RAW_PORT = await freePort();
const raw = await startProcess('dist/test/bench/raw-fastify-pg.js', env, RAW_PORT);

const samples: Record<'project' | 'raw', Sample[]> = { project: [], raw: [] };
try {
  await load(PROJECT_PORT, 3);
  await load(RAW_PORT, 3);
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate the order so neither side always runs on a warmer machine.
    const order = round % 2 === 0 ? (['project', 'raw'] as const) : (['raw', 'project'] as const);
    for (const side of order) {
      const sample = await load(side === 'project' ? PROJECT_PORT : RAW_PORT, DURATION);
      samples[side].push(sample);
      console.log(
        `round ${round + 1} ${side}: ${sample.rps.toFixed(0)} req/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms, errors ${sample.errors}, non-2xx ${sample.non2xx}`,
      );
    }
  }
} finally {
  await stopProcess(project);
  await stopProcess(raw);
  console.log(`removed ${await clearQueueKeys(env.QUEUE_PREFIX)} Redis keys of queue prefix ${env.QUEUE_PREFIX}`);
  await database.drop();
}

const summary = (xs: Sample[]) => ({
  rps: median(xs.map((s) => s.rps)),
  rpsMin: Math.min(...xs.map((s) => s.rps)),
  rpsMax: Math.max(...xs.map((s) => s.rps)),
  p50: median(xs.map((s) => s.p50)),
  p99: median(xs.map((s) => s.p99)),
  p99Min: Math.min(...xs.map((s) => s.p99)),
  p99Max: Math.max(...xs.map((s) => s.p99)),
  errors: xs.reduce((n, s) => n + s.errors + s.non2xx, 0),
});
const p = summary(samples.project);
const r = summary(samples.raw);
const throughputRatio = p.rps / r.rps;
const p99Ratio = p.p99 / r.p99;
const verdict = (ok: boolean) => (ok ? 'met' : '**missed**');

const table = `${preamble('npm run bench:http', loadAtStart, ` (autocannon -c ${CONNECTIONS} -p 1, ${ROUNDS} alternating rounds of ${DURATION} s after a 3 s warm-up each; median [min–max])`)}

| side | req/s | p50 ms | p99 ms | errors |
|---|---|---|---|---|
| project (Nest + Fastify + TypeORM, request logging on) | ${p.rps.toFixed(0)} [${p.rpsMin.toFixed(0)}–${p.rpsMax.toFixed(0)}] | ${p.p50} | ${p.p99} [${p.p99Min}–${p.p99Max}] | ${p.errors} |
| raw Fastify + pg | ${r.rps.toFixed(0)} [${r.rpsMin.toFixed(0)}–${r.rpsMax.toFixed(0)}] | ${r.p50} | ${r.p99} [${r.p99Min}–${r.p99Max}] | ${r.errors} |

| goal | figure | |
|---|---|---|
| throughput ≥ 80 % of raw | ${(throughputRatio * 100).toFixed(1)} % | ${verdict(throughputRatio >= 0.8)} |
| p99 ≤ 1.5 × raw p99 | ${p99Ratio.toFixed(2)} × | ${verdict(p99Ratio <= 1.5)} |`;

console.log(`\n${table}`);
writeSection('http', table);
