/**
 * `npm run bench:scoring`: the scoring engine in-process on a seeded random 2,000 × 40 matrix
 * (entropy weights + min-max + weighted sum + competition ranks; then the same with 1,000 Monte
 * Carlo draws, tie-aware ranks every draw), and a whole round of 2,000 consortia through the
 * queue: the API's scoring request, the worker's job (load answers, score, write results), until
 * the round is SCORED. Goals (issue 5): ≤ 10 ms, ≤ 300 ms, ≤ 5 s. The engine's two figures are set
 * beside numpy doing the same work on the same matrix (`scoring_numpy.py`, in the same run; the
 * results must agree before either is timed): goal ≤ numpy (issue 17). Results go to BENCHMARKS.md.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { hashPassword } from '#identity';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { mulberry32, type ScoreInput, score } from '#evaluation';
import { dataSourceOptions, runMigrations } from '#platform';
import { clearQueueKeys, freePort, freshDatabase, machine, median, QUICK, ROOT, startProcess, stopProcess, writeSection } from './bench-support.js';

const ALTERNATIVES = 2_000;
const INDICATORS = 40;
const DRAWS = 1_000;
const ENGINE_RUNS = Number(process.env.BENCH_ENGINE_RUNS ?? (QUICK ? 10 : 100));
const MC_RUNS = Number(process.env.BENCH_MC_RUNS ?? (QUICK ? 2 : 15));
/**
 * Warm-up runs of the single scoring, on both sides alike. V8 compiles the engine's loops to their
 * final form only after some 100 runs in a process that has loaded the whole application (about
 * 6.5 ms a run before, 1.8 ms after); 200 measures the steady speed, as numpy's is.
 */
const ENGINE_WARMUP = Number(process.env.BENCH_ENGINE_WARMUP ?? (QUICK ? 20 : 200));
const ROUND_RUNS = Number(process.env.BENCH_ROUND_RUNS ?? (QUICK ? 1 : 5));

const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};

interface Figures {
  runs: number;
  warmup: number;
  median: number;
  p95: number;
  min: number;
  max: number;
}

const figures = (times: number[], warmup: number): Figures => ({
  runs: times.length,
  warmup,
  median: median(times),
  p95: percentile(times, 95),
  min: Math.min(...times),
  max: Math.max(...times),
});

/**
 * A seeded 2,000 × 40 matrix of non-negative values (entropy needs them): continuous columns,
 * small-integer count columns (exact ties within a column) and a constant one; every fifth is a cost.
 */
function engineInput(): ScoreInput {
  const random = mulberry32(20261122);
  const matrix = Array.from({ length: ALTERNATIVES }, () =>
    Array.from({ length: INDICATORS }, (_, j) => (j === INDICATORS - 1 ? 5 : j % 4 === 0 ? Math.floor(random() * 20) : Math.round(random() * 1e6) / 1e4)),
  );
  return {
    alternatives: matrix.map((_, i) => `c${String(i).padStart(4, '0')}`),
    criteria: Array.from({ length: INDICATORS }, (_, j) => ({ id: `i${j}`, type: j % 5 === 1 ? ('cost' as const) : ('benefit' as const) })),
    matrix,
    normalization: 'min-max',
    weighting: 'entropy',
    aggregation: 'weighted-sum',
  };
}

/** Wall time of each run, and the process's CPU time (less sensitive to other processes on a shared machine). */
function timeEngine(input: ScoreInput, warmup: number, runs: number): { times: number[]; cpu: number[]; check: string } {
  let check = '';
  for (let k = 0; k < warmup; k++) score(input);
  const times: number[] = [];
  const cpu: number[] = [];
  for (let k = 0; k < runs; k++) {
    const cpuStart = process.cpuUsage();
    const start = performance.now();
    const output = score(input);
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
    check = `ranks 1..${Math.max(...output.ranks)}, top ${input.alternatives[output.ranks.indexOf(1)]}, Σw = ${output.weights.reduce((s, w) => s + w, 0).toFixed(12)}`;
  }
  return { times, cpu, check };
}

// ── 1 and 2: the engine in-process ───────────────────────────────────────────────────────────
const loadBefore = loadavg()[0];
const input = engineInput();
const plain = timeEngine(input, ENGINE_WARMUP, ENGINE_RUNS);
console.log(`engine: median ${median(plain.times).toFixed(2)} ms (${plain.check})`);
const withMc = timeEngine({ ...input, mc: { draws: DRAWS, noise: 0.2, seed: 42 } }, 3, MC_RUNS);
console.log(`engine + ${DRAWS} draws: median ${median(withMc.times).toFixed(1)} ms`);

// ── 1 and 2 again, by numpy: the same work on the same data ─────────────────────────────────
interface NumpyPeer {
  numpy: string;
  python: string;
  weights: number[];
  scores: number[];
  ranks: number[];
  mc: { medianRank: number[]; p5: number[]; p95: number[]; countsSha256: string };
  plainMs: number[];
  plainCpuMs: number[];
  mcMs: number[];
  mcCpuMs: number[];
}
const MC = { draws: DRAWS, noise: 0.2, seed: 42 };

/**
 * Runs the numpy peer twice: first for its results only, which must agree with the engine's
 * (same weights and scores to 1e-12, the same ranks, the same Monte Carlo histogram, medians and
 * intervals), then for the times. Without python3 and numpy the row is left out with the reason.
 */
function numpyPeer(): { peer: NumpyPeer; agreement: string } | { missing: string } {
  const probe = spawnSync('python3', ['-c', 'import numpy'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0)
    return { missing: probe.error ? `python3 not found (${probe.error.message})` : `numpy not importable: ${probe.stderr.trim().split('\n').at(-1)}` };
  const dir = mkdtempSync(join(tmpdir(), 'cej-bench-numpy-'));
  try {
    const matrixFile = join(dir, 'matrix.f64');
    const flat = new Float64Array(ALTERNATIVES * INDICATORS);
    input.matrix.forEach((row, i) => flat.set(row, i * INDICATORS));
    writeFileSync(matrixFile, Buffer.from(flat.buffer)); // little-endian on x64 and arm64
    const run = (timed: boolean): NumpyPeer => {
      const job = {
        matrix: matrixFile,
        rows: ALTERNATIVES,
        columns: INDICATORS,
        directions: input.criteria.map((c) => c.type),
        mc: MC,
        warmup: timed ? ENGINE_WARMUP : 0,
        runs: timed ? ENGINE_RUNS : 0,
        mcWarmup: timed ? 3 : 0,
        mcRuns: timed ? MC_RUNS : 0,
      };
      const result = spawnSync('python3', [`${ROOT}test/bench/scoring_numpy.py`], {
        input: JSON.stringify(job),
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.status !== 0) throw new Error(`numpy peer failed: ${result.stderr || result.error?.message}`);
      return JSON.parse(result.stdout) as NumpyPeer;
    };
    const check = run(false);
    const ours = score({ ...input, mc: MC });
    const relative = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i]) / Math.max(1e-300, Math.abs(x))));
    const absolute = (a: number[], b: number[]) => Math.max(...a.map((x, i) => Math.abs(x - b[i])));
    const same = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
    const counts = new Int32Array(ALTERNATIVES * ALTERNATIVES);
    ours.mc!.rankProbabilities.forEach((row, i) => row.forEach((p, r) => (counts[i * ALTERNATIVES + r] = Math.round(p * DRAWS))));
    const countsSha256 = createHash('sha256').update(Buffer.from(counts.buffer)).digest('hex');
    const weightDiff = relative(ours.weights, check.weights);
    const scoreDiff = absolute(ours.scores, check.scores);
    const problems = [
      weightDiff > 1e-12 && `weights differ by ${weightDiff.toExponential(2)} (relative)`,
      scoreDiff > 1e-12 && `scores differ by ${scoreDiff.toExponential(2)}`,
      !same(ours.ranks, check.ranks) && 'ranks differ',
      countsSha256 !== check.mc.countsSha256 && 'Monte Carlo rank histograms differ',
      !same(ours.mc!.medianRank, check.mc.medianRank) && 'Monte Carlo median ranks differ',
      !same(
        ours.mc!.rankInterval.map((r) => r[0]),
        check.mc.p5,
      ) && 'Monte Carlo p5 ranks differ',
      !same(
        ours.mc!.rankInterval.map((r) => r[1]),
        check.mc.p95,
      ) && 'Monte Carlo p95 ranks differ',
    ].filter(Boolean);
    if (problems.length) throw new Error(`the numpy peer does not compute the same thing: ${problems.join('; ')}`);
    const agreement = `weights within ${weightDiff.toExponential(1)} (relative), scores within ${scoreDiff.toExponential(1)}, the same ${ALTERNATIVES.toLocaleString('en')} ranks, the same ${DRAWS.toLocaleString('en')}-draw rank histogram (SHA-256 of the counts) and the same median and 90 % intervals`;
    console.log(`numpy peer agrees: ${agreement}`);
    return { peer: run(true), agreement };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const numpy = numpyPeer();
if ('peer' in numpy) {
  console.log(
    `numpy ${numpy.peer.numpy}: engine median ${median(numpy.peer.plainMs).toFixed(2)} ms, + ${DRAWS} draws median ${median(numpy.peer.mcMs).toFixed(1)} ms`,
  );
} else {
  console.log(`numpy peer skipped: ${numpy.missing}`);
}

// ── 3: a whole round through the queue ───────────────────────────────────────────────────────
const DIMENSIONS = ['ENTITY_OPERATION', 'RESOURCE_SHARING', 'TALENT_CULTIVATION', 'INDUSTRY_SERVICE', 'DIGITAL_GOVERNANCE'];
type Norm = 'MIN_MAX' | 'MAX' | 'TARGET' | 'BOOLEAN' | 'GRADE';
/** 40 indicators, 8 per dimension: mostly MIN_MAX, some TARGET (with per-level targets), MAX, BOOLEAN, GRADE; 6 costs; 4 optional. */
const indicators = Array.from({ length: INDICATORS }, (_, j) => {
  const normalization: Norm =
    j % 10 === 7 ? 'TARGET' : j % 10 === 8 ? 'MAX' : j === 9 || j === 29 ? 'BOOLEAN' : j === 19 || j === 39 ? 'GRADE' : j % 10 === 3 ? 'TARGET' : 'MIN_MAX';
  const valueType = normalization === 'BOOLEAN' ? 'BOOLEAN' : normalization === 'GRADE' ? 'GRADE' : j % 3 === 0 ? 'INTEGER' : 'NUMBER';
  const target = normalization === 'TARGET' ? 50 : null;
  return {
    code: `IND_${String(j).padStart(2, '0')}`,
    name: `基准指标${j}`,
    unit: '',
    dimension: DIMENSIONS[Math.floor(j / 8)],
    direction: j % 7 === 2 && normalization !== 'BOOLEAN' && normalization !== 'GRADE' ? 'cost' : 'benefit',
    valueType,
    normalization,
    weight: 1 + (j % 4),
    required: j % 10 !== 5,
    evidenceRequired: false,
    range: { min: 0, max: 1000 },
    levels: { L1: { target }, L2: { target }, L3: { target } },
  };
});
const definition = {
  dimensions: DIMENSIONS.map((code, k) => ({ code, name: code, weight: [0.2, 0.2, 0.25, 0.25, 0.1][k] })),
  indicators,
  settings: {
    aggregation: 'WEIGHTED_SUM',
    weighting: 'COMBINED',
    alpha: 0.5,
    beta: 0.2,
    missingOptional: 'RENORMALIZE',
    cap: 1,
    grades: { method: 'PERCENTILE', bounds: [85, 60, 20] },
  },
};

/** One answer sheet: values of the indicator's type; an optional indicator is left out one time in ten. */
function answers(random: () => number): Record<string, number | boolean | string> {
  const out: Record<string, number | boolean | string> = {};
  for (const ind of indicators) {
    if (!ind.required && random() < 0.1) continue;
    if (ind.valueType === 'BOOLEAN') out[ind.code] = random() < 0.6;
    else if (ind.valueType === 'GRADE') out[ind.code] = 'ABCDE'[Math.floor(random() * 5)]!;
    else if (ind.valueType === 'INTEGER') out[ind.code] = Math.floor(random() * 30);
    else out[ind.code] = Math.round(random() * 1000) / 10;
  }
  return out;
}

const databaseName = `cej_bench_scoring_${process.pid}`;
const databaseUrl = await freshDatabase(databaseName);
const ds = new DataSource(dataSourceOptions({ url: databaseUrl, poolSize: 2, applicationName: 'bench-scoring' }));
await ds.initialize();
await runMigrations(ds);
const t0 = Date.now();
// All 2,000 in one level (park-led, L3): one comparison group of 2,000, the largest the engine sees.
await ds.query(
  `INSERT INTO consortium (name, kind, district_codes, established_on)
   SELECT '基准联合体' || lpad(i::text, 5, '0'), 'CITY', ARRAY['500118'], DATE '2023-01-01' FROM generate_series(1, $1) AS i`,
  [ALTERNATIVES],
);
await ds.query(`INSERT INTO consortium_period (consortium_id, status, tier, valid_from) SELECT id, 'ACTIVE', 'PARK_LED', DATE '2023-01-01' FROM consortium`);
const [{ id: schemeId }] = await ds.query(
  `INSERT INTO evaluation_scheme (code, version, name, definition, created_by, used_at) VALUES ('BENCH', 1, '基准考核方案', $1, 'bench', now()) RETURNING id`,
  [definition],
);
const [{ id: roundId }] = await ds.query(
  `INSERT INTO evaluation_round (code, scheme_id, status, period_start, period_end, deadline) VALUES ('2026Q3', $1, 'CLOSED', '2026-07-01', '2026-09-30', '2026-10-15T23:59:59+08:00') RETURNING id`,
  [schemeId],
);
const consortiumIds: string[] = (await ds.query(`SELECT id FROM consortium ORDER BY name`)).map((r: { id: string }) => r.id);
const random = mulberry32(7);
await ds.query(
  `INSERT INTO answer_sheet (round_id, consortium_id, status, answers, comments, submitted_at, decided_at)
   SELECT $1, c, 'ACCEPTED', a, '[]', '2026-10-10T12:00:00+08:00', '2026-10-12T12:00:00+08:00' FROM unnest($2::uuid[], $3::jsonb[]) AS t(c, a)`,
  [roundId, consortiumIds, consortiumIds.map(() => JSON.stringify(answers(random)))],
);
const hash = await hashPassword('bench-password-123');
const [{ id: userId }] = await ds.query(`INSERT INTO app_user (username, display_name, password_hash) VALUES ('bench.taskforce', 'bench', $1) RETURNING id`, [
  hash,
]);
await ds.query(`INSERT INTO user_role_binding (user_id, role) VALUES ($1, 'taskforce')`, [userId]);
await ds.query('ANALYZE');
console.log(`round data: ${ALTERNATIVES} consortia, ${INDICATORS} indicators, ${ALTERNATIVES} accepted sheets in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

const env = {
  DATABASE_URL: databaseUrl,
  REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
  LOG_LEVEL: 'warn',
  MIGRATIONS_RUN: 'false',
  JWT_SECRET: 'bench-secret-bench-secret-bench-secret-0',
  QUEUE_PREFIX: `bench-scoring-${process.pid}-${Date.now()}`,
};

interface Phases {
  loadMs: number;
  scoreMs: number;
  writeMs: number;
}

/** The worker, with its JSON log on a pipe: the handler's "round scored" line carries its phases. */
function startWorker(): { child: ChildProcess; phases: Phases[] } {
  const child = spawn(process.execPath, [`${ROOT}dist/apps/worker/src/main.js`], {
    env: { ...process.env, ...env, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const phases: Phases[] = [];
  let buffered = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString('utf8');
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) {
      if (!line.includes('"round scored"')) continue;
      const entry = JSON.parse(line) as Partial<Phases>;
      if (entry.loadMs !== undefined) phases.push({ loadMs: entry.loadMs, scoreMs: entry.scoreMs!, writeMs: entry.writeMs! });
    }
  });
  return { child, phases };
}

const PORT = await freePort();
const api = await startProcess('dist/apps/api/src/main.js', env, PORT);
const worker = startWorker();
const base = `http://127.0.0.1:${PORT}`;
const rounds: { seconds: number; digest: string; revision: number }[] = [];
try {
  const login = await fetch(`${base}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'bench.taskforce', password: 'bench-password-123' }),
  });
  const token = ((await login.json()) as { accessToken: string }).accessToken;
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  // The first scoring is the warm-up (worker JIT, connections); each later one is a new revision of the same round.
  for (let k = 0; k <= ROUND_RUNS; k++) {
    const start = performance.now();
    const res = await fetch(`${base}/api/v1/evaluation/rounds/${roundId}/scoring`, { method: 'POST', headers, body: '{}' });
    if (res.status !== 202) throw new Error(`scoring request: HTTP ${res.status} ${await res.text()}`);
    for (;;) {
      await new Promise((r) => setTimeout(r, 25));
      const s = (await (await fetch(`${base}/api/v1/evaluation/rounds/${roundId}/scoring`, { headers })).json()) as {
        status: string;
        digest: string;
        revision: number;
        phase: string;
      };
      if (s.status === 'FAILED') throw new Error(`scoring failed: ${s.phase}`);
      if (s.status === 'DONE') {
        rounds.push({ seconds: (performance.now() - start) / 1000, digest: s.digest, revision: s.revision });
        break;
      }
      if (performance.now() - start > 120_000) throw new Error('scoring did not finish in 2 minutes');
    }
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM round_result WHERE round_id = $1 AND revision = $2`, [roundId, rounds.at(-1)!.revision]);
    if (n !== ALTERNATIVES) throw new Error(`revision ${rounds.at(-1)!.revision} has ${n} results, expected ${ALTERNATIVES}`);
    console.log(`round scoring ${k === 0 ? '(warm-up) ' : ''}revision ${rounds.at(-1)!.revision}: ${rounds.at(-1)!.seconds.toFixed(2)} s`);
  }
} finally {
  await stopProcess(api);
  await stopProcess(worker.child);
  console.log(`removed ${await clearQueueKeys(env.QUEUE_PREFIX)} Redis keys of queue prefix ${env.QUEUE_PREFIX}`);
  await ds.destroy();
  // Only the database this run created.
  const admin = new pg.Client({ connectionString: process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`);
  await admin.end();
}

const measured = rounds.slice(1);
const roundFigures = figures(
  measured.map((r) => r.seconds * 1000),
  1,
);
const phases = worker.phases.slice(1);
const digests = new Set(rounds.map((r) => r.digest));

// ── report ───────────────────────────────────────────────────────────────────────────────────
const ms = (x: number) => (x < 20 ? x.toFixed(2) : x.toFixed(0));
const engineFigures = figures(plain.times, ENGINE_WARMUP);
const mcFigures = figures(withMc.times, 3);
const row = (name: string, f: Figures, cpu: number[] | null, goal: number, unit: 'ms' | 's') => {
  const show = (x: number) => (unit === 's' ? `${(x / 1000).toFixed(2)} s` : `${ms(x)} ms`);
  return `| ${name} | ${f.warmup} + ${f.runs} | ${show(f.median)} | ${show(f.p95)} | ${show(f.min)}–${show(f.max)} | ${cpu ? show(median(cpu)) : '—'} | ≤ ${unit === 's' ? `${goal / 1000} s` : `${goal} ms`} | ${f.median <= goal ? 'met' : '**missed**'} |`;
};
const loadAfter = loadavg()[0];
const peerSection = (() => {
  if (!('peer' in numpy))
    return `Peer: numpy — **not measured** in this run: ${numpy.missing} (install python3 and numpy, e.g. \`apt-get install python3-numpy\`, and run again).`;
  const { peer } = numpy;
  const versus = (name: string, ours: number[], oursCpu: number[], theirs: number[], theirsCpu: number[], extra = '') => {
    const [a, b] = [median(ours), median(theirs)];
    return `| ${name} | ${ms(a)} ms (CPU ${ms(median(oursCpu))} ms) | ${ms(b)} ms (CPU ${ms(median(theirsCpu))} ms) | ${(a / b).toFixed(2)} × | ≤ numpy${extra} | ${a <= b ? 'met' : '**missed**'} |`;
  };
  return `Peer, in the same run on the same matrix: numpy ${peer.numpy} (Python ${peer.python}, \`test/bench/scoring_numpy.py\`: vectorised min-max, entropy and weighted sum, a matrix product for all ${DRAWS.toLocaleString('en')} draws at once, one argsort per draw with the tie rule applied to any run of neighbours that tie, a bincount histogram, the same mulberry32 stream). Before timing, the two agreed: ${numpy.agreement}. numpy's BLAS may use both cores (CPU time above wall time); the engine uses one.

| measurement (median) | engine (Node ${process.versions.node}) | numpy | engine / numpy | goal | |
|---|---|---|---|---|---|
${versus(`${ALTERNATIVES.toLocaleString('en')} × ${INDICATORS}: min-max + entropy + weighted sum + ranks`, plain.times, plain.cpu, peer.plainMs, peer.plainCpuMs)}
${versus(`+ ${DRAWS.toLocaleString('en')} Monte Carlo draws with tie-aware ranks`, withMc.times, withMc.cpu, peer.mcMs, peer.mcCpuMs)}
| the same, moonshot | ${ms(median(withMc.times))} ms | | | ≤ 120 ms | ${median(withMc.times) <= 120 ? 'met' : '**missed**'} |`;
})();
const phaseLine = phases.length
  ? `Worker phases of the measured rounds (median, from the handler's log): load ${median(phases.map((p) => p.loadMs)).toFixed(0)} ms, score ${median(phases.map((p) => p.scoreMs)).toFixed(0)} ms, write ${median(phases.map((p) => p.writeMs)).toFixed(0)} ms; the rest is the request, the outbox relay, the queue, the commit and the polling (every 25 ms).`
  : 'Worker phases: not reported by the worker.';
const table = `Machine: ${machine()}; 1-minute load average ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end${loadBefore > 0.5 ? ' (the machine was shared with other work when the run started)' : ''}. Command: \`npm run bench:scoring\`. Measured ${new Date().toISOString().slice(0, 10)}.

Engine: \`score()\` of \`#evaluation\` — \`scoreAlternatives\`, the engine a round's scoring runs — (validation, min-max, entropy weights, weighted sum, competition ranks with the tie rule, output arrays), in-process, on a seeded random ${ALTERNATIVES.toLocaleString('en')} × ${INDICATORS} matrix (continuous, small-integer and constant columns, a fifth of them costs); Monte Carlo: ${DRAWS.toLocaleString('en')} draws, δ = 0.2, ranks every draw, with the histograms and the output. Round: ${ALTERNATIVES.toLocaleString('en')} listed consortia in one level, a scheme of ${INDICATORS} indicators (MIN_MAX, TARGET, MAX, BOOLEAN, GRADE; costs; optional ones missing on some sheets; COMBINED weights; the job's 500 draws), ${ALTERNATIVES.toLocaleString('en')} accepted sheets; from \`POST …/rounds/:id/scoring\` as the task force to \`GET …/scoring\` answering DONE (round SCORED), with the worker as a separate process and a queue prefix of its own; each run is a new revision of the same round, the first one the warm-up. Every revision gave the same digest: ${digests.size === 1 ? 'yes' : `**no** (${digests.size} digests)`}.

| measurement | warm-up + runs | median | p95 | min–max | CPU time (median) | goal (median) | |
|---|---|---|---|---|---|---|---|
${row(`engine, ${ALTERNATIVES.toLocaleString('en')} × ${INDICATORS}: entropy + min-max + weighted sum + ranks`, engineFigures, plain.cpu, 10, 'ms')}
${row(`the same + ${DRAWS.toLocaleString('en')} Monte Carlo draws (ranks every draw)`, mcFigures, withMc.cpu, 300, 'ms')}
${row(`a round of ${ALTERNATIVES.toLocaleString('en')} consortia through the queue (request to SCORED)`, roundFigures, null, 5000, 's')}

${phaseLine}

${peerSection}`;
console.log(`\n${table}`);
writeSection('scoring', table);
