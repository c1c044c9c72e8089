/**
 * `npm run bench:supply-demand`: 供需对接 at the city's scale (issue goals): 100,000 organizations,
 * 50,000 programs (专业布点), 20,000 open demands, then
 * 1. matching one newly published demand (the matching job's work: candidates, explainable scores,
 *    matches and push events, in one transaction — the use case the worker runs), p95 ≤ 50 ms;
 * 2. publishing 1,000 demands at once over the API: every one matched and pushed through the queue
 *    by the worker, ≤ 30 s from the first request;
 * 3. the demand hall search over the API (kind, cluster, district, words of the title), p95 ≤ 50 ms.
 * `SD_BENCH_SCALE` (e.g. 0.02) shrinks every count; `BENCH_QUICK=1` runs at 0.02 and leaves
 * BENCHMARKS.md alone. The bench's database and its Redis keys are removed at the end.
 */
import { loadavg } from 'node:os';
import { OutboxPublisher, runMigrations } from '#platform';
import { MatchDemandCommand, MatchDemandUseCase, SupplyDemandRepository } from '#supply-demand';
import { openDataSource } from '../../scripts/data-source.js';
import { addUser, benchDatabase, clearQueueKeys, login, percentile, preamble, QUICK, startApps, stopProcess, writeSection } from './bench-support.js';

const SCALE = Number(process.env.SD_BENCH_SCALE ?? (QUICK ? 0.02 : 1));
const ORGS = Math.round(100_000 * SCALE);
const PROGRAMS = Math.round(50_000 * SCALE);
const OPEN_DEMANDS = Math.round(20_000 * SCALE);
const PUBLISH = Math.max(10, Math.round(1_000 * Math.min(1, SCALE * 5)));
const SAMPLES = QUICK ? 50 : 200;
const GOALS = { matchP95: 50, publishAllS: 30, hallP95: 50 };
const CLUSTERS = ['ICV-NEV', 'EIM', 'ADV-MAT', 'SMART-EQ', 'SOFTWARE', 'IC', 'BIOMED', 'FILM-TECH', 'MOD-SERV', 'MOD-AGRI'];
const DISTRICTS = [
  '500101',
  '500102',
  '500103',
  '500104',
  '500105',
  '500106',
  '500107',
  '500108',
  '500109',
  '500110',
  '500112',
  '500113',
  '500115',
  '500116',
  '500117',
  '500118',
  '500154',
  '500240',
];

const loadAtStart = loadavg()[0];
const database = await benchDatabase('supply_demand');
let apps: Awaited<ReturnType<typeof startApps>> | undefined;
try {
  const ds = await openDataSource(database.url, 'bench-supply-demand');
  await runMigrations(ds);
  const t0 = performance.now();
  await ds.query(`INSERT INTO industry_cluster (code, name, category) SELECT c, '基准集群 ' || c, 'OTHER' FROM unnest($1::text[]) c`, [CLUSTERS]);
  // A third of the organizations are schools or institutes (the suppliers), the rest firms and parks.
  await ds.query(
    `INSERT INTO organization (uscc, name, type, district_code)
     SELECT 'B' || lpad(i::text, 17, '0'), '基准单位' || i, (ARRAY['SCHOOL', 'RESEARCH_INSTITUTE', 'ENTERPRISE', 'ENTERPRISE', 'PARK', 'ENTERPRISE'])[1 + i % 6],
            ($2::text[])[1 + (i * 7) % cardinality($2::text[])]
       FROM generate_series(1, $1::int) i`,
    [ORGS, DISTRICTS],
  );
  await ds.query(
    `WITH s AS (SELECT id, district_code, row_number() OVER (ORDER BY id) AS n FROM organization WHERE type IN ('SCHOOL', 'RESEARCH_INSTITUTE')),
          k AS (SELECT count(*) AS total FROM s)
     INSERT INTO sd_program (organization_id, code, name, level, year, enrolment, graduates, cluster_codes, district_code)
     SELECT s.id, lpad((460000 + (i * 37) % 400)::text, 6, '0'), '基准专业' || i, 'HIGHER_VOCATIONAL', 2026 + i / ($1::int + 1), 40 + i % 120, 35 + i % 100,
            CASE WHEN i % 3 = 0 THEN ARRAY[($2::text[])[1 + i % 10], ($2::text[])[1 + (i / 10) % 10]] ELSE ARRAY[($2::text[])[1 + i % 10]] END,
            s.district_code
       FROM generate_series(1, $1::int) i, k JOIN s ON true WHERE s.n = 1 + (i * 13) % k.total
     ON CONFLICT DO NOTHING`,
    [PROGRAMS, CLUSTERS],
  );
  const demandSql = (status: string) => `
     WITH p AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM organization WHERE type = 'ENTERPRISE'), k AS (SELECT count(*) AS total FROM p)
     INSERT INTO sd_demand (kind, title, publisher_organization_id, cluster_codes, district_codes, program_codes, visibility, status, details, valid_from, published_at, created_by)
     SELECT (ARRAY['TALENT', 'PROGRAM', 'TECHNOLOGY', 'OVERSEAS'])[1 + i % 4], '基准需求' || i || (ARRAY['新能源汽车', '电子信息', '先进材料', '智能制造'])[1 + i % 4] || '技术攻关',
            p.id, ARRAY[($2::text[])[1 + i % 10]], ARRAY[($3::text[])[1 + (i * 5) % cardinality($3::text[])]],
            CASE WHEN i % 4 = 1 THEN ARRAY[lpad((460000 + (i * 37) % 400)::text, 6, '0')] ELSE '{}' END,
            'PUBLIC', '${status}', '{}', '2026-01-01', ${status === 'DRAFT' ? 'NULL' : `now() - (i || ' seconds')::interval`}, 'bench'
       FROM generate_series(1, $1::int) i, k JOIN p ON true WHERE p.n = 1 + (i * 11) % k.total`;
  await ds.query(demandSql('PUBLISHED'), [OPEN_DEMANDS, CLUSTERS, DISTRICTS]);
  await ds.query(`ANALYZE`);
  const [{ programs }] = await ds.query(`SELECT count(*)::int AS programs FROM sd_program`);
  const seededS = (performance.now() - t0) / 1000;

  // 1. Matching one newly published demand, as the job runs it (rolled back, so every sample sees the same data).
  const match = new MatchDemandUseCase(new SupplyDemandRepository(), new OutboxPublisher());
  const sample: { id: string }[] = await ds.query(`SELECT id FROM sd_demand ORDER BY md5(id::text) LIMIT $1`, [SAMPLES]);
  const matchMs: number[] = [];
  const pushed: number[] = [];
  for (const { id } of sample) {
    const qr = ds.createQueryRunner();
    await qr.connect();
    await qr.startTransaction();
    const start = performance.now();
    const ranked = await match.executeIn(qr.manager, new MatchDemandCommand({ type: 'system', id: 'bench', name: 'bench' }, id));
    matchMs.push(performance.now() - start);
    pushed.push(ranked.length);
    await qr.rollbackTransaction();
    await qr.release();
  }

  // 2. Publishing PUBLISH drafts at once over the API; the worker matches each through the queue.
  await ds.query(demandSql('DRAFT').replace("'基准需求' || i", "'基准草稿' || i"), [PUBLISH, CLUSTERS, DISTRICTS]);
  const drafts: { id: string }[] = await ds.query(`SELECT id FROM sd_demand WHERE status = 'DRAFT'`);
  await addUser(ds, 'bench-taskforce', 'taskforce');
  apps = await startApps(database, 'supply-demand', 'warn');
  const token = await login(apps.base, 'bench-taskforce');
  const headers = { authorization: `Bearer ${token}` };
  const publishStart = performance.now();
  const statuses: number[] = [];
  for (let i = 0; i < drafts.length; i += 50) {
    const batch = drafts.slice(i, i + 50);
    statuses.push(
      ...(await Promise.all(
        batch.map((d) => fetch(`${apps!.base}/api/v1/supply-demand/demands/${d.id}/publication`, { method: 'POST', headers }).then((r) => r.status)),
      )),
    );
  }
  const requestsS = (performance.now() - publishStart) / 1000;
  if (statuses.some((s) => s !== 200))
    throw new Error(
      `publication refused: ${statuses
        .filter((s) => s !== 200)
        .slice(0, 5)
        .join(', ')}`,
    );
  let matched = 0;
  while (performance.now() - publishStart < 300_000) {
    [{ matched }] = await ds.query(
      `SELECT count(*)::int AS matched FROM outbox_consumption c JOIN outbox_event e ON e.event_id = c.event_id
        WHERE c.consumer = 'supply-demand.match-demand' AND e.aggregate_id = ANY($1::text[])`,
      [drafts.map((d) => d.id)],
    );
    if (matched >= drafts.length) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  const allPushedS = (performance.now() - publishStart) / 1000;
  const [{ events }] = await ds.query(`SELECT count(*)::int AS events FROM outbox_event WHERE type = 'supply-demand.demand.matched'`);

  // 3. The demand hall over the API: filters a reader would combine.
  const hallMs: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    const q = new URLSearchParams({ limit: '20' });
    if (i % 2 === 0) q.set('clusterCode', CLUSTERS[i % CLUSTERS.length]);
    if (i % 3 === 0) q.set('districtCode', DISTRICTS[i % DISTRICTS.length]);
    if (i % 4 === 0) q.set('kind', ['TALENT', 'TECHNOLOGY'][i % 2]);
    if (i % 5 === 0) q.set('q', ['新能源', '电子信息', '材料', '智能制造'][i % 4]);
    const start = performance.now();
    const res = await fetch(`${apps.base}/api/v1/supply-demand/demands?${q.toString()}`, { headers });
    await res.arrayBuffer();
    hallMs.push(performance.now() - start);
    if (res.status !== 200) throw new Error(`hall: HTTP ${res.status}`);
  }
  await ds.destroy();

  const p95 = (xs: number[]) => percentile(xs, 95);
  const ok = (good: boolean) => (good ? 'met' : '**missed**');
  const body = `
## 供需对接 (\`npm run bench:supply-demand\`)

Goals: at 100,000 organizations, 50,000 programs and 20,000 open demands, matching one newly
published demand p95 ≤ 50 ms; 1,000 demands published at once all matched and pushed through the
queue ≤ 30 s; the demand hall search p95 ≤ 50 ms. Matching is timed in process around the use case
the worker's job runs (candidates, explainable scores, match rows and one push event per supplier,
in one transaction, rolled back after each sample); publishing and the hall over HTTP against the
compiled API and worker.

${preamble('npm run bench:supply-demand', loadAtStart, `; scale ${SCALE} (SD_BENCH_SCALE)`)}

| figure | measured | goal | |
|---|---|---|---|
| data | ${ORGS} organizations, ${programs} programs, ${OPEN_DEMANDS} open demands (seeded in ${seededS.toFixed(1)} s) | 100,000 / 50,000 / 20,000 | ${SCALE === 1 ? '' : 'reduced scale'} |
| matching one published demand (${SAMPLES} demands) | p50 ${percentile(matchMs, 50).toFixed(1)} ms, p95 ${p95(matchMs).toFixed(1)} ms, max ${Math.max(...matchMs).toFixed(1)} ms; ${percentile(pushed, 50)} suppliers pushed (median) | p95 ≤ ${GOALS.matchP95} ms | ${ok(p95(matchMs) <= GOALS.matchP95)} |
| publishing ${drafts.length} demands at once → all matched and pushed | ${allPushedS.toFixed(1)} s (requests answered in ${requestsS.toFixed(1)} s; ${matched} matched, ${events} push events) | ≤ ${GOALS.publishAllS} s | ${ok(matched >= drafts.length && allPushedS <= GOALS.publishAllS)} |
| demand hall search (${SAMPLES} requests, 20 a page) | p50 ${percentile(hallMs, 50).toFixed(1)} ms, p95 ${p95(hallMs).toFixed(1)} ms | p95 ≤ ${GOALS.hallP95} ms | ${ok(p95(hallMs) <= GOALS.hallP95)} |
`;
  console.log(body);
  writeSection('supply-demand', body);
} finally {
  if (apps) {
    await stopProcess(apps.api);
    await stopProcess(apps.worker);
    console.log(`removed ${await clearQueueKeys(apps.queuePrefix)} Redis keys of ${apps.queuePrefix}`);
  }
  await database.drop();
}
