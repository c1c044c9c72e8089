import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

const HAN = /\p{Script=Han}/u;

/** Sends bytes over a plain socket (supertest would encode the URL) and reads the problem the server answers. */
function raw(api: NestFastifyApplication, bytes: Buffer): Promise<{ status: number; body: Record<string, unknown> }> {
  const { port } = api.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const [head, ...rest] = Buffer.concat(chunks).toString('utf8').split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: JSON.parse(rest.join('\r\n\r\n')) as Record<string, unknown> });
    });
  });
}

/** Chinese first: the dictionaries, and problem details in Chinese unless English is asked for. */
describe('Chinese first', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let admin: string;
  let member: string;
  let taskforce: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, BODY_LIMIT_BYTES: '4096' }));
    admin = (await loginAs(api, 'admin')).token;
    member = (await loginAs(api, 'member', { organizationId: 'cccccccc-0000-4000-8000-000000000003' })).token;
    taskforce = (await loginAs(api, 'taskforce')).token;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  describe('GET /api/v1/dictionaries', () => {
    it('lists every enum with Chinese and English labels, without a login, cacheable', async () => {
      const res = await http().get('/api/v1/dictionaries').expect(200);
      expect(res.headers['cache-control']).toMatch(/max-age=\d+/);
      expect(res.headers.etag).toMatch(/^W\/"c-/);
      const byName = new Map(
        (res.body.items as { name: string; values: { code: string | number; label: { zh: string; en: string } }[] }[]).map((d) => [d.name, d]),
      );
      const label = (name: string, code: string | number) => byName.get(name)?.values.find((v) => v.code === code)?.label;
      expect(label('ConsortiumStatus', 'ACTIVE')).toEqual({ zh: '在册', en: 'Active' });
      expect(label('Tier', 'PARK_LED')).toEqual({ zh: '园区牵头', en: 'Park-led' });
      expect(label('CompositionWarning', 'NO_SCHOOL')).toEqual({ zh: '成员中没有学校', en: 'No school among the members' });
      expect(label('RuleId', 7)?.zh).toContain('四个季度');
      expect(label('ErrorCode', 'CONSORTIUM_NOT_FOUND')?.zh).toBe('联合体不存在，或无权查看');
      expect(byName.get('ConsortiumStatus')!.values.map((v) => v.code)).toEqual(['PREPARING', 'ACTIVE', 'WARNED', 'PROBATION', 'DELISTED']);
    });

    it('answers 304 to If-None-Match with its ETag, weak or strong, and 200 to another', async () => {
      const { etag } = (await http().get('/api/v1/dictionaries').expect(200)).headers;
      const notModified = await http().get('/api/v1/dictionaries').set('If-None-Match', etag).expect(304);
      expect(notModified.headers.etag).toBe(etag);
      expect(notModified.text).toBe('');
      await http().get('/api/v1/dictionaries').set('If-None-Match', etag.replace(/^W\//, '')).expect(304);
      await http().get('/api/v1/dictionaries').set('If-None-Match', 'W/"c-other"').expect(200);
    });
  });

  describe('problem details', () => {
    const badCluster = { code: 'x', name: 7, category: 'NOPE', extra: 1 };

    it('a validation error: Chinese title, detail and field messages by default, the field path and code kept', async () => {
      const res = await http().post('/api/v1/industry-clusters').set(bearer(admin)).send(badCluster).expect(400);
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', title: '请求有误' });
      expect(res.body.detail).toMatch(/^请求数据有误（/);
      for (const field of ['code', 'name', 'category', 'extra']) expect(res.body.detail).toContain(field);
      expect(res.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'extra', code: 'UNKNOWN_FIELD', message: 'extra 不是可接受的字段' },
          { field: 'name', code: 'IS_STRING', message: 'name 应为文本' },
          { field: 'category', code: 'IS_IN', message: expect.stringMatching(/^category 应为以下取值之一：PILLAR, ADVANTAGE, EMERGING, OTHER$/) },
          { field: 'code', code: 'MATCHES', message: 'code：代码应为 2–32 个 A–Z、0–9 或 - 字符' },
        ]),
      );
    });

    it('the same in English with Accept-Language: en (and en-US; q-values weigh)', async () => {
      for (const header of ['en', 'en-US,en;q=0.9', 'zh-CN;q=0.2, en;q=0.8']) {
        const res = await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('Accept-Language', header).send(badCluster).expect(400);
        expect(res.body).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Bad Request' });
        expect(res.body.detail).toMatch(/^Invalid request: /);
        expect(res.body.errors).toContainEqual({ field: 'extra', code: 'UNKNOWN_FIELD', message: 'extra is not an accepted field' });
      }
      for (const header of ['zh-CN,zh;q=0.9,en;q=0.8', 'fr', '*']) {
        const res = await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('Accept-Language', header).send(badCluster).expect(400);
        expect(res.body.title).toBe('请求有误');
      }
    });

    it('a domain error (409): the code stays, the text follows the language', async () => {
      const cluster = { code: 'LANG-1', name: '语言测试集群', category: 'OTHER' };
      await http().post('/api/v1/industry-clusters').set(bearer(admin)).send(cluster).expect(201);
      const zh = await http().post('/api/v1/industry-clusters').set(bearer(admin)).send(cluster).expect(409);
      expect(zh.body).toMatchObject({ code: 'INDUSTRY_CLUSTER_EXISTS', title: '与当前状态冲突', detail: '该产业集群已存在' });
      const en = await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('Accept-Language', 'en').send(cluster).expect(409);
      expect(en.body).toMatchObject({ code: 'INDUSTRY_CLUSTER_EXISTS', title: 'Conflict' });
      expect(en.body.detail).not.toMatch(HAN);
    });

    it('a 404 of an object and of a route', async () => {
      const missing = '/api/v1/consortia/0b7e1f0e-9a43-4a1d-8a4e-7a8d0f4b2c11';
      const zh = await http().get(missing).set(bearer(admin)).expect(404);
      expect(zh.body).toMatchObject({ code: 'CONSORTIUM_NOT_FOUND', title: '未找到', detail: '联合体不存在，或无权查看' });
      const en = await http().get(missing).set(bearer(admin)).set('Accept-Language', 'en').expect(404);
      expect(en.body).toMatchObject({ code: 'CONSORTIUM_NOT_FOUND', title: 'Not Found', detail: 'No such consortium' });
      const route = await http().get('/api/v1/nowhere').expect(404);
      expect(route.body).toMatchObject({ code: 'NOT_FOUND', title: '未找到', detail: '没有接口提供 GET /api/v1/nowhere。' });
      expect((await http().get('/api/v1/nowhere').set('Accept-Language', 'en').expect(404)).body.detail).toBe('No route serves GET /api/v1/nowhere.');
    });

    it('a 401 and a 403', async () => {
      const anonymous = await http().get('/api/v1/users').expect(401);
      expect(anonymous.body).toMatchObject({ code: 'INVALID_TOKEN', title: '未登录或凭据无效' });
      expect(anonymous.body.detail).toMatch(HAN);
      const anonymousEn = await http().get('/api/v1/users').set('Accept-Language', 'en').expect(401);
      expect(anonymousEn.body).toMatchObject({ code: 'INVALID_TOKEN', title: 'Unauthorized' });
      expect(anonymousEn.body.detail).not.toMatch(HAN);
      const forbidden = await http()
        .post('/api/v1/industry-clusters')
        .set(bearer(member))
        .send({ code: 'LANG-2', name: '集群', category: 'OTHER' })
        .expect(403);
      expect(forbidden.body).toMatchObject({ code: 'FORBIDDEN', title: '无权操作', detail: '无权操作' });
      const forbiddenEn = await http()
        .post('/api/v1/industry-clusters')
        .set(bearer(member))
        .set('Accept-Language', 'en')
        .send({ code: 'LANG-2', name: '集群', category: 'OTHER' })
        .expect(403);
      expect(forbiddenEn.body).toMatchObject({ code: 'FORBIDDEN', title: 'Forbidden', detail: 'Your role does not allow this' });
    });

    it('the HTTP-level errors: malformed JSON, a wrong content type, a wrong method, a URL the parser refuses', async () => {
      const json = await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('content-type', 'application/json').send('{"code":').expect(400);
      expect(json.body).toMatchObject({
        code: 'MALFORMED_JSON',
        title: '请求有误',
        detail: '请求体（body）不是有效的 JSON',
        errors: [{ field: 'body', code: 'MALFORMED_JSON', message: '请求体（body）不是有效的 JSON' }],
      });
      const jsonEn = await http()
        .post('/api/v1/industry-clusters')
        .set(bearer(admin))
        .set('Accept-Language', 'en')
        .set('content-type', 'application/json')
        .send('{"code":')
        .expect(400);
      expect(jsonEn.body).toMatchObject({ code: 'MALFORMED_JSON', title: 'Bad Request', detail: 'body is not valid JSON' });

      const media = await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('content-type', 'text/plain').send('x').expect(415);
      expect(media.body).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        title: '不支持的内容类型',
        detail: '此处不接受内容类型 text/plain，请以 application/json 发送。',
      });
      const mediaEn = await http()
        .post('/api/v1/industry-clusters')
        .set(bearer(admin))
        .set('Accept-Language', 'en')
        .set('content-type', 'text/plain')
        .send('x')
        .expect(415);
      expect(mediaEn.body.detail).toBe('The content type text/plain is not accepted here; send application/json.');

      const method = await http().delete('/api/v1/industry-clusters').set(bearer(admin)).expect(405);
      expect(method.body).toMatchObject({ code: 'METHOD_NOT_ALLOWED', title: '不支持该请求方法' });
      expect(method.body.detail).toMatch(/^此路径不支持 DELETE/);

      const url = Buffer.concat([
        Buffer.from('GET /api/v1/organizations?nameContains='),
        Buffer.from('永川', 'utf8'),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\n\r\n'),
      ]);
      const zh = await raw(api, url);
      expect(zh).toMatchObject({ status: 400, body: { code: 'MALFORMED_URL', title: '请求有误' } });
      expect(zh.body.detail).toContain('%E6%B0%B8%E5%B7%9D');
      expect(zh.body.detail).toMatch(/^请求地址/);
      const urlEn = Buffer.concat([
        Buffer.from('GET /api/v1/organizations?nameContains='),
        Buffer.from('永川', 'utf8'),
        Buffer.from(' HTTP/1.1\r\nHost: x\r\nAccept-Language: en-GB\r\n\r\n'),
      ]);
      const en = await raw(api, urlEn);
      expect(en).toMatchObject({ status: 400, body: { code: 'MALFORMED_URL', title: 'Bad Request' } });
      expect(en.body.detail).toMatch(/^The request URL/);
    });
  });

  it('composition warnings (NO_SCHOOL, …) in Chinese by default and in English on request, codes unchanged', async () => {
    await http().post('/api/v1/industry-clusters').set(bearer(admin)).send({ code: 'LANG-W', name: '语言测试产业集群', category: 'OTHER' }).expect(201);
    const consortium = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: '语言测试联合体（演示）', kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], clusterCode: 'LANG-W', establishedOn: '2025-01-01' })
        .expect(201)
    ).body as { id: string };
    const firm = (
      await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'LANG0001')}`)
        .set(bearer(taskforce))
        .send({ name: '语言测试公司（演示）', type: 'ENTERPRISE', districtCode: '500118' })
        .expect(201)
    ).body.id as string;
    const joined = await http()
      .post(`/api/v1/consortia/${consortium.id}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: firm, role: 'COUNCIL_CHAIR', isLead: true, validFrom: '2025-02-01' })
      .expect(201);
    expect(joined.body.warnings).toContainEqual({ code: 'NO_SCHOOL', message: '成员中没有学校' });
    expect(joined.body.warnings).toContainEqual({ code: 'COUNCIL_NO_SCHOOL', message: '理事会中没有学校' });
    const english = await http()
      .get(`/api/v1/consortia/${consortium.id}/members`)
      .query({ asOf: '2025-02-01' })
      .set(bearer(taskforce))
      .set('Accept-Language', 'en')
      .expect(200);
    expect(english.body.warnings).toContainEqual({ code: 'NO_SCHOOL', message: 'No school among the members' });
    const chinese = await http().get(`/api/v1/consortia/${consortium.id}/members`).query({ asOf: '2025-02-01' }).set(bearer(taskforce)).expect(200);
    expect(chinese.body.warnings.map((w: { code: string }) => w.code)).toEqual(english.body.warnings.map((w: { code: string }) => w.code));
    for (const w of chinese.body.warnings as { message: string }[]) expect(w.message).toMatch(/\p{Script=Han}/u);
  });
});
