import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { plainToInstance } from 'class-transformer';
import { getMetadataStorage, validate } from 'class-validator';
import pg from 'pg';
import request from 'supertest';
import { flattenValidationErrors } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';
import { requestDtosOf } from '../support/routes.js';

/** Request fields that hold a name people read (of a unit, a person, a file, a list): each is taken through @IsName. */
const NAME_FIELD = /^(name|[a-z][A-Za-z]*Name)$/;
/** Name-like fields that are not names: an account's login (its own pattern, matched as registered). */
const NOT_NAMES = new Set(['username']);

/** Bad input is refused with 400 problem+json naming the field, and nothing is written. */
describe('request validation', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let admin: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, BODY_LIMIT_BYTES: '4096' }));
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  const counts = async () =>
    (
      await sql.query(`SELECT (SELECT count(*) FROM industry_cluster)::int AS rows, (SELECT count(*) FROM outbox_event)::int AS events,
                         (SELECT count(*) FROM audit_event WHERE action = 'registry.industry-cluster.create')::int AS audits`)
    ).rows[0];
  const post = () => request(api.getHttpServer()).post('/api/v1/industry-clusters').set(bearer(admin));
  const valid = { code: 'VALID-1', name: '先进材料', category: 'PILLAR' };

  async function expectProblem(res: request.Response, status: number, code: string, fields: string[]) {
    expect(res.status).toBe(status);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body).toMatchObject({ status, code, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    expect(res.body.requestId).toBe(res.headers['x-request-id']);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(fields));
    for (const field of fields) expect(res.body.detail).toContain(field);
    expect(JSON.stringify(res.body)).not.toMatch(/\bat .+\.(ts|js):\d+/); // no stack trace
  }

  it('refuses an unknown field and names it', async () => {
    const before = await counts();
    const res = await post().send({ ...valid, status: 'ACTIVE' });
    await expectProblem(res, 400, 'VALIDATION_FAILED', ['status']);
    expect(res.body.errors).toContainEqual({ field: 'status', code: 'UNKNOWN_FIELD', message: 'status 不是可接受的字段' });
    expect(await counts()).toEqual(before);
  });

  it('refuses wrong types and names each field', async () => {
    const before = await counts();
    const res = await post().send({ code: 42, name: ['先进材料'], category: 'PILLAR' });
    await expectProblem(res, 400, 'VALIDATION_FAILED', ['code', 'name']);
    expect(res.body.errors).toContainEqual(expect.objectContaining({ field: 'code', code: 'IS_STRING' }));
    expect(await counts()).toEqual(before);
  });

  it('refuses a value outside its set', async () => {
    const res = await post().send({ ...valid, category: 'HUGE' });
    await expectProblem(res, 400, 'VALIDATION_FAILED', ['category']);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'category', code: 'IS_IN' })]);
  });

  it('refuses a missing field', async () => {
    const { name: _omitted, ...rest } = valid;
    const res = await post().send(rest);
    await expectProblem(res, 400, 'VALIDATION_FAILED', ['name']);
  });

  it('refuses malformed JSON', async () => {
    const before = await counts();
    const res = await post().set('content-type', 'application/json').send('{"code": "X1", "name": ');
    await expectProblem(res, 400, 'MALFORMED_JSON', ['body']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a body nested deeper than any DTO, instead of overflowing the stack', async () => {
    const before = await counts();
    const res = await post()
      .set('content-type', 'application/json')
      .send(`{"code":"DEEP-1","name":${'{"a":'.repeat(600)}1${'}'.repeat(600)},"category":"PILLAR"}`);
    await expectProblem(res, 400, 'VALIDATION_FAILED', ['body']);
    expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'TOO_DEEP' })]);
    expect(await counts()).toEqual(before);
  });

  it('refuses text PostgreSQL cannot store (a NUL, a lone surrogate) before it reaches the database', async () => {
    const before = await counts();
    for (const name of ['材\u0000料', 'a\ud800b', '\udc00']) {
      const res = await post().send({ ...valid, name });
      await expectProblem(res, 400, 'VALIDATION_FAILED', ['body']);
      expect(res.body.errors).toEqual([expect.objectContaining({ field: 'body', code: 'INVALID_TEXT' })]);
    }
    const login = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ username: '\ud800', password: 'x' });
    await expectProblem(login, 400, 'VALIDATION_FAILED', ['username']);
    expect(await counts()).toEqual(before);
  });

  it('refuses a login whose username or password is not a string, before checking credentials', async () => {
    const audits = async () => (await sql.query(`SELECT count(*)::int AS n FROM audit_event`)).rows[0].n;
    const before = await audits();
    const res = await request(api.getHttpServer()).post('/api/v1/auth/login').send({ username: 12345, password: true });
    await expectProblem(res, 400, 'VALIDATION_FAILED', ['username', 'password']);
    expect(await audits()).toBe(before);
  });

  it('refuses a missing nested object (a scheme without definition, a rule set without thresholds)', async () => {
    const taskforce = (await loginAs(api, 'taskforce')).token;
    const scheme = await request(api.getHttpServer()).post('/api/v1/evaluation/schemes').set(bearer(taskforce)).send({ code: 'NO-DEF', name: '无定义方案' });
    await expectProblem(scheme, 400, 'VALIDATION_FAILED', ['definition']);
    const rules = await request(api.getHttpServer()).post('/api/v1/adjustment/rule-sets').set(bearer(taskforce)).send({ note: '没有阈值' });
    await expectProblem(rules, 400, 'VALIDATION_FAILED', ['thresholds']);
  });

  it('refuses a body over the size limit', async () => {
    const res = await post().send({ ...valid, name: '材'.repeat(5000) });
    await expectProblem(res, 413, 'PAYLOAD_TOO_LARGE', ['body']);
  });

  it('refuses a body that is not JSON', async () => {
    const res = await post().set('content-type', 'text/plain').send('code=X');
    expect(res.status).toBe(415);
    expect(res.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers an unknown route with a 404 problem', async () => {
    const res = await request(api.getHttpServer()).get('/api/v1/nothing-here').expect(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.body.code).toBe('NOT_FOUND');
  });

  it('accepts the valid body, Chinese text included', async () => {
    const res = await post().send(valid).expect(201);
    expect(res.body).toMatchObject({ code: 'VALID-1', name: '先进材料', category: 'PILLAR' });
    expect(await counts()).toEqual({ rows: 1, events: 1, audits: 1 });
  });

  it('takes every name field of every request body or query through the name rules, so a new one cannot escape them', async () => {
    const storage = getMetadataStorage();
    const seen = new Set<Function>();
    const found: string[] = [];
    const problems: string[] = [];
    const walk = async (type: Function, where: string): Promise<void> => {
      if (seen.has(type)) return;
      seen.add(type);
      const metas = storage.getTargetValidationMetadatas(type, '', true, false);
      for (const name of [...new Set(metas.map((m) => m.propertyName))]) {
        const swagger = (Reflect.getMetadata('swagger/apiModelProperties', type.prototype, name) ?? {}) as { type?: unknown };
        if (typeof swagger.type === 'function' && swagger.type.prototype && ![String, Number, Boolean, Object, Array].includes(swagger.type as never))
          await walk(swagger.type, `${where}.${name}`);
        if (Array.isArray(swagger.type) && typeof swagger.type[0] === 'function') await walk(swagger.type[0] as Function, `${where}.${name}[]`);
        if (!NAME_FIELD.test(name) || NOT_NAMES.has(name)) continue;
        found.push(`${where}.${name}`);
        for (const [bad, code] of [
          ['   ', 'NAME_EMPTY'],
          ['发票\u202Efdp.exe', 'NAME_CONTROL_CHARACTER'],
          ['重庆\u200B名称', 'NAME_CONTROL_CHARACTER'],
        ]) {
          const errors = flattenValidationErrors(await validate(plainToInstance(type as new () => object, { [name]: bad })));
          if (!errors.some((e) => e.field === name && e.code === code)) problems.push(`${where}.${name} accepts ${JSON.stringify(bad)}`);
        }
      }
    };
    for (const { key, type } of requestDtosOf(api)) await walk(type, `${key} ${type.name}`);
    expect(problems).toEqual([]);
    // The walk reaches the name fields of today's contract.
    for (const field of ['name', 'displayName', 'personName', 'fileName', 'listName']) expect(found.some((f) => f.endsWith(`.${field}`))).toBe(true);
  });

  it('normalises names and refuses blank or control-laden ones everywhere a name is taken, naming the field', async () => {
    const taskforce = (await loginAs(api, 'taskforce')).token;
    const http = () => request(api.getHttpServer());
    const consortium = (name: string) =>
      http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' });
    const organization = (name: string) =>
      http().put('/api/v1/organizations/by-uscc/91500118FX0000099Q').set(bearer(taskforce)).send({ name, type: 'OTHER', districtCode: '500118' });
    const user = (displayName: string) =>
      http().post('/api/v1/users').set(bearer(admin)).send({ username: 'names.check', password: 'Correct-Horse-9-Battery', displayName, bindings: [] });
    const before = await counts();
    for (const [send, field] of [
      [consortium, 'name'],
      [organization, 'name'],
      [user, 'displayName'],
    ] as const) {
      for (const [bad, code] of [
        ['   ', 'NAME_EMPTY'],
        ['\u3000\t', 'NAME_CONTROL_CHARACTER'],
        ['重庆\u202E体合联', 'NAME_CONTROL_CHARACTER'],
        ['重庆\u200B联合体', 'NAME_CONTROL_CHARACTER'],
        ['\uFEFF重庆联合体', 'NAME_CONTROL_CHARACTER'],
        ['重庆\u0085联合体', 'NAME_CONTROL_CHARACTER'],
      ]) {
        const res = await send(bad).expect(400);
        expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(res.body.errors).toEqual([expect.objectContaining({ field, code })]);
      }
    }
    expect(await counts()).toEqual(before);
    const created = await consortium('  重庆\u3000名称 规范联合体（演示）  ').expect(201);
    expect(created.body.name).toBe('重庆 名称 规范联合体（演示）');
    const stored = await sql.query(`SELECT name FROM consortium WHERE id = $1`, [created.body.id]);
    expect(stored.rows[0].name).toBe('重庆 名称 规范联合体（演示）');
  });
});
