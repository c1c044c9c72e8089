import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Queue } from 'bullmq';
import ExcelJS from 'exceljs';
import pg from 'pg';
import request from 'supertest';
import { type Environment, workerConnection, XLSX_CONTENT_TYPE } from '#platform';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

const good = (i: number) => makeUscc('9', '1', '500118', `MC${String(i).padStart(6, '0')}`);
/** Files saved by LibreOffice and iconv, see test/fixtures/imports/README.md. */
const fixture = (name: string) => readFileSync(join(process.cwd(), 'test/fixtures/imports', name));
const ORGANIZATION_HEADER =
  'uscc,name,type,districtCode,districtName,schoolLevel,enterpriseSize,isChainLeader,isAboveScale,integrationLevel,parkLevel,isKeyPark';
/** The same columns for people (the default): the import's Chinese headers, and the district's name beside its code. */
const ORGANIZATION_HEADER_ZH = '统一社会信用代码,单位名称,单位类型,区县代码,区县名称,办学层次,企业规模,链主企业,规上企业,产教融合型企业,园区级别,重点园区';

/** Bulk import through the `imports` queue: row-level report, the two modes, idempotence, XLSX. */
describe('organization import and export', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let taskforce: string;
  let env: Environment;
  const http = () => request(api.getHttpServer());

  // Rows 1, 3 and 6 are good; 2, 4, 5 and 7 break rules; row 8 repeats row 1's USCC.
  const mixedCsv = [
    'uscc,name,type,districtCode',
    `${good(1)},重庆导入测试甲公司（演示）,ENTERPRISE,500118`,
    `${good(2).slice(0, 17)}Z,重庆导入测试乙公司（演示）,ENTERPRISE,500118`,
    `${good(3)},"重庆导入测试丙学院,（演示）",SCHOOL,500118`,
    `${good(4)},重庆导入测试丁公司（演示）,CASTLE,500118`,
    `${good(5)},重庆导入测试戊公司（演示）,ENTERPRISE,999999`,
    `${good(6)},重庆导入测试己园区（演示）,PARK,500118`,
    `${good(7)},X,ENTERPRISE,500118`,
    `${good(1)},重复的甲公司（演示）,ENTERPRISE,500118`,
  ].join('\n');

  const counts = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM organization)::int AS orgs, (SELECT count(*) FROM outbox_event WHERE type LIKE 'registry.organization.%')::int AS events`,
      )
    ).rows[0];

  async function runImport(body: Buffer | string, mode: string, contentType = 'text/csv', kind = 'organizations') {
    let last = '';
    const res = await http().post(`/api/v1/imports/${kind}`).query({ mode }).set(bearer(taskforce)).set('content-type', contentType).send(body).expect(202);
    expect(res.headers.location).toBe(`/api/v1/imports/${res.body.id}`);
    return waitFor(
      async () => {
        const job = await http().get(`/api/v1/imports/${res.body.id}`).set(bearer(taskforce)).expect(200);
        last = JSON.stringify({ status: job.body.status, processed: job.body.processedRows, failure: job.body.failure });
        return ['SUCCEEDED', 'REJECTED', 'FAILED'].includes(job.body.status) ? job.body : undefined;
      },
      { what: () => `the import to finish (last: ${last})`, timeoutMs: 30_000 },
    ).then((job) => {
      // Every finished job: requested ≤ started ≤ finished.
      expect(Date.parse(job.requestedAt)).toBeLessThanOrEqual(Date.parse(job.startedAt));
      expect(Date.parse(job.startedAt)).toBeLessThanOrEqual(Date.parse(job.finishedAt));
      return job;
    });
  }

  const binary = (req: request.Test) =>
    req.buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    });

  const stored = async (pattern: string) =>
    (
      await sql.query(
        `SELECT uscc, name, type, district_code, school_level, enterprise_size, is_chain_leader, is_above_scale, integration_level, park_level, is_key_park
           FROM organization WHERE uscc ~ $1 ORDER BY uscc`,
        [pattern],
      )
    ).rows.map((r) => Object.values(r));

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    env = testEnvironment({ DATABASE_URL: db.url });
    api = await startApi(env);
    worker = await startWorker(env);
    taskforce = (await loginAs(api, 'taskforce')).token;
  });

  afterAll(async () => {
    await worker?.close();
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  it('rejects a mixed file whole in all-or-nothing mode, with the exact row-level report, writing nothing', async () => {
    const before = await counts();
    const job = await runImport(mixedCsv, 'ALL_OR_NOTHING');
    expect(job).toMatchObject({ status: 'REJECTED', totalRows: 8, createdRows: 0, updatedRows: 0, rejectedRows: 5 });
    expect(job.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [2, 'uscc', 'USCC_CHARSET'],
      [4, 'type', 'UNKNOWN_TYPE'],
      [5, 'districtCode', 'UNKNOWN_DISTRICT'],
      [7, 'name', 'INVALID_NAME'],
      [8, 'uscc', 'DUPLICATE_IN_FILE'],
    ]);
    expect(await counts()).toEqual(before);
  });

  it('writes the good rows in valid-rows-only mode, and a second run of the same file changes nothing', async () => {
    const before = await counts();
    const first = await runImport(mixedCsv, 'VALID_ROWS_ONLY');
    expect(first).toMatchObject({ status: 'SUCCEEDED', totalRows: 8, processedRows: 8, createdRows: 3, updatedRows: 0, unchangedRows: 0, rejectedRows: 5 });
    expect(await counts()).toEqual({ orgs: before.orgs + 3, events: before.events + 3 });
    const names = await sql.query(`SELECT name FROM organization WHERE uscc = $1`, [good(3)]);
    expect(names.rows[0].name).toBe('重庆导入测试丙学院,（演示）');

    const again = await runImport(mixedCsv, 'VALID_ROWS_ONLY');
    expect(again).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, updatedRows: 0, unchangedRows: 3, rejectedRows: 5 });
    expect(await counts()).toEqual({ orgs: before.orgs + 3, events: before.events + 3 });
    const versions = await sql.query(`SELECT max(version)::int AS v FROM organization WHERE uscc = ANY($1)`, [[good(1), good(3), good(6)]]);
    expect(versions.rows[0].v).toBe(1);
  });

  it('imports XLSX, updates changed rows with name history, and serves the report as XLSX and CSV', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('organizations');
    sheet.addRow(['uscc', 'name', 'type', 'districtCode']);
    sheet.addRow([good(1), '重庆导入测试甲公司（更名，演示）', 'ENTERPRISE', '500118']);
    sheet.addRow([good(9), '重庆导入测试庚研究院（演示）', 'RESEARCH_INSTITUTE', '500118']);
    sheet.addRow(['not-a-code', '坏行（演示）', 'OTHER', '500118']);
    const file = Buffer.from(await workbook.xlsx.writeBuffer());
    const job = await runImport(file, 'VALID_ROWS_ONLY', XLSX_CONTENT_TYPE);
    expect(job).toMatchObject({ status: 'SUCCEEDED', format: 'xlsx', createdRows: 1, updatedRows: 1, rejectedRows: 1 });
    const history = await sql.query(
      `SELECT n.name, n.valid_to IS NULL AS current FROM organization_name n JOIN organization o ON o.id = n.organization_id WHERE o.uscc = $1 ORDER BY n.valid_from`,
      [good(1)],
    );
    expect(history.rows).toEqual([
      { name: '重庆导入测试甲公司（演示）', current: false },
      { name: '重庆导入测试甲公司（更名，演示）', current: true },
    ]);

    const xlsx = await http()
      .get(`/api/v1/imports/${job.id}/report`)
      .query({ format: 'xlsx', labels: 'codes' })
      .set(bearer(taskforce))
      .buffer(true)
      .parse((res, cb) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => cb(null, Buffer.concat(chunks)));
      })
      .expect(200);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = report.worksheets[0]
      .getSheetValues()
      .filter(Boolean)
      .map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['row', 'field', 'code', 'message'],
      [3, 'uscc', 'USCC_LENGTH', 'a USCC has 18 characters, this has 10'],
    ]);
    const csv = await http().get(`/api/v1/imports/${job.id}/report`).query({ format: 'csv', labels: 'codes' }).set(bearer(taskforce)).expect(200);
    expect(
      csv.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['row,field,code,message', '3,uscc,USCC_LENGTH,"a USCC has 18 characters, this has 10"']);
    // For the clerk who saved the file (the default): the column as she headed it, the problem in Chinese.
    const zh = await http().get(`/api/v1/imports/${job.id}/report`).query({ format: 'csv' }).set(bearer(taskforce)).expect(200);
    expect(zh.headers['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent(`导入错误报告-${job.id}.csv`)}`);
    expect(
      zh.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/),
    ).toEqual(['行号,列,错误代码,问题,详情', '3,统一社会信用代码,USCC_LENGTH,统一社会信用代码应为 18 位,"a USCC has 18 characters, this has 10"']);
  });

  it('exports what it imports: re-importing an export changes nothing, in Chinese (the default) and in codes', async () => {
    for (const [labels, header] of [
      [undefined, ORGANIZATION_HEADER_ZH],
      ['codes', ORGANIZATION_HEADER],
    ] as const) {
      const exported = await http()
        .get('/api/v1/organizations/export')
        .query({ format: 'csv', ...(labels ? { labels } : {}) })
        .set(bearer(taskforce))
        .expect(200);
      expect(exported.headers['content-type']).toMatch(/^text\/csv/);
      const lines = exported.text
        .replace(/^\uFEFF/, '')
        .trim()
        .split(/\r?\n/);
      expect(lines[0]).toBe(header);
      const before = await counts();
      const job = await runImport(exported.text, 'ALL_OR_NOTHING');
      expect(job).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, updatedRows: 0, unchangedRows: lines.length - 1, rejectedRows: 0 });
      expect(await counts()).toEqual(before);
    }
  });

  it('imports memberships: database refusals reported per row, both modes, idempotent, and an export re-imports unchanged', async () => {
    const consortium = await http()
      .post('/api/v1/consortia')
      .set(bearer(taskforce))
      .send({ name: '成员导入联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
      .expect(201);
    const c = consortium.body.id;
    const csv = [
      'consortiumId,uscc,role,validFrom',
      `${c},${good(1)},COUNCIL_CHAIR,2025-02-01`,
      `${c},${good(3)},COUNCIL_CHAIR,2025-02-01`,
      `${c},${good(6)},MEMBER,2025-02-01`,
      `${c},${good(88)},MEMBER,2025-02-01`,
      `${c},${good(6)},MEMBER,2025-03-01`,
      `${c},${good(9)},OBSERVER,2025-02-01`,
    ].join('\n');
    const memberships = async () => (await sql.query(`SELECT count(*)::int AS n FROM membership WHERE consortium_id = $1`, [c])).rows[0].n;

    const strict = await runImport(csv, 'ALL_OR_NOTHING', 'text/csv', 'memberships');
    expect(strict).toMatchObject({ kind: 'memberships', status: 'REJECTED', createdRows: 0, rejectedRows: 4 });
    expect(strict.errors.map((e: { row: number; field: string; code: string }) => [e.row, e.field, e.code])).toEqual([
      [2, 'role', 'SECOND_CHAIR'],
      [4, 'uscc', 'ORGANIZATION_NOT_FOUND'],
      [5, 'uscc', 'DUPLICATE_IN_FILE'],
      [6, 'role', 'UNKNOWN_ROLE'],
    ]);
    expect(await memberships()).toBe(0);

    const lenient = await runImport(csv, 'VALID_ROWS_ONLY', 'text/csv', 'memberships');
    expect(lenient).toMatchObject({ status: 'SUCCEEDED', createdRows: 2, rejectedRows: 4 });
    expect(await memberships()).toBe(2);
    const again = await runImport(csv, 'VALID_ROWS_ONLY', 'text/csv', 'memberships');
    expect(again).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, unchangedRows: 2 });

    for (const [labels, header] of [
      ['codes', 'consortiumId,uscc,role,validFrom,validTo,consortiumName,organizationName,isLead'],
      [undefined, '联合体ID,统一社会信用代码,成员角色,生效日期,截止日期,联合体名称,单位名称,牵头单位'],
    ] as const) {
      const exported = await http()
        .get('/api/v1/memberships/export')
        .query({ format: 'csv', consortiumId: c, asOf: '2025-06-01', ...(labels ? { labels } : {}) })
        .set(bearer(taskforce))
        .expect(200);
      expect(exported.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe(header);
      const roundTrip = await runImport(exported.text, 'ALL_OR_NOTHING', 'text/csv', 'memberships');
      expect(roundTrip).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, unchangedRows: 2, rejectedRows: 0 });
      expect(await memberships()).toBe(2);
    }
  });

  it('refuses a body that is not a file, and a missing column', async () => {
    const json = await http().post('/api/v1/imports/organizations').set(bearer(taskforce)).send({ rows: [] }).expect(400);
    expect(json.body.errors[0]).toMatchObject({ field: 'body', code: 'NOT_A_FILE' });
    const job = await runImport('uscc,name\n91500000202805720T,某公司', 'VALID_ROWS_ONLY');
    expect(job).toMatchObject({ status: 'REJECTED', createdRows: 0 });
    expect(job.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['type:MISSING_COLUMN', 'districtCode:MISSING_COLUMN']);
  });

  it('imports a GB18030 CSV saved by Excel on Chinese Windows, with Chinese headers and labels, exactly', async () => {
    const job = await runImport(fixture('organizations-gbk.csv'), 'ALL_OR_NOTHING');
    expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 3, createdRows: 3, rejectedRows: 0, errorCount: 0 });
    expect(await stored('^91500118FX00000[5-7]')).toEqual([
      ['91500118FX0000050Q', '重庆永川GBK测试职业学院（演示）', 'SCHOOL', '500118', 'SECONDARY_VOCATIONAL', null, false, false, null, null, false],
      ['91500118FX0000069M', '重庆永川GBK测试汽车零部件有限公司,（演示）', 'ENTERPRISE', '500118', null, 'LARGE', false, true, null, null, false],
      ['91500118FX0000077G', '重庆永川GBK测试行业协会（演示）', 'INDUSTRY_ASSOCIATION', '500118', null, null, false, false, null, null, false],
    ]);
  });

  it('imports an XLSX saved by LibreOffice cell by cell: rich text, formula, hyperlink, numbers, booleans; refuses a USCC that lost its digits', async () => {
    const job = await runImport(fixture('organizations.xlsx'), 'VALID_ROWS_ONLY', XLSX_CONTENT_TYPE);
    expect(job).toMatchObject({ status: 'SUCCEEDED', totalRows: 5, createdRows: 4, rejectedRows: 1 });
    expect(job.errors).toEqual([{ row: 5, field: 'uscc', code: 'NUMBER_LOST_DIGITS', message: expect.stringContaining('915001181000000000') }]);
    expect(await stored('^91500118FX00000[1-4]')).toEqual([
      ['91500118FX0000018D', '重庆永川职业学院（演示）', 'SCHOOL', '500118', 'HIGHER_VOCATIONAL', null, false, false, null, null, false],
      ['91500118FX00000268', '重庆永川 智能装备有限公司（演示）', 'ENTERPRISE', '500118', null, 'MEDIUM', false, true, null, null, false],
      ['91500118FX00000343', '永川高新区数字产业园（演示）', 'PARK', '500118', null, null, false, false, null, 'NATIONAL', true],
      ['91500118FX0000042X', '重庆永川新材料研究院（演示）', 'RESEARCH_INSTITUTE', '500118', null, null, false, false, null, null, false],
    ]);
  });

  it('imports memberships whose dates are Excel date cells, as the calendar days they show', async () => {
    const created = await http()
      .post('/api/v1/consortia')
      .set(bearer(taskforce))
      .send({ name: '日期单元格联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
      .expect(201);
    // The fixture names its consortium by a fixed id: give the new consortium that id.
    const fixed = '6f1c2a3e-5b7d-4c8e-9a0b-1c2d3e4f5a6b';
    const tables = (
      await sql.query(`SELECT table_name FROM information_schema.columns WHERE column_name = 'consortium_id' AND table_schema = 'public'`)
    ).rows.map((r) => r.table_name);
    await sql.query('BEGIN');
    await sql.query(`SET LOCAL session_replication_role = replica`);
    await sql.query(`UPDATE consortium SET id = $2 WHERE id = $1`, [created.body.id, fixed]);
    for (const table of tables) await sql.query(`UPDATE "${table}" SET consortium_id = $2 WHERE consortium_id = $1`, [created.body.id, fixed]);
    await sql.query('COMMIT');
    const job = await runImport(fixture('memberships.xlsx'), 'ALL_OR_NOTHING', XLSX_CONTENT_TYPE, 'memberships');
    expect(job).toMatchObject({ status: 'SUCCEEDED', createdRows: 3, rejectedRows: 0 });
    const rows = await sql.query(
      `SELECT o.uscc, m.role, to_char(m.valid_from, 'YYYY-MM-DD') AS valid_from FROM membership m JOIN organization o ON o.id = m.organization_id WHERE m.consortium_id = $1 ORDER BY o.uscc`,
      [fixed],
    );
    expect(rows.rows.map((r) => Object.values(r))).toEqual([
      ['91500118FX0000018D', 'COUNCIL_CHAIR', '2025-03-01'],
      ['91500118FX00000268', 'MEMBER', '2025-07-01'],
      ['91500118FX00000343', 'COUNCIL_MEMBER', '2025-12-31'],
    ]);
    const audits = await sql.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'registry.membership.join' AND actor_id = $1`, [
      `import-job:${job.id}`,
    ]);
    expect(audits.rows[0].n).toBe(3);
  });

  it('exports CSV and XLSX that re-import with no change, formula-like names and every attribute included', async () => {
    const name = '=HYPERLINK("http://127.0.0.1/","重庆公式名称公司（演示）")';
    await http()
      .put(`/api/v1/organizations/by-uscc/${good(77)}`)
      .set(bearer(taskforce))
      .send({ name, type: 'ENTERPRISE', districtCode: '500118', isAboveScale: true, enterpriseSize: 'SMALL', integrationLevel: 'MUNICIPAL' })
      .expect(201);
    await http()
      .put(`/api/v1/organizations/by-uscc/${good(78)}`)
      .set(bearer(taskforce))
      .send({ name: "'+86 开头的名称（演示）", type: 'SCHOOL', districtCode: '500118', schoolLevel: 'UNIVERSITY' })
      .expect(201);
    const snapshot = async () => ({
      rows: await stored(''),
      versions: (await sql.query(`SELECT sum(version)::int AS v FROM organization`)).rows[0].v,
      ...(await counts()),
    });
    const before = await snapshot();
    const csv = await http().get('/api/v1/organizations/export').query({ format: 'csv' }).set(bearer(taskforce)).expect(200);
    expect(csv.text).toContain(`"'=HYPERLINK(""http://127.0.0.1/""`);
    const xlsx = await binary(http().get('/api/v1/organizations/export').query({ format: 'xlsx' }).set(bearer(taskforce))).expect(200);
    for (const [file, type] of [
      [csv.text, 'text/csv'],
      [xlsx.body as Buffer, XLSX_CONTENT_TYPE],
    ] as const) {
      const job = await runImport(file, 'ALL_OR_NOTHING', type);
      expect(job).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, updatedRows: 0, unchangedRows: before.rows.length, rejectedRows: 0 });
      expect(await snapshot()).toEqual(before);
    }
    expect(before.rows).toContainEqual([good(77), name, 'ENTERPRISE', '500118', null, 'SMALL', false, true, 'MUNICIPAL', null, false]);
    expect(before.rows).toContainEqual([good(78), "'+86 开头的名称（演示）", 'SCHOOL', '500118', 'UNIVERSITY', null, false, false, null, null, false]);
  });

  it('refuses a file that cannot be read at once — REJECTED with the reason, never retried', async () => {
    const cases: [Buffer | string, string, string][] = [
      [`uscc,name,type,districtCode\n${good(90)},"未闭合的引号,ENTERPRISE,500118\n`, 'text/csv', 'CSV_MALFORMED'],
      [fixture('organizations.xlsx'), 'text/csv', 'FILE_FORMAT_MISMATCH'],
      [Buffer.from([0x75, 0x73, 0x63, 0x63, 0x0a, 0x80, 0xff, 0xfe, 0x80, 0x0a]), 'text/csv', 'FILE_ENCODING_UNSUPPORTED'],
      [Buffer.from([0x00, 0x01, 0x02, 0x03, 0x1b, 0x5b, 0x32, 0x4a]), 'text/csv', 'FILE_NOT_TEXT'],
      ['uscc,name,type,districtCode\n', XLSX_CONTENT_TYPE, 'FILE_FORMAT_MISMATCH'],
    ];
    const before = await counts();
    const refused: string[] = [];
    for (const [body, type, code] of cases) {
      const started = Date.now();
      const job = await runImport(body, 'VALID_ROWS_ONLY', type);
      refused.push(job.id);
      expect(job).toMatchObject({ status: 'REJECTED', createdRows: 0, totalRows: 0, errorCount: 1 });
      expect(job.errors).toEqual([{ row: 0, field: 'file', code, message: expect.stringMatching(/[\u4e00-\u9fff]/) }]);
      expect(job.failure).toMatch(new RegExp(`^${code}: `));
      expect(Date.now() - started).toBeLessThan(10_000);
    }
    expect(await counts()).toEqual(before);
    // Run once each: the queue's job for each import finished on its first attempt, none failed or waits to be retried.
    const queue = new Queue('imports', { connection: workerConnection(env.REDIS_URL), prefix: env.QUEUE_PREFIX });
    try {
      const jobs = (await queue.getJobs(['completed', 'failed', 'delayed', 'waiting', 'active'])).filter((j) =>
        refused.includes(String(j.data?.payload?.importId)),
      );
      const runs = await Promise.all(jobs.map(async (j) => [String(j.data.payload.importId), await j.getState(), j.attemptsMade, j.failedReason || null]));
      expect(runs.sort()).toEqual(refused.map((id) => [id, 'completed', 1, null]).sort());
    } finally {
      await queue.close();
    }
  });

  it('finds each organization an import created or changed in the audit log, by its id, naming the import', async () => {
    const rows = Array.from({ length: 991 }, (_, i) => `${good(10_000 + i)},审计导入测试单位${i}（演示）,OTHER,500118`);
    const job = await runImport(['uscc,name,type,districtCode', ...rows].join('\n'), 'ALL_OR_NOTHING');
    expect(job).toMatchObject({ status: 'SUCCEEDED', createdRows: 991 });
    const audits = await sql.query(
      `SELECT count(*)::int AS n, count(DISTINCT entity_id)::int AS ids FROM audit_event WHERE action = 'registry.organization.create' AND actor_id = $1`,
      [`import-job:${job.id}`],
    );
    expect(audits.rows[0]).toEqual({ n: 991, ids: 991 });
    const [org] = (await sql.query(`SELECT id FROM organization WHERE uscc = $1`, [good(10_500)])).rows;
    const found = await http().get('/api/v1/audit-events').query({ entityId: org.id }).set(bearer(taskforce)).expect(200);
    expect(found.body.items).toEqual([
      expect.objectContaining({
        action: 'registry.organization.create',
        entityType: 'organization',
        entityId: org.id,
        actorType: 'system',
        actorId: `import-job:${job.id}`,
        before: null,
        after: expect.objectContaining({ uscc: good(10_500), name: '审计导入测试单位500（演示）', importId: job.id }),
      }),
    ]);

    const renamed = await runImport(['uscc,name,type,districtCode', `${good(10_500)},审计导入测试单位更名（演示）,OTHER,500118`].join('\n'), 'ALL_OR_NOTHING');
    expect(renamed).toMatchObject({ status: 'SUCCEEDED', updatedRows: 1 });
    const history = await http().get('/api/v1/audit-events').query({ entityId: org.id }).set(bearer(taskforce)).expect(200);
    expect(
      history.body.items
        .map((e: { action: string; actorId: string; before: { name: string } | null; after: { name: string } }) => [
          e.action,
          e.actorId,
          e.before?.name ?? null,
          e.after.name,
        ])
        .sort(),
    ).toEqual([
      ['registry.organization.create', `import-job:${job.id}`, null, '审计导入测试单位500（演示）'],
      ['registry.organization.update', `import-job:${renamed.id}`, '审计导入测试单位500（演示）', '审计导入测试单位更名（演示）'],
    ]);
  });
});
