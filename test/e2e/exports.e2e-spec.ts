import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import ExcelJS from 'exceljs';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { seedDemoData } from '../../seeds/demo-data.js';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

interface PublishedItem {
  consortiumId: string;
  name: string;
  level: string;
  status: string;
  total: number;
  totalRaw: number;
  rank: number;
  grade: string;
  rankInterval: [number, number];
}

const LEVELS: Record<string, string> = { L1: '第一层级', L2: '第二层级', L3: '第三层级' };
const RANKING_HEADER_ZH = [
  '层级',
  '名次',
  '联合体名称',
  '联合体ID',
  '答卷情况',
  '总分',
  '本季得分',
  '进步分',
  '等级',
  '名次区间（最好）',
  '名次区间（最差）',
  '本季度最佳实践',
];

/** Exports people open in Excel: Chinese headers and labels, names, frozen header, widths, number formats; codes for machines. */
describe('exports', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let dataSource: DataSource;
  let taskforce: string;
  let secretariat: string;
  let q3: string;
  const http = () => request(api.getHttpServer());
  const file = (req: request.Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  const sheetOf = async (body: Parameters<ExcelJS.Xlsx['load']>[0]) => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body);
    return workbook.worksheets[0];
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    dataSource = api.get<DataSource>(getDataSourceToken());
    await seedDemoData(dataSource);
    taskforce = (await loginAs(api, 'taskforce')).token;
    const [{ id: consortiumId }] = await dataSource.query(`SELECT id FROM consortium ORDER BY name LIMIT 1`);
    secretariat = (await loginAs(api, 'secretariat', { consortiumId })).token;
    [{ id: q3 }] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q3'`);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('the published ranking as XLSX: Chinese headers and labels, names, scores 0–100 with 0.00, frozen header, widths', async () => {
    const ranking = (await http().get(`/api/v1/evaluation/rankings/${q3}`).expect(200)).body as {
      items: PublishedItem[];
      bestPractices: { consortiumId: string; title: string }[];
    };
    const res = await file(http().get(`/api/v1/evaluation/rankings/${q3}/export`)).expect(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('2026Q3赛马比拼排名-第1版.xlsx')}`);
    const sheet = await sheetOf(res.body);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(RANKING_HEADER_ZH);
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.rowCount).toBe(ranking.items.length + 1);
    for (const column of [6, 7, 8]) expect(sheet.getColumn(column).numFmt).toBe('0.00');
    expect(sheet.getColumn(2).numFmt).toBe('0');
    // The name column is fitted to the longest name (a CJK character counts two).
    const longest = Math.max(...ranking.items.map((i) => [...i.name].length));
    expect(sheet.getColumn(3).width).toBeGreaterThanOrEqual(Math.min(60, longest * 2));

    ranking.items.forEach((item, i) => {
      const row = sheet.getRow(i + 2);
      expect([row.getCell(1).value, row.getCell(2).value, row.getCell(3).value, row.getCell(4).value]).toEqual([
        LEVELS[item.level],
        item.rank,
        item.name,
        item.consortiumId,
      ]);
      expect(row.getCell(5).value).toBe(item.status === 'SCORED' ? '已评分' : '未答卷');
      const total = row.getCell(6).value as number;
      expect(total).toBeCloseTo(item.totalRaw * 100, 2);
      expect(Math.abs(total - item.total)).toBeLessThanOrEqual(0.01);
      expect(Math.round(total * 100) / 100).toBe(total);
      expect(String(row.getCell(9).value)).toMatch(new RegExp(`^${item.grade}（(优秀|良好|一般|较差)）$`));
      expect([row.getCell(10).value, row.getCell(11).value]).toEqual(item.rankInterval);
      const best = ranking.bestPractices.find((b) => b.consortiumId === item.consortiumId);
      expect(row.getCell(12).value).toBe(best?.title ?? '');
    });
    // 2026Q3 counts improvement (进步) against 2026Q2: some consortium improved.
    expect(ranking.items.some((_, i) => (sheet.getRow(i + 2).getCell(8).value as number) > 0)).toBe(true);
  });

  it('the same as CSV with a UTF-8 BOM, and in English headers and raw codes with ?labels=codes', async () => {
    const zh = await http().get(`/api/v1/evaluation/rankings/${q3}/export`).query({ format: 'csv' }).expect(200);
    expect(zh.headers['content-type']).toBe('text/csv; charset=utf-8');
    const bytes = Buffer.from(zh.text, 'utf8');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = zh.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(lines[0]).toBe(RANKING_HEADER_ZH.join(','));
    expect(lines[1].split(',')[5]).toMatch(/^\d{1,3}\.\d{2}$/);

    const codes = await file(http().get(`/api/v1/evaluation/rankings/${q3}/export`).query({ labels: 'codes' })).expect(200);
    expect(codes.headers['content-disposition']).toBe('attachment; filename="ranking-2026Q3-r1.xlsx"');
    const sheet = await sheetOf(codes.body);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      'level',
      'rank',
      'consortiumName',
      'consortiumId',
      'status',
      'total',
      'levelScore',
      'improvement',
      'grade',
      'rankLow',
      'rankHigh',
      'bestPractice',
    ]);
    expect([sheet.getRow(2).getCell(1).value, sheet.getRow(2).getCell(5).value]).toEqual(['L1', 'SCORED']);
    expect(String(sheet.getRow(2).getCell(9).value)).toMatch(/^[A-D]$/);

    const bad = await http().get(`/api/v1/evaluation/rankings/${q3}/export`).query({ labels: 'english' }).expect(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'labels', code: 'IS_IN' });
  });

  it('the task force exports a round before publication; the public export and everyone else only published rankings', async () => {
    // A second revision of 2026Q3, scored but not published (as a correction would leave it).
    await dataSource.query(
      `INSERT INTO round_scoring (round_id, revision, status, percent, digest, reason, finished_at) SELECT round_id, 2, 'DONE', 100, digest, '更正后重新计分', now() FROM round_scoring WHERE round_id = $1 AND revision = 1`,
      [q3],
    );
    await dataSource.query(
      `INSERT INTO round_result (round_id, revision, consortium_id, level, status, level_score, improvement, total, rank, grade, median_rank, rank_low, rank_high, explanation)
       SELECT round_id, 2, consortium_id, level, status, level_score, improvement, total, rank, grade, median_rank, rank_low, rank_high, explanation FROM round_result WHERE round_id = $1 AND revision = 1`,
      [q3],
    );
    const draft = await file(http().get(`/api/v1/evaluation/rounds/${q3}/results/export`).set(bearer(taskforce))).expect(200);
    expect(draft.headers['content-disposition']).toContain('filename="ranking-2026Q3-r2-unpublished.xlsx"');
    expect(draft.headers['content-disposition']).toContain(encodeURIComponent('2026Q3赛马比拼结果（未晾晒）-第2版.xlsx'));
    expect(draft.headers['cache-control']).toBe('no-store');
    const sheet = await sheetOf(draft.body);
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(RANKING_HEADER_ZH);
    // The public export stays on the published revision 1.
    const published = await http().get(`/api/v1/evaluation/rankings/${q3}/export`).query({ format: 'csv' }).expect(200);
    expect(published.headers['content-disposition']).toContain('ranking-2026Q3-r1.csv');

    await http().get(`/api/v1/evaluation/rounds/${q3}/results/export`).expect(401);
    expect((await http().get(`/api/v1/evaluation/rounds/${q3}/results/export`).set(bearer(secretariat)).expect(403)).body.code).toBe('FORBIDDEN');
    const [{ id: open }] = await dataSource.query(`SELECT id FROM evaluation_round WHERE code = '2026Q4'`);
    expect((await http().get(`/api/v1/evaluation/rankings/${open}/export`).expect(404)).body.code).toBe('ROUND_NOT_PUBLISHED');
    expect((await http().get(`/api/v1/evaluation/rounds/${open}/results/export`).set(bearer(taskforce)).expect(404)).body.code).toBe('ROUND_NOT_SCORED');
    expect(
      (await http().get('/api/v1/evaluation/rounds/0b7e1f0e-9a43-4a1d-8a4e-7a8d0f4b2c11/results/export').set(bearer(taskforce)).expect(404)).body.code,
    ).toBe('ROUND_NOT_FOUND');
  });

  it('organizations and memberships: Chinese headers, labels and names for people, frozen header; codes for machines', async () => {
    const orgs = await file(http().get('/api/v1/organizations/export').set(bearer(taskforce))).expect(200);
    const sheet = await sheetOf(orgs.body);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect((sheet.getRow(1).values as unknown[]).slice(1, 6)).toEqual(['统一社会信用代码', '单位名称', '单位类型', '区县代码', '区县名称']);
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
    const [stored] = await dataSource.query(
      `SELECT uscc, name, type, district_code, is_above_scale FROM organization WHERE type = 'ENTERPRISE' ORDER BY uscc LIMIT 1`,
    );
    const enterprise = rows.find((r) => r[0] === stored.uscc)!;
    expect(enterprise.slice(0, 4)).toEqual([stored.uscc, stored.name, '企业', stored.district_code]);
    expect(enterprise[4]).toMatch(/区|县/);
    expect(enterprise[8]).toBe(stored.is_above_scale ? '是' : '否');

    const codes = await http().get('/api/v1/organizations/export').query({ format: 'csv', labels: 'codes' }).set(bearer(taskforce)).expect(200);
    expect(codes.text.startsWith('\uFEFFuscc,name,type,districtCode,districtName,')).toBe(true);
    expect(codes.text).toContain(`${stored.uscc},`);
    expect(codes.text).toContain(',ENTERPRISE,');

    const members = await file(http().get('/api/v1/memberships/export').set(bearer(taskforce))).expect(200);
    const msheet = await sheetOf(members.body);
    expect((msheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '联合体ID',
      '统一社会信用代码',
      '成员角色',
      '生效日期',
      '截止日期',
      '联合体名称',
      '单位名称',
      '牵头单位',
    ]);
    const roles = new Set(Array.from({ length: msheet.rowCount - 1 }, (_, i) => msheet.getRow(i + 2).getCell(3).value));
    expect([...roles].every((r) => ['理事长单位', '副理事长单位', '理事单位', '成员单位'].includes(String(r)))).toBe(true);
    expect(msheet.getRow(2).getCell(6).value).toMatch(/\S/);
  });
});
