import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

let seq = 0;
const uscc = (district = '500118') => makeUscc('9', '1', district, `MA${String(++seq).padStart(6, '0')}`);

/** Consortia, decisions, memberships as intervals, composition rules, and the list as of a date. */
describe('consortia and memberships', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let taskforce: string;
  const http = () => request(api.getHttpServer());

  const org = async (name: string, type: string, district = '500118') =>
    (
      await http()
        .put(`/api/v1/organizations/by-uscc/${uscc(district)}`)
        .set(bearer(taskforce))
        .send({ name, type, districtCode: district })
        .expect(201)
    ).body.id as string;

  const consortium = async (name: string, body: Record<string, unknown> = {}) =>
    (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], clusterCode: 'ICV-NEV', establishedOn: '2025-01-01', ...body })
        .expect(201)
    ).body as { id: string; status: string };

  const decide = (id: string, body: Record<string, unknown>) => http().post(`/api/v1/consortia/${id}/decisions`).set(bearer(taskforce)).send(body);
  const join = (id: string, body: Record<string, unknown>) => http().post(`/api/v1/consortia/${id}/memberships`).set(bearer(taskforce)).send(body);
  const exit = (id: string, membershipId: string, body: Record<string, unknown>) =>
    http().post(`/api/v1/consortia/${id}/memberships/${membershipId}/exit`).set(bearer(taskforce)).send(body);
  const roleChange = (id: string, membershipId: string, body: Record<string, unknown>) =>
    http().post(`/api/v1/consortia/${id}/memberships/${membershipId}/role-change`).set(bearer(taskforce)).send(body);
  const members = async (id: string, asOf: string) =>
    (await http().get(`/api/v1/consortia/${id}/members`).query({ asOf }).set(bearer(taskforce)).expect(200)).body as {
      members: { organizationId: string; role: string; isLead: boolean }[];
      warnings: { code: string }[];
    };
  const listOn = async (asOf: string) =>
    (await http().get('/api/v1/official-list').query({ asOf }).expect(200)).body.items as { consortiumId: string; status: string }[];

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    await sql.query(`INSERT INTO industry_cluster (code, name, category) VALUES ('ICV-NEV', '智能网联新能源汽车', 'PILLAR')`);
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  it('enters the official list only by a decision, on its effective date', async () => {
    const c = await consortium('永川智能网联新能源汽车产教联合体（演示）');
    expect(c.status).toBe('PREPARING');
    expect((await listOn('2025-06-01')).map((e) => e.consortiumId)).not.toContain(c.id);
    const res = await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-07-01', reason: '工作专班审定入册' }).expect(201);
    expect(res.body.decision).toMatchObject({ fromStatus: 'PREPARING', toStatus: 'ACTIVE', effectiveOn: '2025-07-01' });
    expect((await listOn('2025-06-30')).map((e) => e.consortiumId)).not.toContain(c.id);
    expect((await listOn('2025-07-01')).map((e) => e.consortiumId)).toContain(c.id);
    // The correction route refuses status and tier: they change only by decision.
    const etag = (await http().get(`/api/v1/consortia/${c.id}`).set(bearer(taskforce)).expect(200)).headers.etag;
    const plainPatch = await http()
      .patch(`/api/v1/consortia/${c.id}`)
      .set(bearer(taskforce))
      .set('If-Match', etag)
      .send({ status: 'DELISTED', tier: 'NATIONAL', reason: '直接改状态' })
      .expect(400);
    expect(plainPatch.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'tier']);
    expect((await http().get(`/api/v1/consortia/${c.id}`).set(bearer(taskforce)).expect(200)).body).toMatchObject({ status: 'ACTIVE' });
  });

  it('refuses decisions that cannot apply, and names why', async () => {
    const c = await consortium('决策校验联合体（演示）');
    expect((await decide(c.id, { toStatus: 'WARNED', effectiveOn: '2025-02-01', reason: '直接警示' }).expect(422)).body.code).toBe(
      'STATUS_TRANSITION_NOT_ALLOWED',
    );
    expect((await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-01-01', reason: '同日' }).expect(422)).body.code).toBe('EFFECTIVE_DATE_TOO_EARLY');
    expect((await decide(c.id, { toStatus: 'PREPARING', effectiveOn: '2025-02-01', reason: '原样不变' }).expect(422)).body.code).toBe(
      'DECISION_CHANGES_NOTHING',
    );
    expect((await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-02-01', reason: '过期的决定', expectedStatus: 'WARNED' }).expect(409)).body.code).toBe(
      'STALE_DECISION',
    );
    const short = await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-02-01', reason: 'x' }).expect(400);
    expect(short.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    const count = await sql.query(`SELECT count(*)::int AS n FROM consortium_decision WHERE consortium_id = $1`, [c.id]);
    expect(count.rows[0].n).toBe(0);
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const c = await consortium('并发决策联合体（演示）');
    await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-02-01', reason: '入册' }).expect(201);
    const body = { toStatus: 'WARNED', effectiveOn: '2025-10-01', reason: '黄牌警示', expectedStatus: 'ACTIVE' };
    const results = await Promise.all([decide(c.id, body), decide(c.id, body), decide(c.id, body)]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect(results.filter((r) => r.status === 409).every((r) => r.body.code === 'STALE_DECISION')).toBe(true);
    const periods = await sql.query(`SELECT status, valid_from::text, valid_to::text FROM consortium_period WHERE consortium_id = $1 ORDER BY valid_from`, [
      c.id,
    ]);
    expect(periods.rows).toEqual([
      { status: 'PREPARING', valid_from: '2025-01-01', valid_to: '2025-02-01' },
      { status: 'ACTIVE', valid_from: '2025-02-01', valid_to: '2025-10-01' },
      { status: 'WARNED', valid_from: '2025-10-01', valid_to: null },
    ]);
  });

  it('answers "members on date D" from a scripted history of joins, role changes and exits', async () => {
    const c = await consortium('历史脚本联合体（演示）');
    const school = await org('重庆某职业技术学院（演示）', 'SCHOOL');
    const firm = await org('重庆某汽车零部件公司（演示）', 'ENTERPRISE');
    const park = await org('永川某产业园（演示）', 'PARK');
    const firm2 = await org('重庆某软件公司（演示）', 'ENTERPRISE');

    const chair = (await join(c.id, { organizationId: school, role: 'COUNCIL_CHAIR', isLead: true, validFrom: '2025-01-10' }).expect(201)).body;
    expect(chair.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['NO_ENTERPRISE', 'COUNCIL_NO_GOVERNMENT_OR_PARK']));
    const vice = (await join(c.id, { organizationId: firm, role: 'COUNCIL_VICE_CHAIR', validFrom: '2025-02-01' }).expect(201)).body;
    const parkM = (await join(c.id, { organizationId: park, role: 'COUNCIL_MEMBER', isCoLead: true, validFrom: '2025-03-01' }).expect(201)).body;
    const profile = await http().get(`/api/v1/consortia/${c.id}`).query({ asOf: '2025-03-01' }).set(bearer(taskforce)).expect(200);
    expect(profile.body).toMatchObject({ leadOrganizationId: school, coLeadOrganizationIds: [park] });
    expect(parkM.warnings).toEqual([]);
    const demoted = (await roleChange(c.id, vice.membership.id, { role: 'MEMBER', effectiveOn: '2025-06-01' }).expect(201)).body;
    expect(demoted.membership).toMatchObject({ role: 'MEMBER', previousId: vice.membership.id, validFrom: '2025-06-01' });
    expect(demoted.warnings.map((w: { code: string }) => w.code)).toEqual(['COUNCIL_NO_ENTERPRISE']);
    await join(c.id, { organizationId: firm2, role: 'COUNCIL_MEMBER', validFrom: '2025-07-01' }).expect(201);
    const left = (
      await exit(c.id, chair.membership.id, { effectiveOn: '2025-09-01', reason: 'VOLUNTARY', successorMembershipId: demoted.membership.id }).expect(201)
    ).body;
    expect(left.membership).toMatchObject({ validTo: '2025-09-01', endReason: 'VOLUNTARY' });
    expect(left.warnings.map((w: { code: string }) => w.code)).toEqual(expect.arrayContaining(['NO_SCHOOL', 'NO_CHAIR']));

    const at = async (date: string) =>
      (await members(c.id, date)).members
        .map(
          (m) =>
            `${m.organizationId === school ? 'school' : m.organizationId === firm ? 'firm' : m.organizationId === park ? 'park' : 'firm2'}:${m.role}${m.isLead ? '+lead' : ''}`,
        )
        .sort();
    expect(await at('2025-01-09')).toEqual([]);
    expect(await at('2025-01-10')).toEqual(['school:COUNCIL_CHAIR+lead']);
    expect(await at('2025-02-15')).toEqual(['firm:COUNCIL_VICE_CHAIR', 'school:COUNCIL_CHAIR+lead']);
    expect(await at('2025-05-31')).toEqual(['firm:COUNCIL_VICE_CHAIR', 'park:COUNCIL_MEMBER', 'school:COUNCIL_CHAIR+lead']);
    expect(await at('2025-06-01')).toEqual(['firm:MEMBER', 'park:COUNCIL_MEMBER', 'school:COUNCIL_CHAIR+lead']);
    expect(await at('2025-08-31')).toEqual(['firm2:COUNCIL_MEMBER', 'firm:MEMBER', 'park:COUNCIL_MEMBER', 'school:COUNCIL_CHAIR+lead']);
    expect(await at('2025-09-01')).toEqual(['firm2:COUNCIL_MEMBER', 'firm:MEMBER+lead', 'park:COUNCIL_MEMBER']);

    const ofFirm = await http().get(`/api/v1/organizations/${firm}/consortia`).query({ asOf: '2025-03-01' }).set(bearer(taskforce)).expect(200);
    expect(ofFirm.body.consortia).toEqual([expect.objectContaining({ consortiumId: c.id, role: 'COUNCIL_VICE_CHAIR', isLead: false })]);
    const before = await http().get(`/api/v1/organizations/${firm}/consortia`).query({ asOf: '2025-01-31' }).set(bearer(taskforce)).expect(200);
    expect(before.body.consortia).toEqual([]);
    // Rows are never deleted: school 1, firm 3 (vice chair, member, member + lead), park 1, firm2 1.
    const rows = await sql.query(`SELECT count(*)::int AS n FROM membership WHERE consortium_id = $1`, [c.id]);
    expect(rows.rows[0].n).toBe(6);
  });

  it('refuses joining twice, leaving twice, a second chair, and the lead leaving without a successor', async () => {
    const c = await consortium('拒绝规则联合体（演示）');
    const school = await org('重庆某中职学校（演示）', 'SCHOOL');
    const firm = await org('重庆某电子公司（演示）', 'ENTERPRISE');
    const lead = (await join(c.id, { organizationId: school, role: 'COUNCIL_CHAIR', isLead: true, validFrom: '2025-01-10' }).expect(201)).body;
    const m = (await join(c.id, { organizationId: firm, role: 'MEMBER', validFrom: '2025-01-10' }).expect(201)).body;
    const snapshot = async () =>
      (await sql.query(`SELECT count(*)::int AS n, count(valid_to)::int AS closed FROM membership WHERE consortium_id = $1`, [c.id])).rows[0];
    const before = await snapshot();

    expect((await join(c.id, { organizationId: firm, role: 'MEMBER', validFrom: '2025-03-01' }).expect(409)).body.code).toBe('ALREADY_MEMBER');
    expect(
      (await join(c.id, { organizationId: await org('另一学校（演示）', 'SCHOOL'), role: 'COUNCIL_CHAIR', validFrom: '2025-03-01' }).expect(422)).body.code,
    ).toBe('SECOND_CHAIR');
    expect((await roleChange(c.id, m.membership.id, { role: 'COUNCIL_CHAIR', effectiveOn: '2025-04-01' }).expect(422)).body.code).toBe('SECOND_CHAIR');
    const noSuccessor = await exit(c.id, lead.membership.id, { effectiveOn: '2025-05-01', reason: 'VOLUNTARY' }).expect(422);
    expect(noSuccessor.body).toMatchObject({ code: 'LEAD_WITHOUT_SUCCESSOR', errors: [{ field: 'successorMembershipId' }] });
    expect(await snapshot()).toEqual({ ...before, n: before.n + 0 });

    await exit(c.id, m.membership.id, { effectiveOn: '2025-05-01', reason: 'EXPELLED' }).expect(201);
    expect((await exit(c.id, m.membership.id, { effectiveOn: '2025-06-01', reason: 'VOLUNTARY' }).expect(409)).body.code).toBe('ALREADY_LEFT');
    expect(
      (await exit(c.id, lead.membership.id, { effectiveOn: '2025-01-05', reason: 'VOLUNTARY', successorMembershipId: m.membership.id }).expect(422)).body.code,
    ).toBe('DATE_BEFORE_START');
    const unknown = await join(c.id, { organizationId: '00000000-0000-4000-8000-000000000000', role: 'MEMBER', validFrom: '2025-03-01' }).expect(404);
    expect(unknown.body.code).toBe('ORGANIZATION_NOT_FOUND');
  });

  it('keeps a delisted consortium’s membership frozen', async () => {
    const c = await consortium('退出名单联合体（演示）');
    await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-02-01', reason: '入册' }).expect(201);
    await decide(c.id, { toStatus: 'DELISTED', effectiveOn: '2025-12-01', reason: '年度考核不合格' }).expect(201);
    const res = await join(c.id, { organizationId: await org('迟到的企业（演示）', 'ENTERPRISE'), role: 'MEMBER', validFrom: '2026-01-01' }).expect(422);
    expect(res.body.code).toBe('CONSORTIUM_DELISTED');
    expect((await listOn('2025-11-30')).map((e) => e.consortiumId)).toContain(c.id);
    expect((await listOn('2025-12-01')).map((e) => e.consortiumId)).not.toContain(c.id);
  });

  it('scopes secretariats and district systems', async () => {
    const ours = await consortium('秘书处范围联合体甲（演示）', { districtCodes: ['500118', '511700'] });
    const theirs = await consortium('秘书处范围联合体乙（演示）', { districtCodes: ['500101'] });
    const secretariat = await loginAs(api, 'secretariat', { consortiumId: ours.id });
    const firm = await org('秘书处添加的企业（演示）', 'ENTERPRISE');
    await http()
      .post(`/api/v1/consortia/${ours.id}/memberships`)
      .set(bearer(secretariat.token))
      .send({ organizationId: firm, role: 'MEMBER', validFrom: '2025-03-01' })
      .expect(201);
    const other = await http()
      .post(`/api/v1/consortia/${theirs.id}/memberships`)
      .set(bearer(secretariat.token))
      .send({ organizationId: firm, role: 'MEMBER', validFrom: '2025-03-01' })
      .expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await http()
      .post(`/api/v1/consortia/${ours.id}/decisions`)
      .set(bearer(secretariat.token))
      .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '秘书处越权' })
      .expect(403);

    const admin = await loginAs(api, 'admin');
    const client = await http()
      .post('/api/v1/api-clients')
      .set(bearer(admin.token))
      .send({ name: '达州市系统', districtCode: '511700', scopes: ['registry:read'] })
      .expect(201);
    const token = (
      await http()
        .post('/api/v1/oauth/token')
        .send({ grant_type: 'client_credentials', client_id: client.body.clientId, client_secret: client.body.clientSecret })
        .expect(200)
    ).body.access_token;
    const list = await http().get('/api/v1/consortia').set(bearer(token)).expect(200);
    expect(list.body.items.map((c: { id: string }) => c.id)).toEqual([ours.id]);
    await http().get(`/api/v1/consortia/${ours.id}/members`).set(bearer(token)).expect(200);
    expect((await http().get(`/api/v1/consortia/${theirs.id}`).set(bearer(token)).expect(404)).body.code).toBe('CONSORTIUM_NOT_FOUND');
    await http()
      .post(`/api/v1/consortia/${ours.id}/memberships`)
      .set(bearer(token))
      .send({ organizationId: firm, role: 'MEMBER', validFrom: '2025-04-01' })
      .expect(403);
  });

  it('searches and filters consortia', async () => {
    const res = await http()
      .get('/api/v1/consortia')
      .query({ nameContains: '联合体甲', tier: 'PARK_LED', clusterCode: 'ICV-NEV', asOf: '2025-06-01' })
      .set(bearer(taskforce))
      .expect(200);
    expect(res.body.items.map((c: { name: string }) => c.name)).toEqual(['秘书处范围联合体甲（演示）']);
    const page = await http().get('/api/v1/consortia').query({ limit: 2, asOf: '2025-06-01' }).set(bearer(taskforce)).expect(200);
    const next = await http().get('/api/v1/consortia').query({ limit: 2, asOf: '2025-06-01', after: page.body.nextCursor }).set(bearer(taskforce)).expect(200);
    expect(next.body.items[0].name > page.body.items[1].name).toBe(true);
  });
  it('lets the task force correct name, districts and cluster with If-Match, audited and published, without touching status or tier', async () => {
    const c = await consortium('更正前的联合体名称（演示）');
    await decide(c.id, { toStatus: 'ACTIVE', effectiveOn: '2025-02-01', reason: '列入建设名单' }).expect(201);
    const read = await http().get(`/api/v1/consortia/${c.id}`).set(bearer(taskforce)).expect(200);
    expect(read.headers.etag).toBe(`"v${read.body.version}"`);
    const path = `/api/v1/consortia/${c.id}`;
    const body = { name: '更正后的联合体名称（演示）', districtCodes: ['500118', '500101'], clusterCode: null, reason: '登记时名称与区县录入错误' };
    expect((await http().patch(path).set(bearer(taskforce)).send(body).expect(428)).body.code).toBe('IF_MATCH_REQUIRED');
    expect((await http().patch(path).set(bearer(taskforce)).set('If-Match', '"v999"').send(body).expect(412)).body.code).toBe('PRECONDITION_FAILED');
    expect(
      (
        await http()
          .patch(path)
          .set(bearer(taskforce))
          .set('If-Match', read.headers.etag)
          .send({ ...body, status: 'DELISTED' })
          .expect(400)
      ).body.errors,
    ).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'status' })]));
    const secretariat = await loginAs(api, 'secretariat', { consortiumId: c.id });
    await http().patch(path).set(bearer(secretariat.token)).set('If-Match', read.headers.etag).send(body).expect(403);
    const corrected = await http().patch(path).set(bearer(taskforce)).set('If-Match', read.headers.etag).send(body).expect(200);
    expect(corrected.body).toMatchObject({
      name: '更正后的联合体名称（演示）',
      districtCodes: ['500118', '500101'],
      clusterCode: null,
      status: 'ACTIVE',
      tier: 'PARK_LED',
    });
    expect(corrected.headers.etag).toBe(`"v${read.body.version + 1}"`);
    // The old ETag is stale now.
    await http().patch(path).set(bearer(taskforce)).set('If-Match', read.headers.etag).send({ name: '再次更正（演示）', reason: '再次更正' }).expect(412);

    const audit = await sql.query(`SELECT before, after FROM audit_event WHERE action = 'registry.consortium.correct' AND entity_id = $1`, [c.id]);
    expect(audit.rows).toEqual([
      {
        before: { name: '更正前的联合体名称（演示）', districtCodes: ['500118'], clusterCode: 'ICV-NEV' },
        after: { name: '更正后的联合体名称（演示）', districtCodes: ['500118', '500101'], clusterCode: null, reason: '登记时名称与区县录入错误' },
      },
    ]);
    const events = await sql.query(`SELECT payload FROM outbox_event WHERE type = 'registry.consortium.corrected' AND aggregate_id = $1`, [c.id]);
    expect(events.rows).toEqual([
      { payload: expect.objectContaining({ name: '更正后的联合体名称（演示）', previousDistrictCodes: ['500118'], reason: '登记时名称与区县录入错误' }) },
    ]);
    const periods = await sql.query(`SELECT status, tier FROM consortium_period WHERE consortium_id = $1 ORDER BY valid_from`, [c.id]);
    expect(periods.rows).toEqual([
      { status: 'PREPARING', tier: 'PARK_LED' },
      { status: 'ACTIVE', tier: 'PARK_LED' },
    ]);
  });
});
