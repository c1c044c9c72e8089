import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { type SchemeDefinition, schemeProblem } from '#evaluation';
import { usccProblem } from '#registry';
import { DEMO_SCHEME } from '../../seeds/demo-scheme.js';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { DOCUMENTED_COUNTS, fillerConsortia, seedDemoData } from '../../seeds/demo-data.js';
import { DEMO_USERS } from '../../seeds/demo-users.js';
import { DEMO_DIRECTORY_OUTSIDE, DEMO_DIRECTORY_YEAR, DEMO_HIGH_SKILLED_SHARE } from '../../seeds/directory-demo-data.js';
import { DEMO_PROGRAMS } from '../../seeds/supply-demand-demo-data.js';
import { DEMO_CONSORTIA, DEMO_ORGANIZATIONS } from '../../seeds/registry-demo-data.js';
import { startApi } from '../support/apps.js';

/** The demo data a new user starts with: loads once, is consistent, and the demo accounts work. */
describe('demo data', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    dataSource = api.get<DataSource>(getDataSourceToken());
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('loads into an empty database once', async () => {
    expect(await seedDemoData(dataSource)).toBe(true);
    expect(await seedDemoData(dataSource)).toBe(false);
    const [counts] = await dataSource.query(
      `SELECT (SELECT count(*) FROM organization)::int AS orgs, (SELECT count(*) FROM consortium)::int AS consortia, (SELECT count(*) FROM app_user)::int AS users`,
    );
    expect(counts).toEqual({ orgs: DEMO_ORGANIZATIONS.length, consortia: DEMO_CONSORTIA.length + fillerConsortia().length, users: DEMO_USERS.length });
    const tiers = await dataSource.query(`SELECT tier, count(*)::int AS n FROM consortium_period WHERE valid_to IS NULL GROUP BY tier`);
    const byTier = Object.fromEntries(tiers.map((t: { tier: string; n: number }) => [t.tier, t.n]));
    expect(byTier).toMatchObject({ NATIONAL: expect.any(Number), MUNICIPAL: 3, ...DOCUMENTED_COUNTS });
    const demoNames = await dataSource.query(
      `SELECT count(*)::int AS n FROM consortium WHERE name NOT LIKE '%（演示）%' AND name NOT IN (SELECT unnest($1::text[]))`,
      [DEMO_CONSORTIA.map((c) => c.name)],
    );
    expect(demoNames[0].n).toBe(0);
    const uscc = await dataSource.query(`SELECT uscc FROM organization`);
    expect(uscc.filter((r: { uscc: string }) => usccProblem(r.uscc) !== null)).toEqual([]);
  });

  it('has 供需对接 demo programs and one published demand of each kind, all marked demo', async () => {
    const demands = await dataSource.query(`SELECT kind, status, demo, title FROM sd_demand ORDER BY kind`);
    expect(demands.map((d: { kind: string }) => d.kind)).toEqual(['OVERSEAS', 'PROGRAM', 'TALENT', 'TECHNOLOGY']);
    expect(demands.every((d: { status: string; demo: boolean; title: string }) => d.status === 'PUBLISHED' && d.demo && d.title.endsWith('（演示）'))).toBe(
      true,
    );
    const [{ n }] = await dataSource.query(`SELECT count(*)::int AS n FROM sd_program`);
    expect(n).toBe(DEMO_PROGRAMS.length);
    // Each publication waits in the outbox for the matching job (the worker runs it).
    const [{ published }] = await dataSource.query(`SELECT count(*)::int AS published FROM outbox_event WHERE type = 'supply-demand.demand.published'`);
    expect(published).toBe(4);
  });

  it('has a valid demo scheme, two published rounds with a sheet per listed consortium, and an open one whose paper resolves', async () => {
    expect(schemeProblem(DEMO_SCHEME.definition as unknown as SchemeDefinition)).toBeNull();
    const rounds = await dataSource.query(
      `SELECT code, status, revision, (SELECT count(*)::int FROM answer_sheet s WHERE s.round_id = r.id) AS sheets,
              (SELECT count(*)::int FROM round_result x WHERE x.round_id = r.id) AS results FROM evaluation_round r ORDER BY code`,
    );
    const listed = DEMO_CONSORTIA.length + fillerConsortia().length;
    expect(rounds).toEqual([
      { code: '2026Q2', status: 'PUBLISHED', revision: 1, sheets: listed, results: listed },
      { code: '2026Q3', status: 'PUBLISHED', revision: 1, sheets: listed, results: listed },
      { code: '2026Q4', status: 'OPEN', revision: 0, sheets: 0, results: 0 },
    ]);
    const login = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ username: 'secretariat.demo', password: 'demo-secretariat-password' })
      .expect(200);
    const token = login.body.accessToken;
    const me = await request(api.getHttpServer()).get('/api/v1/me').set('authorization', `Bearer ${token}`).expect(200);
    const [{ id: roundId }] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q4'`);
    const paper = await request(api.getHttpServer())
      .get(`/api/v1/evaluation/rounds/${roundId}/papers/${me.body.bindings[0].consortiumId}`)
      .set('authorization', `Bearer ${token}`)
      .expect(200);
    expect(paper.body.level).toBe('L1');
    expect(paper.body.items.find((i: { code: string }) => i.code === 'DUAL_QUALIFIED_RATIO')).toMatchObject({ target: 60, targetSource: 'SCHEME' });
  });

  it('shows a published ranking without login at once, the later quarter counting improvement', async () => {
    const list = await request(api.getHttpServer()).get('/api/v1/evaluation/rankings').expect(200);
    expect(list.body.items.map((r: { code: string }) => r.code)).toEqual(['2026Q3', '2026Q2']);
    const ranking = await request(api.getHttpServer()).get(`/api/v1/evaluation/rankings/${list.body.items[0].id}`).expect(200);
    expect(ranking.body.items).toHaveLength(DEMO_CONSORTIA.length + fillerConsortia().length);
    for (const level of ['L1', 'L2', 'L3']) {
      const ranks = ranking.body.items.filter((i: { level: string }) => i.level === level).map((i: { rank: number }) => i.rank);
      expect(ranks[0]).toBe(1);
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(ranking.body.items.every((i: { name?: string; grade: string }) => i.name && /^[A-D]$/.test(i.grade))).toBe(true);
    const improvement = await dataSource.query(
      `SELECT r.code, count(*) FILTER (WHERE x.improvement <> 0)::int AS improved FROM round_result x JOIN evaluation_round r ON r.id = x.round_id GROUP BY r.code ORDER BY r.code`,
    );
    expect(improvement[0]).toEqual({ code: '2026Q2', improved: 0 });
    expect(improvement[1].improved).toBeGreaterThan(0);
  });

  it('counts the 2027 coverage targets against the demo directories, with units outside every consortium, and the high-skilled share series', async () => {
    const login = await request(api.getHttpServer())
      .post('/api/v1/auth/login')
      .send({ username: 'taskforce.demo', password: 'demo-taskforce-password' })
      .expect(200);
    const dashboard = await request(api.getHttpServer())
      .get('/api/v1/dashboard')
      .query({ asOf: '2026-09-30' })
      .set('authorization', `Bearer ${login.body.accessToken}`)
      .expect(200);
    const outside = DEMO_DIRECTORY_OUTSIDE.reduce<Record<string, string[]>>((acc, u) => ({ ...acc, [u.kind]: [...(acc[u.kind] ?? []), u.name] }), {});
    for (const population of ['KEY_PARKS', 'HIGHER_VOCATIONAL_COLLEGES', 'ABOVE_SCALE_FIRMS']) {
      const figure = dashboard.body.coverage.find((c: { population: string }) => c.population === population);
      expect(figure).toMatchObject({ basis: 'DIRECTORY', directoryYear: DEMO_DIRECTORY_YEAR });
      // The directory's own units outside every consortium keep coverage below 100 %.
      const uncovered = figure.uncovered.map((u: { name: string }) => u.name);
      for (const name of outside[population]) expect(uncovered).toContain(name);
      expect(figure.covered).toBeGreaterThan(0);
      expect(figure.total).toBe(figure.covered + figure.uncoveredCount);
      expect(figure.percent).toBeCloseTo((100 * figure.covered) / figure.total, 1);
    }
    const latest = DEMO_HIGH_SKILLED_SHARE[DEMO_HIGH_SKILLED_SHARE.length - 1];
    expect(dashboard.body.highSkilledShare).toMatchObject({ indicator: 'HIGH_SKILLED_SHARE', target: 45, year: latest.year, value: latest.value, met: false });
    expect(dashboard.body.highSkilledShare.gap).toBeCloseTo(45 - latest.value, 5);
  });

  it('snapshots the official list with each published demo round, as of its quarter end', async () => {
    const snapshots = await request(api.getHttpServer()).get('/api/v1/official-list/snapshots').expect(200);
    expect(snapshots.body.items.map((s: { roundCode: string; revision: number; asOf: string }) => [s.roundCode, s.revision, s.asOf])).toEqual([
      ['2026Q3', 1, '2026-09-30'],
      ['2026Q2', 1, '2026-06-30'],
    ]);
    const q3 = await request(api.getHttpServer()).get('/api/v1/official-list/snapshots/2026Q3').expect(200);
    const list = await request(api.getHttpServer()).get('/api/v1/official-list').query({ asOf: '2026-09-30' }).expect(200);
    expect(q3.body.items).toEqual(list.body.items.map(({ since: _since, ...entry }: { since: string }) => entry));
  });

  it('puts every demo consortium on the official list with one chair and one lead', async () => {
    const list = await request(api.getHttpServer()).get('/api/v1/official-list').query({ asOf: '2026-07-01' }).expect(200);
    expect(list.body.items).toHaveLength(DEMO_CONSORTIA.length + fillerConsortia().length);
    const problems = await dataSource.query(
      `SELECT c.name FROM consortium c
        WHERE (SELECT count(*) FROM membership m WHERE m.consortium_id = c.id AND m.valid_to IS NULL AND m.role = 'COUNCIL_CHAIR') <> 1
           OR (SELECT count(*) FROM membership m WHERE m.consortium_id = c.id AND m.valid_to IS NULL AND m.is_lead) <> 1`,
    );
    expect(problems).toEqual([]);
  });

  it.each(DEMO_USERS.map((u) => [u.username, u.password]))('lets %s log in', async (username, password) => {
    const res = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ username, password }).expect(200);
    const me = await request(api.getHttpServer()).get('/api/v1/me').set('authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.bindings).toHaveLength(1);
  });
});
