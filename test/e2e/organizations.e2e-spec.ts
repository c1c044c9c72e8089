import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

const YONGCHUAN = '500118';
const WANZHOU = '500101';

/** Organizations by USCC, and a district system reading and writing within its district only. */
describe('organizations and district clients', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let admin: string;
  const http = () => request(api.getHttpServer());

  async function clientToken(district: string, scopes: string[]): Promise<string> {
    const created = await http()
      .post('/api/v1/api-clients')
      .set(bearer(admin))
      .send({ name: `${district} 系统`, districtCode: district, scopes })
      .expect(201);
    const token = await http()
      .post('/api/v1/oauth/token')
      .send({ grant_type: 'client_credentials', client_id: created.body.clientId, client_secret: created.body.clientSecret })
      .expect(200);
    return token.body.access_token;
  }

  const counts = async () =>
    (
      await sql.query(
        `SELECT (SELECT count(*) FROM organization)::int AS orgs, (SELECT count(*) FROM outbox_event)::int AS events,
                (SELECT count(*) FROM audit_event WHERE entity_type = 'organization')::int AS audits`,
      )
    ).rows[0];

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  it('refuses an invalid USCC naming the rule, and an unknown district, writing nothing', async () => {
    const before = await counts();
    const bad = await http()
      .put('/api/v1/organizations/by-uscc/91500000202805720U')
      .set(bearer(admin))
      .send({ name: '某企业', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(422);
    expect(bad.body).toMatchObject({ code: 'USCC_CHECK_CHARACTER', errors: [{ field: 'uscc', code: 'USCC_CHECK_CHARACTER' }] });
    const short = await http()
      .put('/api/v1/organizations/by-uscc/915000')
      .set(bearer(admin))
      .send({ name: '某企业', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(422);
    expect(short.body.code).toBe('USCC_LENGTH');
    const district = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MA60QW01')}`)
      .set(bearer(admin))
      .send({ name: '某企业', type: 'ENTERPRISE', districtCode: '999999' })
      .expect(422);
    expect(district.body.code).toBe('UNKNOWN_DISTRICT');
    expect(await counts()).toEqual(before);
  });

  it('accepts a code whose organization code carries letters after H (GB 11714 values J as 19)', async () => {
    // Valid under GB 11714 (MA01234J → 8) and GB 32100 (→ 2); checked by hand and in uscc.spec.ts.
    const created = await http()
      .put('/api/v1/organizations/by-uscc/91500000MA01234J82')
      .set(bearer(admin))
      .send({ name: '重庆某科技有限公司（演示）', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(201);
    expect(created.body).toMatchObject({ uscc: '91500000MA01234J82', districtCode: YONGCHUAN });
  });

  it('upserts by USCC: created, unchanged on a repeat, updated with name history', async () => {
    const uscc = makeUscc('5', '2', '500118', 'MJ1234AB');
    const body = { name: '重庆城市职业学院（演示）', type: 'SCHOOL', districtCode: YONGCHUAN };
    const created = await http().put(`/api/v1/organizations/by-uscc/${uscc}`).set(bearer(admin)).send(body).expect(201);
    const mid = await counts();
    expect(created.headers.etag).toBe('"v1"');
    const again = await http().put(`/api/v1/organizations/by-uscc/${uscc}`).set(bearer(admin)).set('if-match', created.headers.etag).send(body).expect(200);
    expect(again.body).toEqual(created.body);
    expect(await counts()).toEqual(mid);

    const renamed = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin))
      .set('if-match', again.headers.etag)
      .send({ ...body, name: '重庆城市职业学院（新名，演示）' })
      .expect(200);
    expect(renamed.body.version).toBe(2);
    expect(renamed.headers.etag).toBe('"v2"');
    const detail = await http().get(`/api/v1/organizations/${created.body.id}`).set(bearer(admin)).expect(200);
    expect(detail.headers.etag).toBe('"v2"');
    expect(detail.body.names.map((n: { name: string; validTo: string | null }) => [n.name, n.validTo === null])).toEqual([
      ['重庆城市职业学院（演示）', false],
      ['重庆城市职业学院（新名，演示）', true],
    ]);
  });

  it('lets a district system read and write its own district only (and only with its scopes)', async () => {
    const writer = await clientToken(YONGCHUAN, ['registry:read', 'registry:write']);
    const reader = await clientToken(YONGCHUAN, ['registry:read']);

    const ours = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MA5U7Y2K')}`)
      .set(bearer(writer))
      .send({ name: '永川区演示企业', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(201);
    const theirsUscc = makeUscc('9', '1', '500101', 'MA5UW3XQ');
    const theirs = await http()
      .put(`/api/v1/organizations/by-uscc/${theirsUscc}`)
      .set(bearer(admin))
      .send({ name: '万州区演示企业', type: 'ENTERPRISE', districtCode: WANZHOU })
      .expect(201);

    // Reads: own district only, whatever filter is asked for.
    const list = await http().get('/api/v1/organizations').set(bearer(reader)).expect(200);
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((o: { districtCode: string }) => o.districtCode === YONGCHUAN)).toBe(true);
    const asked = await http().get('/api/v1/organizations').query({ districtCode: WANZHOU }).set(bearer(reader)).expect(200);
    expect(asked.body.items).toEqual([]);
    await http().get(`/api/v1/organizations/${ours.body.id}`).set(bearer(reader)).expect(200);
    const hidden = await http().get(`/api/v1/organizations/${theirs.body.id}`).set(bearer(reader)).expect(404);
    expect(hidden.body.code).toBe('ORGANIZATION_NOT_FOUND');

    // Writes: own district only, and only with registry:write.
    const before = await counts();
    const outside = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500101', 'MA5UAAAA')}`)
      .set(bearer(writer))
      .send({ name: '越权企业', type: 'ENTERPRISE', districtCode: WANZHOU })
      .expect(403);
    expect(outside.body.code).toBe('OUTSIDE_DISTRICT');
    const takeover = await http()
      .put(`/api/v1/organizations/by-uscc/${theirsUscc}`)
      .set(bearer(writer))
      .send({ name: '改名企图', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(404);
    expect(takeover.body.code).toBe('ORGANIZATION_NOT_FOUND');
    const noScope = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MA5UBBBB')}`)
      .set(bearer(reader))
      .send({ name: '无权企业', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(403);
    expect(noScope.body.code).toBe('INSUFFICIENT_SCOPE');
    // And nothing for users' routes.
    await http().get('/api/v1/users').set(bearer(writer)).expect(403);
    expect(await counts()).toEqual(before);
    const name = await sql.query(`SELECT name FROM organization WHERE uscc = $1`, [theirsUscc]);
    expect(name.rows[0].name).toBe('万州区演示企业');
  });

  it('lets a member read its own organization and nobody else’s', async () => {
    const uscc = makeUscc('9', '1', '500118', 'MA5UCCCC');
    const own = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin))
      .send({ name: '成员单位甲（演示）', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(201);
    const other = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MA5UDDDD')}`)
      .set(bearer(admin))
      .send({ name: '成员单位乙（演示）', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(201);
    const member = await loginAs(api, 'member', { organizationId: own.body.id });
    await http().get(`/api/v1/organizations/${own.body.id}`).set(bearer(member.token)).expect(200);
    const res = await http().get(`/api/v1/organizations/${other.body.id}`).set(bearer(member.token)).expect(404);
    expect(res.body.code).toBe('NOT_FOUND');
    await http().get('/api/v1/organizations').set(bearer(member.token)).expect(403);
  });

  it('keeps type-specific attributes, and refuses one that does not apply to the type', async () => {
    const uscc = makeUscc('1', '2', '500118', 'MJ99YY01');
    const school = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin))
      .send({ name: '属性测试职业学院（演示）', type: 'SCHOOL', districtCode: YONGCHUAN, schoolLevel: 'HIGHER_VOCATIONAL' })
      .expect(201);
    expect(school.body).toMatchObject({ schoolLevel: 'HIGHER_VOCATIONAL', isAboveScale: false, parkLevel: null });
    const wrong = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MJ99YY02')}`)
      .set(bearer(admin))
      .send({ name: '属性测试公司（演示）', type: 'ENTERPRISE', districtCode: YONGCHUAN, schoolLevel: 'UNIVERSITY' })
      .expect(422);
    expect(wrong.body).toMatchObject({ code: 'ATTRIBUTE_NOT_APPLICABLE', errors: [{ field: 'schoolLevel' }] });
    const firm = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MJ99YY03')}`)
      .set(bearer(admin))
      .send({
        name: '属性测试链主企业（演示）',
        type: 'ENTERPRISE',
        districtCode: YONGCHUAN,
        isChainLeader: true,
        isAboveScale: true,
        enterpriseSize: 'LARGE',
        integrationLevel: 'MUNICIPAL',
      })
      .expect(201);
    expect(firm.body).toMatchObject({ isChainLeader: true, isAboveScale: true, enterpriseSize: 'LARGE', integrationLevel: 'MUNICIPAL' });
  });

  it('finds organizations by part of a Chinese name, page by page', async () => {
    const list = await http().get('/api/v1/organizations').query({ nameContains: '演示企业', limit: 1 }).set(bearer(admin)).expect(200);
    expect(list.body.items).toHaveLength(1);
    const next = await http()
      .get('/api/v1/organizations')
      .query({ nameContains: '演示企业', limit: 1, after: list.body.nextCursor })
      .set(bearer(admin))
      .expect(200);
    expect(next.body.items).toHaveLength(1);
    expect(next.body.items[0].id).not.toBe(list.body.items[0].id);
  });

  it('matches a name fragment case-insensitively where letters have case, and wildcards literally', async () => {
    await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', 'MJ88NC01')}`)
      .set(bearer(admin))
      .send({ name: 'AbC智造科技_100%（演示）', type: 'ENTERPRISE', districtCode: YONGCHUAN })
      .expect(201);
    const names = async (fragment: string) =>
      (await http().get('/api/v1/organizations').query({ nameContains: fragment }).set(bearer(admin)).expect(200)).body.items.map(
        (o: { name: string }) => o.name,
      );
    expect(await names('abc智造')).toEqual(['AbC智造科技_100%（演示）']);
    expect(await names('智造科技')).toEqual(['AbC智造科技_100%（演示）']);
    expect(await names('_100%')).toEqual(['AbC智造科技_100%（演示）']);
    // `%` and `_` are not wildcards: "科技%演示" would match the name as a LIKE pattern.
    expect(await names('科技%演示')).toEqual([]);
    expect(await names('AbC_')).toEqual([]);
  });

  it('updates an existing organization only with its current ETag: 428 without If-Match, 412 when stale, nothing written', async () => {
    const uscc = makeUscc('9', '1', '500118', 'MJ77EE01');
    const body = { name: '条件更新企业（演示）', type: 'ENTERPRISE', districtCode: YONGCHUAN };
    // If-Match names a version of something that must exist: none does yet.
    const phantom = await http().put(`/api/v1/organizations/by-uscc/${uscc}`).set(bearer(admin)).set('if-match', '"v1"').send(body).expect(412);
    expect(phantom.body.code).toBe('PRECONDITION_FAILED');
    const created = await http().put(`/api/v1/organizations/by-uscc/${uscc}`).set(bearer(admin)).send(body).expect(201);
    const before = await counts();

    const missing = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin))
      .send({ ...body, name: '无条件改名' })
      .expect(428);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ code: 'IF_MATCH_REQUIRED', errors: [{ field: 'If-Match' }] });
    const renamed = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin))
      .set('if-match', created.headers.etag)
      .send({ ...body, name: '第一次改名（演示）' })
      .expect(200);
    const mid = await counts();
    const stale = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin))
      .set('if-match', created.headers.etag)
      .send({ ...body, name: '过时的改名' })
      .expect(412);
    expect(stale.body).toMatchObject({ code: 'PRECONDITION_FAILED', errors: [{ field: 'If-Match' }] });
    expect(await counts()).toEqual(mid);
    expect(mid).not.toEqual(before);
    const detail = await http().get(`/api/v1/organizations/${created.body.id}`).set(bearer(admin)).expect(200);
    expect(detail.body.name).toBe('第一次改名（演示）');
    expect(detail.headers.etag).toBe(renamed.headers.etag);
  });
});
