/**
 * `npm run bench`: every benchmark in sequence, each in a process of its own that builds its own
 * database, starts the API (and worker) and rewrites its section of BENCHMARKS.md.
 * `npm run bench -- --only=district,soak` (or `BENCH_ONLY=…`) runs some of them;
 * `--quick` (or `BENCH_QUICK=1`) runs them small and short to check the harness, leaving
 * BENCHMARKS.md alone. Expects `dist/` to be built (the npm script builds once first).
 */
import { spawn } from 'node:child_process';
import { loadavg } from 'node:os';
import { ROOT } from './bench-support.js';

const BENCHES = ['http', 'registry', 'scoring', 'webhooks', 'district', 'soak', 'board', 'supply-demand'] as const;

const arg = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
const only = (arg('only') ?? process.env.BENCH_ONLY ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const unknown = only.filter((name) => !(BENCHES as readonly string[]).includes(name));
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(', ')} (known: ${BENCHES.join(', ')})`);
  process.exit(2);
}
const quick = process.argv.includes('--quick') || process.env.BENCH_QUICK === '1';
const selected = BENCHES.filter((name) => !only.length || only.includes(name));

console.log(
  `benches: ${selected.join(', ')}${quick ? ' — BENCH_QUICK: small sizes, short runs, BENCHMARKS.md not rewritten' : ''}; 1-minute load average ${loadavg()[0].toFixed(1)}`,
);
const outcomes: { name: string; seconds: number; code: number | null }[] = [];
for (const name of selected) {
  console.log(`\n━━ bench:${name} ━━`);
  const start = performance.now();
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [`${ROOT}dist/test/bench/${name}.bench.js`], {
      env: { ...process.env, ...(quick ? { BENCH_QUICK: '1' } : {}) },
      stdio: 'inherit',
    });
    child.on('exit', (exitCode) => resolve(exitCode));
  });
  outcomes.push({ name, seconds: (performance.now() - start) / 1000, code });
}

console.log('\n━━ summary ━━');
for (const o of outcomes) console.log(`bench:${o.name.padEnd(9)} ${o.code === 0 ? 'done  ' : `FAILED (exit ${o.code})`} ${(o.seconds / 60).toFixed(1)} min`);
console.log(`total ${(outcomes.reduce((s, o) => s + o.seconds, 0) / 60).toFixed(1)} min`);
if (outcomes.some((o) => o.code !== 0)) process.exitCode = 1;
