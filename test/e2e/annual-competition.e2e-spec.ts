import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import type { Environment } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { seedYear2025 } from '../support/annual-year.js';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

interface AnnualItem {
  consortiumId: string;
  consortiumName: string;
  name?: string;
  level: string;
  annualTotal: number;
  annualTotalRaw: number;
  rank: number;
  grade: string;
  notSubmitted: number;
  quarters: { quarter: string; revision: number; status: string; total: number | null; totalRaw: number | null; counted: number; countedRaw: number }[];
}

/**
 * 年度公平比拼 in the worker, over a year (2025) set up in SQL: consortia on the list with their
 * tiers, four rounds with published results, one of them corrected, then the annual competition
 * requested, scored, published and read over the API. With the worker killed mid-job:
 * `test/faults/annual-competition.faults-spec.ts`.
 */
describe('annual competition', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext | undefined;
  let dataSource: DataSource;
  let env: Environment;
  let taskforce: string;
  let ids: Record<string, string>;
  let rounds: Record<string, string>;
  const http = () => request(api.getHttpServer());

  async function waitForDone(year: number, rev: number) {
    let last = '';
    return waitFor(
      async () => {
        const s = await http().get(`/api/v1/evaluation/years/${year}/scoring`).set(bearer(taskforce)).expect(200);
        last = JSON.stringify(s.body);
        return s.body.revision === rev && (s.body.status === 'DONE' || s.body.status === 'FAILED') ? s.body : undefined;
      },
      { what: () => `the annual competition to finish (last: ${last})`, timeoutMs: 60_000 },
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    dataSource = api.get<DataSource>(getDataSourceToken());
    taskforce = (await loginAs(api, 'taskforce')).token;
    ({ ids, rounds } = await seedYear2025(dataSource, api, taskforce));
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await db?.drop();
  });

  it('refuses while a quarter is unpublished, naming the quarters, and writes nothing', async () => {
    const res = await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({}).expect(409);
    expect(res.headers['content-type']).toContain('application/problem+json');
    expect(res.body).toMatchObject({
      code: 'ANNUAL_QUARTERS_NOT_PUBLISHED',
      errors: [{ field: 'quarters', code: 'QUARTER_NOT_PUBLISHED', message: '2025Q4：已评分' }],
    });
    expect(res.body.errors).toHaveLength(1);
    const none = await http().post('/api/v1/evaluation/years/2024/scoring').set(bearer(taskforce)).send({}).expect(409);
    expect(none.body.errors.map((e: { message: string }) => e.message)).toEqual([
      '2024Q1：没有该季度的轮次',
      '2024Q2：没有该季度的轮次',
      '2024Q3：没有该季度的轮次',
      '2024Q4：没有该季度的轮次',
    ]);
    const english = await http().post('/api/v1/evaluation/years/2024/scoring').set(bearer(taskforce)).set('Accept-Language', 'en').send({}).expect(409);
    expect(english.body.errors.map((e: { message: string }) => e.message)).toEqual([
      '2024Q1: no round',
      '2024Q2: no round',
      '2024Q3: no round',
      '2024Q4: no round',
    ]);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM annual_competition`))[0].n).toBe(0);
    expect((await dataSource.query(`SELECT count(*)::int AS n FROM outbox_event WHERE type LIKE 'evaluation.annual.%'`))[0].n).toBe(0);
    await http().get('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).expect(404);
  });

  it('validates the year, naming the field', async () => {
    for (const bad of ['99', '1999', '2101', '20x5']) {
      const res = await http().get(`/api/v1/evaluation/years/${bad}/results`).set(bearer(taskforce)).expect(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors[0]).toMatchObject({ field: 'year', code: 'INVALID_YEAR' });
    }
    const pub = await http().get('/api/v1/evaluation/annual-rankings/1999').expect(400);
    expect(pub.body.errors[0]).toMatchObject({ field: 'year' });
  });

  it('answers a repeated request with the running revision and queues one job', async () => {
    await http().post(`/api/v1/evaluation/rounds/${rounds['2025Q4']}/publication`).set(bearer(taskforce)).send({}).expect(200);
    // No worker yet: the first request is surely still queued when the second comes.
    const first = await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({}).expect(202);
    expect(first.body).toMatchObject({ year: 2025, revision: 1, status: 'QUEUED' });
    expect(first.body.sources).toEqual([
      { quarter: '2025Q1', roundId: rounds['2025Q1'], revision: 1 },
      { quarter: '2025Q2', roundId: rounds['2025Q2'], revision: 2 },
      { quarter: '2025Q3', roundId: rounds['2025Q3'], revision: 1 },
      { quarter: '2025Q4', roundId: rounds['2025Q4'], revision: 1 },
    ]);
    const second = await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({}).expect(202);
    expect(second.body.revision).toBe(1);
    const events = await dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_event WHERE type = 'evaluation.annual.scoring-requested' AND aggregate_id = '2025'`,
    );
    expect(events[0].n).toBe(1);

    worker = await startWorker(env);
    const done = await waitForDone(2025, 1);
    expect(done).toMatchObject({ status: 'DONE', percent: 100, phase: 'done', digest: expect.stringMatching(/^[0-9a-f]{64}$/) });
    expect(await dataSource.query(`SELECT revision, count(*)::int AS n FROM annual_result GROUP BY revision`)).toEqual([{ revision: 1, n: 7 }]);
    const audit = await dataSource.query(`SELECT action FROM audit_event WHERE entity_type = 'annual-competition' ORDER BY occurred_at, id`);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['evaluation.annual.score', 'evaluation.annual.scored']);
    const scored = await dataSource.query(`SELECT payload FROM outbox_event WHERE type = 'evaluation.annual.scored'`);
    expect(scored.map((e: { payload: { digest: string } }) => e.payload.digest)).toEqual([done.digest]);
  });

  it('combines the latest published revision of each quarter: mean of four, unsubmitted or absent counting 0, ranks and grades per level', async () => {
    const res = await http().get('/api/v1/evaluation/years/2025/results').set(bearer(taskforce)).expect(200);
    expect(res.body).toMatchObject({ year: 2025, revision: 1, publishedAt: null });
    const items: AnnualItem[] = res.body.items;
    const by = (name: string) => items.find((i) => i.consortiumId === ids[name])!;
    // P was delisted before the year's end: not in the annual competition.
    expect(items.map((i) => i.consortiumId).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'N1', 'N2'].map((n) => ids[n]).sort());
    // By hand. L2 (n = 5): A (0.75 + 0.75 + 0.5 + 1)/4 = 0.75, B (1 + 0 + 1 + 1)/4 = 0.75 tied first;
    // C 0.5 and D (0 + 0 + 1 + 1)/4 = 0.5 tied third; E (0 + 0 + 0.25 + 0.25)/4 = 0.125 fifth.
    // Grades on the share ranked ahead: 0 % 优秀, 40 % 良好, 80 % 合格, each within the floors of its total
    // (优秀 ≥ 0.6, 良好 ≥ 0.4); D has two unsubmitted quarters: 不合格.
    // L1 (n = 2, fewer than five): graded by the floors alone, N1 0.875 and N2 0.625 both 优秀 — being
    // second of two is not "the 50 % behind".
    // Totals shown on 0–100 (two decimals), the raw 0–1 value beside them.
    expect(
      ['A', 'B', 'C', 'D', 'E', 'N1', 'N2'].map((n) => [n, by(n).level, by(n).annualTotal, by(n).annualTotalRaw, by(n).rank, by(n).grade, by(n).notSubmitted]),
    ).toEqual([
      ['A', 'L2', 75, 0.75, 1, '优秀', 0],
      ['B', 'L2', 75, 0.75, 1, '优秀', 1],
      ['C', 'L2', 50, 0.5, 3, '良好', 0],
      ['D', 'L2', 50, 0.5, 3, '不合格', 2],
      ['E', 'L2', 12.5, 0.125, 5, '合格', 0],
      ['N1', 'L1', 87.5, 0.875, 1, '优秀', 0],
      ['N2', 'L1', 62.5, 0.625, 2, '优秀', 0],
    ]);
    expect(items.map((i) => i.consortiumName).sort()).toEqual(['A', 'B', 'C', 'D', 'E', 'N1', 'N2'].map((n) => `${n}联合体（年度测试）`).sort());
    expect(by('A').quarters.map((q) => [q.quarter, q.revision, q.status, q.total, q.totalRaw, q.counted, q.countedRaw])).toEqual([
      ['2025Q1', 1, 'SCORED', 75, 0.75, 75, 0.75],
      ['2025Q2', 2, 'SCORED', 75, 0.75, 75, 0.75],
      ['2025Q3', 1, 'SCORED', 50, 0.5, 50, 0.5],
      ['2025Q4', 1, 'SCORED', 100, 1, 100, 1],
    ]);
    expect(by('E').quarters.map((q) => [q.status, q.total, q.totalRaw, q.counted])).toEqual([
      ['ABSENT', null, null, 0],
      ['ABSENT', null, null, 0],
      ['SCORED', 25, 0.25, 25],
      ['SCORED', 25, 0.25, 25],
    ]);
    expect(by('B').quarters[1]).toMatchObject({ status: 'NOT_SUBMITTED', counted: 0 });
    // Ordered by level, then rank.
    expect(items.map((i) => i.level)).toEqual(['L1', 'L1', 'L2', 'L2', 'L2', 'L2', 'L2']);
  });

  it('publishes (晾晒): public without login, with names; results and the published revision are immutable', async () => {
    await http().get('/api/v1/evaluation/annual-rankings/2025').expect(404);
    // Before publication the task force exports the results; the public export has nothing yet.
    expect((await http().get('/api/v1/evaluation/annual-rankings/2025/export').expect(404)).body.code).toBe('ANNUAL_NOT_PUBLISHED');
    const draft = await http().get('/api/v1/evaluation/years/2025/results/export').query({ format: 'csv', labels: 'codes' }).set(bearer(taskforce)).expect(200);
    expect(draft.text.startsWith('\uFEFFlevel,rank,consortiumName,consortiumId,annualTotal,grade,notSubmitted,2025Q1Counted,2025Q1Status')).toBe(true);
    const published = await http().post('/api/v1/evaluation/years/2025/publication').set(bearer(taskforce)).send({}).expect(200);
    expect(published.body).toMatchObject({ year: 2025, revision: 1, publishedAt: expect.any(String) });
    const again = await http().post('/api/v1/evaluation/years/2025/publication').set(bearer(taskforce)).send({}).expect(409);
    expect(again.body).toMatchObject({ code: 'ANNUAL_NOT_PUBLISHABLE', errors: [{ field: 'status', message: 'PUBLISHED' }] });
    const never = await http().post('/api/v1/evaluation/years/2030/publication').set(bearer(taskforce)).send({}).expect(409);
    expect(never.body).toMatchObject({ code: 'ANNUAL_NOT_PUBLISHABLE', errors: [{ field: 'status', message: 'UNSCORED' }] });

    const ranking = (await http().get('/api/v1/evaluation/annual-rankings/2025').expect(200)).body;
    const internal = (await http().get('/api/v1/evaluation/years/2025/results').set(bearer(taskforce)).expect(200)).body;
    expect(ranking).toMatchObject({ year: 2025, revision: 1, digest: internal.digest });
    expect(ranking.items.map((i: AnnualItem) => [i.consortiumId, i.annualTotal, i.rank, i.grade])).toEqual(
      internal.items.map((i: AnnualItem) => [i.consortiumId, i.annualTotal, i.rank, i.grade]),
    );
    expect(ranking.items.find((i: AnnualItem) => i.consortiumId === ids.A)).toMatchObject({
      consortiumName: 'A联合体（年度测试）',
      annualTotal: 75,
      annualTotalRaw: 0.75,
    });
    for (const item of ranking.items) expect(item.consortiumName).toMatch(/\S/);

    // The published annual ranking as people read it: Chinese headers, names, totals on 0–100, grades.
    const file = await http()
      .get('/api/v1/evaluation/annual-rankings/2025/export')
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    expect(file.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('2025年度公平比拼排名-第1版.xlsx')}`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body);
    const sheet = workbook.worksheets[0];
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1, 8)).toEqual(['层级', '名次', '联合体名称', '联合体ID', '年度总分', '年度等级', '未答卷季度数']);
    const first = ranking.items[0] as AnnualItem & { name: string; level: string };
    const row = sheet.getRow(2);
    expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(6).value]).toEqual([
      { L1: '第一层级', L2: '第二层级', L3: '第三层级' }[first.level],
      first.rank,
      first.name,
      first.grade,
    ]);
    const shown = row.getCell(5).value as number;
    expect(shown).toBeCloseTo(first.annualTotalRaw * 100, 2);
    expect(Math.abs(shown - first.annualTotal)).toBeLessThanOrEqual(0.01);
    expect(Math.round(shown * 100) / 100).toBe(shown);
    expect(sheet.getColumn(5).numFmt).toBe('0.00');
    expect(sheet.getColumn(3).width).toBeGreaterThan(10);

    await expect(dataSource.query(`UPDATE annual_result SET annual_total = 1 WHERE year = 2025`)).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`DELETE FROM annual_result WHERE year = 2025`)).rejects.toThrow(/immutable/);
    await expect(dataSource.query(`UPDATE annual_scoring SET digest = 'x' WHERE year = 2025 AND revision = 1`)).rejects.toThrow(/immutable/);
  });

  it('scores a published year again only with a reason, as a new revision; unchanged inputs give the same digest', async () => {
    const first = (await http().get('/api/v1/evaluation/years/2025/results').set(bearer(taskforce)).expect(200)).body;
    const noReason = await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({}).expect(422);
    expect(noReason.body).toMatchObject({ code: 'REASON_REQUIRED', errors: [{ field: 'reason' }] });
    const res = await http().post('/api/v1/evaluation/years/2025/scoring').set(bearer(taskforce)).send({ reason: '复核年度结果' }).expect(202);
    expect(res.body).toMatchObject({ revision: 2, reason: '复核年度结果' });
    const done = await waitForDone(2025, 2);
    expect(done.digest).toBe(first.digest);
    const kept = await dataSource.query(`SELECT revision, count(*)::int AS n FROM annual_result WHERE year = 2025 GROUP BY revision ORDER BY revision`);
    expect(kept).toEqual([
      { revision: 1, n: 7 },
      { revision: 2, n: 7 },
    ]);
    // Revision 2 is not published yet: the public ranking stays on revision 1.
    expect((await http().get('/api/v1/evaluation/annual-rankings/2025').expect(200)).body.revision).toBe(1);
  });
});
