import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import ExcelJS from 'exceljs';
import pg from 'pg';
import request from 'supertest';
import { makeUscc, XLSX_CONTENT_TYPE } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment, waitFor } from '#platform/testing';
import { startApi, startWorker } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

const good = (i: number) => makeUscc('9', '1', '500118', `MC${String(i).padStart(6, '0')}`);

/** Bulk import through the `imports` queue: row-level report, the two modes, idempotence, XLSX. */
describe('organization import and export', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;
  let taskforce: string;
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
    (await sql.query(`SELECT (SELECT count(*) FROM organization)::int AS orgs, (SELECT count(*) FROM outbox_event WHERE type LIKE 'registry.organization.%')::int AS events`)).rows[0];

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
    );
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    const env = testEnvironment({ DATABASE_URL: db.url });
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

    const xlsx = await http().get(`/api/v1/imports/${job.id}/report`).query({ format: 'xlsx' }).set(bearer(taskforce)).buffer(true).parse((res, cb) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => cb(null, Buffer.concat(chunks)));
    }).expect(200);
    const report = new ExcelJS.Workbook();
    await report.xlsx.load(xlsx.body as ArrayBuffer);
    const rows = report.worksheets[0].getSheetValues().filter(Boolean).map((r) => (r as unknown[]).slice(1));
    expect(rows).toEqual([
      ['row', 'field', 'code', 'message'],
      [3, 'uscc', 'USCC_LENGTH', 'a USCC has 18 characters, this has 10'],
    ]);
    const csv = await http().get(`/api/v1/imports/${job.id}/report`).query({ format: 'csv' }).set(bearer(taskforce)).expect(200);
    expect(csv.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/)).toEqual(['row,field,code,message', '3,uscc,USCC_LENGTH,"a USCC has 18 characters, this has 10"']);
  });

  it('exports what it imports: re-importing an export changes nothing', async () => {
    const exported = await http().get('/api/v1/organizations/export').query({ format: 'csv' }).set(bearer(taskforce)).expect(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const lines = exported.text.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(lines[0]).toBe('uscc,name,type,districtCode');
    const before = await counts();
    const job = await runImport(exported.text, 'ALL_OR_NOTHING');
    expect(job).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, updatedRows: 0, unchangedRows: lines.length - 1, rejectedRows: 0 });
    expect(await counts()).toEqual(before);
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

    const exported = await http().get('/api/v1/memberships/export').query({ format: 'csv', consortiumId: c, asOf: '2025-06-01' }).set(bearer(taskforce)).expect(200);
    expect(exported.text.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('consortiumId,uscc,role,validFrom,validTo,consortiumName,organizationName,isLead');
    const roundTrip = await runImport(exported.text, 'ALL_OR_NOTHING', 'text/csv', 'memberships');
    expect(roundTrip).toMatchObject({ status: 'SUCCEEDED', createdRows: 0, unchangedRows: 2, rejectedRows: 0 });
    expect(await memberships()).toBe(2);
  });

  it('refuses a body that is not a file, and a missing column', async () => {
    const json = await http().post('/api/v1/imports/organizations').set(bearer(taskforce)).send({ rows: [] }).expect(400);
    expect(json.body.errors[0]).toMatchObject({ field: 'body', code: 'NOT_A_FILE' });
    const job = await runImport('uscc,name\n91500000202805720T,某公司', 'VALID_ROWS_ONLY');
    expect(job).toMatchObject({ status: 'REJECTED', createdRows: 0 });
    expect(job.errors.map((e: { field: string; code: string }) => `${e.field}:${e.code}`)).toEqual(['type:MISSING_COLUMN', 'districtCode:MISSING_COLUMN']);
  });
});
