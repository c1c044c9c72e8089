import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { makeUscc } from '#registry';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, type TestUser } from '../support/identity.js';

let seq = 0;

/** Membership applications (DESIGN §2.5): the workflow, its refusals, and the concurrent-decision race. */
describe('membership applications', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let taskforce: string;
  let consortiumId: string;
  let secretariat: TestUser;
  const http = () => request(api.getHttpServer());

  const org = async (name: string, type = 'ENTERPRISE') =>
    (
      await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', `MB${String(++seq).padStart(6, '0')}`)}`)
        .set(bearer(taskforce))
        .send({ name, type, districtCode: '500118' })
        .expect(201)
    ).body.id as string;

  const apps = (token: string) => ({
    file: (body: Record<string, unknown>) => http().post(`/api/v1/consortia/${consortiumId}/applications`).set(bearer(token)).send(body),
    review: (id: string) => http().post(`/api/v1/consortia/${consortiumId}/applications/${id}/review`).set(bearer(token)),
    decide: (id: string, body: Record<string, unknown>) =>
      http().post(`/api/v1/consortia/${consortiumId}/applications/${id}/decision`).set(bearer(token)).send(body),
    withdraw: (id: string) => http().post(`/api/v1/consortia/${consortiumId}/applications/${id}/withdraw`).set(bearer(token)),
  });

  const resolution = (number: string) =>
    http()
      .post(`/api/v1/consortia/${consortiumId}/resolutions`)
      .set(bearer(taskforce))
      .send({ number, adoptedOn: '2025-08-20', title: '成员调整', text: '理事会审议成员调整事项', votesFor: 9, votesAgainst: 0, abstentions: 0 })
      .expect(201);

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url }));
    taskforce = (await loginAs(api, 'taskforce')).token;
    const c = await http()
      .post('/api/v1/consortia')
      .set(bearer(taskforce))
      .send({ name: '申请流程联合体（演示）', kind: 'CITY', tier: 'SCHOOL_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
      .expect(201);
    consortiumId = c.body.id;
    secretariat = await loginAs(api, 'secretariat', { consortiumId });
    const school = await org('申请流程牵头学校（演示）', 'SCHOOL');
    await http()
      .post(`/api/v1/consortia/${consortiumId}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: school, role: 'COUNCIL_CHAIR', isLead: true, validFrom: '2025-01-10' })
      .expect(201);
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  it('takes a member unit’s join application through review to approval, and the membership starts on the effective date', async () => {
    const firm = await org('申请加入的企业（演示）');
    const member = await loginAs(api, 'member', { organizationId: firm });
    const filed = await apps(member.token)
      .file({ organizationId: firm, kind: 'JOIN', requestedRole: 'COUNCIL_MEMBER', effectiveOn: '2025-09-01', statement: '申请加入理事会' })
      .expect(201);
    expect(filed.body).toMatchObject({
      status: 'SUBMITTED',
      submittedBy: `user:${member.id}`,
      consortiumName: '申请流程联合体（演示）',
      organizationName: '申请加入的企业（演示）',
      successorOrganizationName: null,
    });
    expect(
      (await apps(member.token).file({ organizationId: firm, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-09-01' }).expect(409)).body.code,
    ).toBe('APPLICATION_PENDING');

    await apps(secretariat.token).review(filed.body.id).expect(201);
    expect((await apps(secretariat.token).review(filed.body.id).expect(409)).body.code).toBe('APPLICATION_NOT_SUBMITTED');
    expect((await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED' }).expect(422)).body.code).toBe('RESOLUTION_REQUIRED');
    await resolution('理事会决议〔2025〕5号');
    const approved = await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕5号' }).expect(201);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      resolutionRef: '理事会决议〔2025〕5号',
      membershipId: expect.any(String),
      warnings: expect.any(Array),
    });
    // The list names the consortium and the unit beside their ids.
    const listed = (await http().get(`/api/v1/consortia/${consortiumId}/applications`).set(bearer(secretariat.token)).expect(200)).body.items;
    expect(listed.find((a: { id: string }) => a.id === filed.body.id)).toMatchObject({
      consortiumId,
      consortiumName: '申请流程联合体（演示）',
      organizationId: firm,
      organizationName: '申请加入的企业（演示）',
      status: 'APPROVED',
    });

    const before = await http().get(`/api/v1/consortia/${consortiumId}/members`).query({ asOf: '2025-08-31' }).set(bearer(taskforce)).expect(200);
    expect(before.body.members.map((m: { organizationId: string }) => m.organizationId)).not.toContain(firm);
    const after = await http().get(`/api/v1/consortia/${consortiumId}/members`).query({ asOf: '2025-09-01' }).set(bearer(taskforce)).expect(200);
    expect(after.body.members).toContainEqual(expect.objectContaining({ organizationId: firm, role: 'COUNCIL_MEMBER' }));
  });

  it('refuses impossible requests: joining as a member, leaving as a non-member, another organization’s id', async () => {
    const firm = await org('已是成员的企业（演示）');
    await http()
      .post(`/api/v1/consortia/${consortiumId}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: firm, role: 'MEMBER', validFrom: '2025-02-01' })
      .expect(201);
    const outsider = await org('非成员企业（演示）');
    expect(
      (await apps(secretariat.token).file({ organizationId: firm, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-06-01' }).expect(409)).body.code,
    ).toBe('ALREADY_MEMBER');
    expect(
      (await apps(secretariat.token).file({ organizationId: outsider, kind: 'EXIT', exitReason: 'VOLUNTARY', effectiveOn: '2025-06-01' }).expect(422)).body
        .code,
    ).toBe('NOT_A_MEMBER');
    expect((await apps(secretariat.token).file({ organizationId: outsider, kind: 'EXIT', effectiveOn: '2025-06-01' }).expect(422)).body.code).toBe(
      'APPLICATION_FIELD_REQUIRED',
    );
    const member = await loginAs(api, 'member', { organizationId: outsider });
    const foreign = await apps(member.token).file({ organizationId: firm, kind: 'EXIT', exitReason: 'VOLUNTARY', effectiveOn: '2025-06-01' }).expect(404);
    expect(foreign.body.code).toBe('ORGANIZATION_NOT_FOUND');
    const ownExpel = await apps(member.token).file({ organizationId: outsider, kind: 'EXPEL', exitReason: 'EXPELLED', effectiveOn: '2025-06-01' }).expect(403);
    expect(ownExpel.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(ownExpel.body).toMatchObject({ code: 'EXPEL_NOT_ALLOWED', errors: [{ field: 'kind', code: 'EXPEL_NOT_ALLOWED' }] });
  });

  it('refuses to decide a withdrawn application, and to withdraw a decided one', async () => {
    const firm = await org('撤回申请的企业（演示）');
    const member = await loginAs(api, 'member', { organizationId: firm });
    const filed = await apps(member.token).file({ organizationId: firm, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-10-01' }).expect(201);
    await apps(member.token).withdraw(filed.body.id).expect(201);
    const decided = await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕6号' }).expect(409);
    expect(decided.body.code).toBe('APPLICATION_WITHDRAWN');
    expect((await apps(member.token).withdraw(filed.body.id).expect(409)).body.code).toBe('APPLICATION_WITHDRAWN');
    const rows = await sql.query(`SELECT count(*)::int AS n FROM membership WHERE organization_id = $1`, [firm]);
    expect(rows.rows[0].n).toBe(0);
  });

  it('lets exactly one of two concurrent decisions win', async () => {
    const firm = await org('并发审批的企业（演示）');
    const filed = await apps(secretariat.token).file({ organizationId: firm, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-11-01' }).expect(201);
    await apps(secretariat.token).review(filed.body.id).expect(201);
    await resolution('理事会决议〔2025〕7号');
    const [a, b] = await Promise.all([
      apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕7号' }),
      apps(taskforce).decide(filed.body.id, { outcome: 'REJECTED', note: '材料不全' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    expect([a, b].find((r) => r.status === 409)!.body.code).toBe('APPLICATION_ALREADY_DECIDED');
    const winner = [a, b].find((r) => r.status === 201)!.body.status;
    const rows = await sql.query(`SELECT count(*)::int AS n FROM membership WHERE organization_id = $1`, [firm]);
    expect(rows.rows[0].n).toBe(winner === 'APPROVED' ? 1 : 0);
    const audits = await sql.query(
      `SELECT count(*)::int AS n FROM audit_event WHERE entity_id = $1 AND action IN ('registry.application.approve', 'registry.application.reject')`,
      [filed.body.id],
    );
    expect(audits.rows[0].n).toBe(1);
  });

  it('expels through an approved application, and a rejection needs a reason', async () => {
    const firm = await org('被除名的企业（演示）');
    await http()
      .post(`/api/v1/consortia/${consortiumId}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: firm, role: 'MEMBER', validFrom: '2025-02-01' })
      .expect(201);
    const filed = await apps(secretariat.token).file({ organizationId: firm, kind: 'EXPEL', exitReason: 'EXPELLED', effectiveOn: '2025-12-01' }).expect(201);
    expect((await apps(secretariat.token).decide(filed.body.id, { outcome: 'REJECTED' }).expect(422)).body.code).toBe('REJECTION_REASON_REQUIRED');
    await apps(secretariat.token).review(filed.body.id).expect(201);
    await resolution('理事会决议〔2025〕8号');
    await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕8号' }).expect(201);
    const m = await sql.query(`SELECT valid_to::text, end_reason FROM membership WHERE organization_id = $1`, [firm]);
    expect(m.rows).toEqual([{ valid_to: '2025-12-01', end_reason: 'EXPELLED' }]);
  });
  it('approves only an application under review, citing a resolution recorded in the council’s resolutions', async () => {
    const firm = await org('按程序审批的企业（演示）');
    const filed = await apps(secretariat.token).file({ organizationId: firm, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-09-15' }).expect(201);
    const early = await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕20号' }).expect(409);
    expect(early.body.code).toBe('APPLICATION_NOT_UNDER_REVIEW');
    await apps(secretariat.token).review(filed.body.id).expect(201);
    const unknown = await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕20号' }).expect(422);
    expect(unknown.body).toMatchObject({ code: 'RESOLUTION_NOT_FOUND', errors: [{ field: 'resolutionRef', code: 'RESOLUTION_NOT_FOUND' }] });
    expect((await sql.query(`SELECT count(*)::int AS n FROM membership WHERE organization_id = $1`, [firm])).rows).toEqual([{ n: 0 }]);
    await resolution('理事会决议〔2025〕20号');
    await apps(secretariat.token).decide(filed.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕20号' }).expect(201);
    expect((await sql.query(`SELECT count(*)::int AS n FROM membership WHERE organization_id = $1`, [firm])).rows).toEqual([{ n: 1 }]);
  });

  it('approves the lead unit’s exit when a successor is named, handing over the lead in the same transaction', async () => {
    const c = (
      await http()
        .post('/api/v1/consortia')
        .set(bearer(taskforce))
        .send({ name: '牵头单位交接联合体（演示）', kind: 'CITY', tier: 'SCHOOL_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
        .expect(201)
    ).body.id as string;
    const lead = await org('卸任牵头学校（演示）', 'SCHOOL');
    const next = await org('接任牵头企业（演示）');
    await http()
      .post(`/api/v1/consortia/${c}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: lead, role: 'COUNCIL_CHAIR', isLead: true, validFrom: '2025-01-10' })
      .expect(201);
    await http()
      .post(`/api/v1/consortia/${c}/memberships`)
      .set(bearer(taskforce))
      .send({ organizationId: next, role: 'COUNCIL_MEMBER', validFrom: '2025-01-10' })
      .expect(201);
    await http()
      .post(`/api/v1/consortia/${c}/resolutions`)
      .set(bearer(taskforce))
      .send({
        number: '理事会决议〔2025〕30号',
        adoptedOn: '2025-08-01',
        title: '牵头单位变更',
        text: '同意牵头单位变更',
        votesFor: 9,
        votesAgainst: 0,
        abstentions: 0,
      })
      .expect(201);
    const staff = await loginAs(api, 'secretariat', { consortiumId: c });
    const file = (body: Record<string, unknown>) => http().post(`/api/v1/consortia/${c}/applications`).set(bearer(staff.token)).send(body);
    const decide = (id: string, body: Record<string, unknown>) =>
      http().post(`/api/v1/consortia/${c}/applications/${id}/decision`).set(bearer(staff.token)).send(body);

    const exit = await file({ organizationId: lead, kind: 'EXIT', exitReason: 'VOLUNTARY', effectiveOn: '2025-09-01' }).expect(201);
    await http().post(`/api/v1/consortia/${c}/applications/${exit.body.id}/review`).set(bearer(staff.token)).expect(201);
    const without = await decide(exit.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕30号' }).expect(422);
    expect(without.body).toMatchObject({ code: 'LEAD_WITHOUT_SUCCESSOR', errors: [{ field: 'successorOrganizationId' }] });
    const stranger = await org('非成员接任者（演示）');
    expect(
      (await decide(exit.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕30号', successorOrganizationId: stranger }).expect(422)).body.code,
    ).toBe('INVALID_SUCCESSOR');
    const approved = await decide(exit.body.id, { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕30号', successorOrganizationId: next }).expect(201);
    expect(approved.body).toMatchObject({
      status: 'APPROVED',
      organizationName: '卸任牵头学校（演示）',
      successorOrganizationId: next,
      successorOrganizationName: '接任牵头企业（演示）',
    });

    const members = (await http().get(`/api/v1/consortia/${c}/members`).query({ asOf: '2025-09-01' }).set(bearer(taskforce)).expect(200)).body.members;
    expect(members.map((m: { organizationId: string; isLead: boolean }) => [m.organizationId, m.isLead])).toEqual([[next, true]]);
  });
});
