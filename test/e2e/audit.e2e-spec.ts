import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getDataSourceToken } from '@nestjs/typeorm';
import pg from 'pg';
import request from 'supertest';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { makeUscc } from '#registry';
import { DEFAULT_THRESHOLDS } from '#adjustment';
import { SCHEME_DEFINITION } from '../fixtures/scheme.js';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, TEST_PASSWORD, type TestUser } from '../support/identity.js';
import { ifMatchOf } from '../support/conditional.js';
import { routesOf } from '../support/routes.js';

interface AuditRow {
  actor_type: string;
  actor_id: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  request_id: string | null;
  ip: string | null;
}

describe('audit log', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let admin: TestUser;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    // Subscriptions to names of the example domain: resolved by nobody (no DNS query leaves the machine).
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }));
    admin = await loginAs(api, 'admin');
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  const lastId = async () => (await sql.query(`SELECT coalesce(max(id), 0)::text AS id FROM audit_event`)).rows[0].id as string;
  const since = async (id: string) => (await sql.query(`SELECT * FROM audit_event WHERE id > $1 ORDER BY id`, [id])).rows as AuditRow[];

  /**
   * One scripted, valid call per write route. The route list comes from the router: a write route
   * added without a script here fails the test.
   */
  const scripts: Record<string, () => Promise<{ res: request.Response; check: (row: AuditRow) => void }>> = {
    'POST /api/v1/industry-clusters': async () => {
      const res = await http().post('/api/v1/industry-clusters').set(bearer(admin.token)).send({ code: 'AUDIT-1', name: '审计集群', category: 'OTHER' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_type: 'user',
            actor_id: admin.id,
            action: 'registry.industry-cluster.create',
            entity_id: res.body.id,
            before: null,
            after: { id: res.body.id, code: 'AUDIT-1', name: '审计集群', category: 'OTHER' },
          }),
      };
    },
    'POST /api/v1/auth/login': async () => {
      const res = await http().post('/api/v1/auth/login').send({ username: admin.username, password: TEST_PASSWORD });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ actor_type: 'user', actor_id: admin.id, action: 'identity.session.create', after: { userId: admin.id } }),
      };
    },
    'POST /api/v1/auth/refresh': async () => {
      const user = await loginAs(api, 'taskforce');
      const res = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_type: 'user',
            actor_id: user.id,
            action: 'identity.session.refresh',
            before: { refreshTokenId: user.refreshToken.split('.')[0] },
          }),
      };
    },
    'POST /api/v1/auth/logout': async () => {
      const user = await loginAs(api, 'taskforce');
      const res = await http().post('/api/v1/auth/logout').set(bearer(user.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_type: 'user',
            actor_id: user.id,
            action: 'identity.session.end',
            before: { active: true },
            after: { active: false },
          }),
      };
    },
    'POST /api/v1/oauth/token': async () => {
      const client = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin.token))
        .send({ name: '审计客户端', districtCode: '500101', scopes: ['feed:read'] });
      const res = await http()
        .post('/api/v1/oauth/token')
        .send({ grant_type: 'client_credentials', client_id: client.body.clientId, client_secret: client.body.clientSecret });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_type: 'client',
            actor_id: client.body.id,
            action: 'identity.client-token.issue',
            after: { scopes: ['feed:read'] },
          }),
      };
    },
    'POST /api/v1/users': async () => {
      const res = await http()
        .post('/api/v1/users')
        .set(bearer(admin.token))
        .send({ username: 'audit.new', displayName: '新用户', password: TEST_PASSWORD, bindings: [{ role: 'taskforce' }] });
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({
            actor_id: admin.id,
            action: 'identity.user.create',
            entity_id: res.body.id,
            before: null,
            after: {
              username: 'audit.new',
              displayName: '新用户',
              status: 'ACTIVE',
              bindings: [{ role: 'taskforce', consortiumId: null, organizationId: null }],
            },
          });
          expect(JSON.stringify(row)).not.toMatch(/argon2|password/i);
        },
      };
    },
    'PATCH /api/v1/users/:userId': async () => {
      const user = await loginAs(api, 'taskforce');
      const etag = (await http().get(`/api/v1/users/${user.id}`).set(bearer(admin.token)).expect(200)).headers.etag;
      const res = await http().patch(`/api/v1/users/${user.id}`).set(bearer(admin.token)).set('If-Match', etag).send({ displayName: '改名后' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: admin.id,
            action: 'identity.user.update',
            entity_id: user.id,
            before: { displayName: user.username },
            after: { displayName: '改名后' },
          }),
      };
    },
    'POST /api/v1/users/:userId/role-bindings': async () => {
      const user = await loginAs(api, 'taskforce');
      const consortiumId = 'aaaaaaaa-0000-4000-8000-0000000000aa';
      const res = await http().post(`/api/v1/users/${user.id}/role-bindings`).set(bearer(admin.token)).send({ role: 'secretariat', consortiumId });
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({ action: 'identity.user.bind-role', entity_id: user.id });
          expect(row.before!.bindings).toEqual([{ role: 'taskforce', consortiumId: null, organizationId: null }]);
          expect(row.after!.bindings).toEqual([
            { role: 'secretariat', consortiumId, organizationId: null },
            { role: 'taskforce', consortiumId: null, organizationId: null },
          ]);
        },
      };
    },
    'DELETE /api/v1/users/:userId/role-bindings/:bindingId': async () => {
      const user = await loginAs(api, 'member', { organizationId: 'cccccccc-0000-4000-8000-0000000000cc' });
      const bound = await http().post(`/api/v1/users/${user.id}/role-bindings`).set(bearer(admin.token)).send({ role: 'taskforce' });
      const binding = bound.body.bindings.find((b: { role: string }) => b.role === 'taskforce');
      const res = await http().delete(`/api/v1/users/${user.id}/role-bindings/${binding.id}`).set(bearer(admin.token));
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({ action: 'identity.user.unbind-role', entity_id: user.id });
          expect(row.before!.bindings).toHaveLength(2);
          expect(row.after!.bindings).toEqual([{ role: 'member', consortiumId: null, organizationId: 'cccccccc-0000-4000-8000-0000000000cc' }]);
        },
      };
    },
    'POST /api/v1/api-clients': async () => {
      const res = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin.token))
        .send({ name: '渝中区系统', districtCode: '500103', scopes: ['registry:read'] });
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({
            action: 'identity.api-client.create',
            entity_id: res.body.id,
            before: null,
            after: { districtCode: '500103', status: 'ACTIVE', scopes: ['registry:read'] },
          });
          expect(JSON.stringify(row)).not.toContain(res.body.clientSecret);
        },
      };
    },
    'POST /api/v1/api-clients/:clientUuid/disable': async () => {
      const client = await http().post('/api/v1/api-clients').set(bearer(admin.token)).send({ name: 'x', districtCode: '500104', scopes: [] });
      const res = await http().post(`/api/v1/api-clients/${client.body.id}/disable`).set(bearer(admin.token));
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'identity.api-client.disable', before: { status: 'ACTIVE' }, after: { status: 'DISABLED' } }),
      };
    },
    'POST /api/v1/api-clients/:clientUuid/enable': async () => {
      const client = await http().post('/api/v1/api-clients').set(bearer(admin.token)).send({ name: 'y', districtCode: '500105', scopes: [] });
      await http().post(`/api/v1/api-clients/${client.body.id}/disable`).set(bearer(admin.token));
      const res = await http().post(`/api/v1/api-clients/${client.body.id}/enable`).set(bearer(admin.token));
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'identity.api-client.enable', before: { status: 'DISABLED' }, after: { status: 'ACTIVE' } }),
      };
    },
    'POST /api/v1/api-clients/:clientUuid/rotate-secret': async () => {
      const client = await http().post('/api/v1/api-clients').set(bearer(admin.token)).send({ name: 'z', districtCode: '500106', scopes: [] });
      const res = await http().post(`/api/v1/api-clients/${client.body.id}/rotate-secret`).set(bearer(admin.token)).send({ overlapSeconds: 600 });
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({
            action: 'identity.api-client.rotate-secret',
            entity_id: client.body.id,
            before: { previousSecretExpiresAt: null },
            after: { previousSecretExpiresAt: res.body.previousSecretExpiresAt },
          });
          expect(JSON.stringify(row)).not.toContain(res.body.clientSecret);
        },
      };
    },
    'PUT /api/v1/organizations/by-uscc/:uscc': async () => {
      const res = await http()
        .put('/api/v1/organizations/by-uscc/91500000202805720T')
        .set(bearer(admin.token))
        .send({ name: '审计测试企业', type: 'ENTERPRISE', districtCode: '500118' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.organization.create',
            entity_id: res.body.id,
            before: null,
            after: { uscc: '91500000202805720T', name: '审计测试企业', type: 'ENTERPRISE', districtCode: '500118', version: 1 },
          }),
      };
    },
    'POST /api/v1/consortia': async () => {
      const res = await http()
        .post('/api/v1/consortia')
        .set(bearer(admin.token))
        .send({ name: '审计联合体（演示）', kind: 'CITY', tier: 'SCHOOL_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.consortium.create',
            entity_id: res.body.id,
            before: null,
            after: { name: '审计联合体（演示）', status: 'PREPARING', tier: 'SCHOOL_LED' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/decisions': async () => {
      const c = await registryConsortium('审计决策联合体（演示）');
      const tf = await loginAs(api, 'taskforce');
      const res = await http()
        .post(`/api/v1/consortia/${c}/decisions`)
        .set(bearer(tf.token))
        .send({ toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '工作专班审定入册' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'registry.consortium.decide',
            entity_id: c,
            before: { status: 'PREPARING', since: '2025-01-01' },
            after: { status: 'ACTIVE', since: '2025-03-01', reason: '工作专班审定入册' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/participation': async () => {
      const { c, o } = await withMember('审计参与', '2C0A0P01');
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const res = await http()
        .post(`/api/v1/consortia/${c}/participation`)
        .set(bearer(secretariat.token))
        .send({ organizationId: o, quarter: '2025Q2', source: 'DEMAND_RESPONSE', ref: '需求响应〔2025〕1号' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: secretariat.id,
            action: 'registry.participation.record',
            entity_type: 'participation-fact',
            entity_id: res.body.id,
            before: null,
            after: { consortiumId: c, organizationId: o, quarter: '2025Q2', source: 'DEMAND_RESPONSE', ref: '需求响应〔2025〕1号' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/memberships': async () => {
      const c = await registryConsortium('审计成员联合体（演示）');
      const o = await registryOrganization('审计成员单位（演示）', 'MA000001');
      const res = await http()
        .post(`/api/v1/consortia/${c}/memberships`)
        .set(bearer(admin.token))
        .send({ organizationId: o, role: 'MEMBER', validFrom: '2025-02-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.membership.join',
            before: null,
            after: { consortiumId: c, organizationId: o, role: 'MEMBER', validFrom: '2025-02-01', validTo: null },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/memberships/:membershipId/exit': async () => {
      const c = await registryConsortium('审计退出联合体（演示）');
      const o = await registryOrganization('审计退出单位（演示）', 'MA000002');
      const joined = await http()
        .post(`/api/v1/consortia/${c}/memberships`)
        .set(bearer(admin.token))
        .send({ organizationId: o, role: 'MEMBER', validFrom: '2025-02-01' });
      const res = await http()
        .post(`/api/v1/consortia/${c}/memberships/${joined.body.membership.id}/exit`)
        .set(bearer(admin.token))
        .send({ effectiveOn: '2025-08-01', reason: 'VOLUNTARY' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.membership.exit',
            before: { validTo: null, endReason: null },
            after: { validTo: '2025-08-01', endReason: 'VOLUNTARY' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/memberships/:membershipId/role-change': async () => {
      const c = await registryConsortium('审计角色联合体（演示）');
      const o = await registryOrganization('审计角色单位（演示）', 'MA000003');
      const joined = await http()
        .post(`/api/v1/consortia/${c}/memberships`)
        .set(bearer(admin.token))
        .send({ organizationId: o, role: 'MEMBER', validFrom: '2025-02-01' });
      const res = await http()
        .post(`/api/v1/consortia/${c}/memberships/${joined.body.membership.id}/role-change`)
        .set(bearer(admin.token))
        .send({ role: 'COUNCIL_MEMBER', effectiveOn: '2025-08-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.membership.change-role',
            before: { role: 'MEMBER', validTo: null },
            after: { role: 'COUNCIL_MEMBER', validFrom: '2025-08-01' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/applications': async () => {
      const c = await registryConsortium('审计申请联合体（演示）');
      const o = await registryOrganization('审计申请单位（演示）', 'MA000004');
      const res = await http()
        .post(`/api/v1/consortia/${c}/applications`)
        .set(bearer(admin.token))
        .send({ organizationId: o, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-05-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.application.submit',
            entity_id: res.body.id,
            before: null,
            after: { kind: 'JOIN', status: 'SUBMITTED' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/applications/:applicationId/review': async () => {
      const { c, id } = await application('审计审核', 'MA000005');
      const res = await http().post(`/api/v1/consortia/${c}/applications/${id}/review`).set(bearer(admin.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'registry.application.review', before: { status: 'SUBMITTED' }, after: { status: 'UNDER_REVIEW' } }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/applications/:applicationId/decision': async () => {
      const { c, id } = await application('审计审批', 'MA000006');
      await http().post(`/api/v1/consortia/${c}/applications/${id}/review`).set(bearer(admin.token)).expect(201);
      await http()
        .post(`/api/v1/consortia/${c}/resolutions`)
        .set(bearer(admin.token))
        .send({ number: '理事会决议〔2025〕9号', adoptedOn: '2025-04-20', title: '吸收成员', text: '同意吸收', votesFor: 9, votesAgainst: 0, abstentions: 0 })
        .expect(201);
      const res = await http()
        .post(`/api/v1/consortia/${c}/applications/${id}/decision`)
        .set(bearer(admin.token))
        .send({ outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕9号' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.application.approve',
            before: { status: 'UNDER_REVIEW' },
            after: { status: 'APPROVED', resolutionRef: '理事会决议〔2025〕9号', membership: { role: 'MEMBER', validFrom: '2025-05-01' } },
            entity_id: id,
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/applications/:applicationId/withdraw': async () => {
      const { c, id } = await application('审计撤回', 'MA000007');
      const res = await http().post(`/api/v1/consortia/${c}/applications/${id}/withdraw`).set(bearer(admin.token));
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'registry.application.withdraw', before: { status: 'SUBMITTED' }, after: { status: 'WITHDRAWN' } }),
      };
    },
    'POST /api/v1/imports/organizations': async () => {
      const csv = `uscc,name,type,districtCode\n${makeUscc('9', '1', '500118', 'MA000008')},审计导入企业（演示）,ENTERPRISE,500118\n`;
      const res = await http().post('/api/v1/imports/organizations').set(bearer(admin.token)).set('content-type', 'text/csv').send(csv);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.import.request',
            entity_id: res.body.id,
            before: null,
            after: { kind: 'organizations', format: 'csv', mode: 'ALL_OR_NOTHING' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/council-seats': async () => {
      const { c, o } = await withMember('审计理事', 'MA000009');
      const res = await http()
        .post(`/api/v1/consortia/${c}/council-seats`)
        .set(bearer(admin.token))
        .send({ organizationId: o, personName: '王某（演示）', position: 'DIRECTOR', termStart: '2025-03-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.council-seat.create',
            before: null,
            after: { personName: '王某（演示）', position: 'DIRECTOR', termEnd: null },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/council-seats/:seatId/end': async () => {
      const { c, o } = await withMember('审计任期', 'MA00000A');
      const seat = await http()
        .post(`/api/v1/consortia/${c}/council-seats`)
        .set(bearer(admin.token))
        .send({ organizationId: o, personName: '赵某（演示）', position: 'SUPERVISOR', termStart: '2025-03-01' });
      const res = await http().post(`/api/v1/consortia/${c}/council-seats/${seat.body.id}/end`).set(bearer(admin.token)).send({ termEnd: '2026-03-01' });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'registry.council-seat.end', before: { termEnd: null }, after: { termEnd: '2026-03-01' } }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/resolutions': async () => {
      const c = await registryConsortium('审计决议联合体（演示）');
      const res = await http()
        .post(`/api/v1/consortia/${c}/resolutions`)
        .set(bearer(admin.token))
        .send({ number: '理事会决议〔2025〕1号', adoptedOn: '2025-03-15', title: '章程', text: '通过章程', votesFor: 9, votesAgainst: 0, abstentions: 1 });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'registry.council-resolution.create', before: null, after: { number: '理事会决议〔2025〕1号', votesFor: 9 } }),
      };
    },
    'PUT /api/v1/consortia/:consortiumId/secretariat': async () => {
      const { c, o } = await withMember('审计秘书处', 'MA00000B', true);
      const res = await http()
        .put(`/api/v1/consortia/${c}/secretariat`)
        .set(bearer(admin.token))
        .send({ hostOrganizationId: o, secretaryGeneral: '钱某（演示）' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'registry.secretariat.set', before: null, after: { hostOrganizationId: o, secretaryGeneral: '钱某（演示）' } }),
      };
    },
    'PUT /api/v1/consortia/:consortiumId/operations-platform': async () => {
      const { c, o } = await withMember('审计运营平台', 'MA00000C', true);
      const res = await http()
        .put(`/api/v1/consortia/${c}/operations-platform`)
        .set(bearer(admin.token))
        .send({ operatorOrganizationId: o, independentLegalEntity: true, services: ['TALENT_MATCHING'] });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.operations-platform.set',
            before: null,
            after: { independentLegalEntity: true, services: ['TALENT_MATCHING'] },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/governance-documents': async () => {
      const c = await registryConsortium('审计章程联合体（演示）');
      const res = await http()
        .post(`/api/v1/consortia/${c}/governance-documents`)
        .set(bearer(admin.token))
        .send({ kind: 'CHARTER', versionLabel: '2026 年版', title: '审计章程（演示）', adoptedOn: '2026-03-15', effectiveOn: '2026-04-01', text: '第一条 …' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.governance-document.record',
            entity_type: 'governance-document',
            after: expect.objectContaining({ kind: 'CHARTER', versionLabel: '2026 年版' }),
          }),
      };
    },
    'POST /api/v1/reference-directories/imports': async () => {
      const file = Buffer.from(
        `\uFEFF统一社会信用代码,单位名称,名录类型,所在区县\n${makeUscc('9', '1', '500118', 'MA0AUD01')},审计名录企业（演示）,规上企业,500118\n`,
        'utf8',
      );
      const res = await http().post('/api/v1/reference-directories/imports?year=2031').set(bearer(admin.token)).set('content-type', 'text/csv').send(file);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.reference-directory.import',
            entity_type: 'reference-directory',
            entity_id: '2031',
            before: null,
            after: { year: 2031, directories: [{ kind: 'ABOVE_SCALE_FIRMS', entries: 1 }] },
          }),
      };
    },
    'POST /api/v1/city-statistics': async () => {
      const tf = await loginAs(api, 'taskforce');
      const res = await http()
        .post('/api/v1/city-statistics')
        .set(bearer(tf.token))
        .send({ indicator: 'HIGH_SKILLED_SHARE', year: 2031, value: 44.5, source: '审计统计（演示）', reportedOn: '2032-03-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'registry.city-statistic.record',
            entity_type: 'city-statistic',
            entity_id: 'HIGH_SKILLED_SHARE:2031',
            before: null,
            after: expect.objectContaining({ year: 2031, value: 44.5 }),
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/delegated-powers': async () => {
      const c = await registryConsortium('审计赋权联合体（演示）');
      const res = await http()
        .post(`/api/v1/consortia/${c}/delegated-powers`)
        .set(bearer(admin.token))
        .send({ item: 'SPECIAL_FUNDS', grantedBy: '永川区人民政府', grantedOn: '2025-04-01', scope: '区级专项资金' });
      return { res, check: (row) => expect(row).toMatchObject({ action: 'registry.delegated-power.grant', before: null, after: { item: 'SPECIAL_FUNDS' } }) };
    },
    'PATCH /api/v1/consortia/:consortiumId': async () => {
      const c = await registryConsortium('审计更正前联合体（演示）');
      const res = await http()
        .patch(`/api/v1/consortia/${c}`)
        .set(bearer(admin.token))
        .set('If-Match', '"v1"')
        .send({ name: '审计更正后联合体（演示）', reason: '名称录入错误' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.consortium.correct',
            entity_id: c,
            before: { name: '审计更正前联合体（演示）' },
            after: { name: '审计更正后联合体（演示）', reason: '名称录入错误' },
          }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/delegated-powers/:powerId/revocation': async () => {
      const c = await registryConsortium('审计收回赋权联合体（演示）');
      const power = await http()
        .post(`/api/v1/consortia/${c}/delegated-powers`)
        .set(bearer(admin.token))
        .send({ item: 'TALENT_POLICY', grantedBy: '永川区人民政府', grantedOn: '2025-04-01', scope: '人才政策' });
      const res = await http()
        .post(`/api/v1/consortia/${c}/delegated-powers/${power.body.id}/revocation`)
        .set(bearer(admin.token))
        .send({ revokedOn: '2025-10-01', reason: '区政府收回' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.delegated-power.revoke',
            entity_id: power.body.id,
            before: { revokedOn: null },
            after: { revokedOn: '2025-10-01', revocationReason: '区政府收回' },
          }),
      };
    },
    'PATCH /api/v1/consortia/:consortiumId/delegated-powers/:powerId': async () => {
      const c = await registryConsortium('审计更正赋权联合体（演示）');
      const power = await http()
        .post(`/api/v1/consortia/${c}/delegated-powers`)
        .set(bearer(admin.token))
        .send({ item: 'PROJECT_REVIEW', grantedBy: '永川区政府', grantedOn: '2025-04-01', scope: '项目评审' });
      const res = await http()
        .patch(`/api/v1/consortia/${c}/delegated-powers/${power.body.id}`)
        .set(bearer(admin.token))
        .set('If-Match', '"v1"')
        .send({ grantedBy: '永川区人民政府' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'registry.delegated-power.correct',
            entity_id: power.body.id,
            before: { grantedBy: '永川区政府' },
            after: { grantedBy: '永川区人民政府', version: 2 },
          }),
      };
    },
    'POST /api/v1/imports/memberships': async () => {
      const c = await registryConsortium('审计成员导入联合体（演示）');
      const csv = `consortiumId,uscc,role,validFrom\n${c},${makeUscc('9', '1', '500118', 'MA00000D')},MEMBER,2025-03-01\n`;
      const res = await http().post('/api/v1/imports/memberships').set(bearer(admin.token)).set('content-type', 'text/csv').send(csv);
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'registry.import.request', entity_id: res.body.id, after: { kind: 'memberships', format: 'csv' } }),
      };
    },
    'POST /api/v1/consortia/:consortiumId/imports/memberships': async () => {
      const c = await registryConsortium('审计秘书处成员导入联合体（演示）');
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const csv = `consortiumId,uscc,role,validFrom\n${c},${makeUscc('9', '1', '500118', 'MA00000E')},MEMBER,2025-03-01\n`;
      const res = await http().post(`/api/v1/consortia/${c}/imports/memberships`).set(bearer(secretariat.token)).set('content-type', 'text/csv').send(csv);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: secretariat.id,
            action: 'registry.import.request',
            entity_id: res.body.id,
            after: { kind: 'memberships', format: 'csv', consortiumId: c },
          }),
      };
    },
    'POST /api/v1/evaluation/schemes': async () => {
      const tf = await loginAs(api, 'taskforce');
      const res = await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(tf.token))
        .send({ code: 'AUDIT-SCHEME', name: '审计方案', definition: SCHEME_DEFINITION });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'evaluation.scheme.create',
            before: null,
            after: { code: 'AUDIT-SCHEME', version: 1, indicators: 4 },
          }),
      };
    },
    'PUT /api/v1/evaluation/schemes/:schemeId': async () => {
      const { tf, schemeId } = await scheme('AUDIT-SCHEME-EDIT');
      const res = await http()
        .put(`/api/v1/evaluation/schemes/${schemeId}`)
        .set(bearer(tf))
        .set(await ifMatchOf(api, `/api/v1/evaluation/schemes/${schemeId}`, tf))
        .send({ name: '审计方案（更正）', definition: SCHEME_DEFINITION });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'evaluation.scheme.update', before: { name: '审计方案' }, after: { name: '审计方案（更正）' } }),
      };
    },
    'POST /api/v1/evaluation/rounds': async () => {
      const { tf, schemeId } = await scheme('AUDIT-R1');
      const res = await http().post('/api/v1/evaluation/rounds').set(bearer(tf)).send({ code: '2031Q1', schemeId, deadline: '2031-04-15T00:00:00Z' });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'evaluation.round.create', before: null, after: { code: '2031Q1', status: 'DRAFT' } }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/transitions': async () => {
      const { tf, roundId } = await round('AUDIT-R2', '2031Q2');
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'OPEN' });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'evaluation.round.transition', before: { status: 'DRAFT' }, after: { status: 'OPEN' } }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/scoring': async () => {
      const { tf, roundId } = await round('AUDIT-R5', '2034Q1');
      for (const to of ['OPEN', 'CLOSED']) await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to }).expect(200);
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/scoring`).set(bearer(tf)).send({ reason: '审计计分' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.round.score',
            before: { status: 'CLOSED', revision: 0 },
            after: { status: 'SCORING', revision: 1, reason: '审计计分' },
          }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/publication': async () => {
      // A quarter that has ended: a round is published only after its quarter.
      const { tf, roundId } = await round('AUDIT-R6', '2014Q2');
      // A scored round, as the worker leaves it (the worker does not run in this test).
      await sql.query(`UPDATE evaluation_round SET status = 'SCORED', revision = 1 WHERE id = $1`, [roundId]);
      await sql.query(`INSERT INTO round_scoring (round_id, revision, status, percent, digest, finished_at) VALUES ($1, 1, 'DONE', 100, 'd1', now())`, [
        roundId,
      ]);
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/publication`).set(bearer(tf)).send({});
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.round.publish',
            before: { status: 'SCORED', revision: 1 },
            after: { status: 'PUBLISHED', revision: 1, digest: 'd1' },
          }),
      };
    },
    'POST /api/v1/evaluation/years/:year/scoring': async () => {
      const { tf, schemeId } = await scheme('AUDIT-Y1');
      // The four quarters of 2035 published, as the worker and the publication leave them.
      for (const [q, start, end] of [
        ['Q1', '01-01', '03-31'],
        ['Q2', '04-01', '06-30'],
        ['Q3', '07-01', '09-30'],
        ['Q4', '10-01', '12-31'],
      ]) {
        const { rows } = await sql.query(
          `INSERT INTO evaluation_round (code, scheme_id, status, period_start, period_end, deadline, revision) VALUES ($1, $2, 'PUBLISHED', $3, $4, $4::date, 1) RETURNING id`,
          [`2035${q}`, schemeId, `2035-${start}`, `2035-${end}`],
        );
        await sql.query(
          `INSERT INTO round_scoring (round_id, revision, status, percent, digest, finished_at, published_at, published_by) VALUES ($1, 1, 'DONE', 100, 'd1', now(), now(), 'test')`,
          [rows[0].id],
        );
      }
      const res = await http().post('/api/v1/evaluation/years/2035/scoring').set(bearer(tf)).send({ reason: '审计年度比拼' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.annual.score',
            entity_type: 'annual-competition',
            entity_id: '2035',
            before: { status: 'UNSCORED', revision: 0 },
            after: {
              status: 'SCORING',
              revision: 1,
              reason: '审计年度比拼',
              sources: [{ quarter: '2035Q1', revision: 1 }, { quarter: '2035Q2' }, { quarter: '2035Q3' }, { quarter: '2035Q4' }],
            },
          }),
      };
    },
    'POST /api/v1/evaluation/years/:year/publication': async () => {
      const tf = (await loginAs(api, 'taskforce')).token;
      // A scored year, as the worker leaves it (the worker does not run in this test).
      await sql.query(`INSERT INTO annual_competition (year, status, revision) VALUES (2036, 'SCORED', 1)`);
      await sql.query(
        `INSERT INTO annual_scoring (year, revision, status, percent, digest, sources, finished_at) VALUES (2036, 1, 'DONE', 100, 'y1', '[]', now())`,
      );
      const res = await http().post('/api/v1/evaluation/years/2036/publication').set(bearer(tf)).send({});
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.annual.publish',
            entity_id: '2036',
            before: { status: 'SCORED', revision: 1 },
            after: { status: 'PUBLISHED', revision: 1, digest: 'y1' },
          }),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/extensions': async () => {
      const { tf, roundId } = await round('AUDIT-R3', '2031Q3');
      const c = await registryConsortium('审计延期联合体（演示）');
      const res = await http()
        .put(`/api/v1/evaluation/rounds/${roundId}/extensions`)
        .set(bearer(tf))
        .send({ consortiumId: c, until: '2040-11-01T00:00:00Z', reason: '审计延期原因' });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'evaluation.round.extend', before: null, after: { consortiumId: c, reason: '审计延期原因' } }),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/target-overrides': async () => {
      const { tf, roundId } = await round('AUDIT-R4', '2031Q4');
      const c = await registryConsortium('审计目标联合体（演示）');
      const res = await http()
        .put(`/api/v1/evaluation/rounds/${roundId}/target-overrides`)
        .set(bearer(tf))
        .send({ consortiumId: c, indicatorCode: 'DUAL_QUALIFIED_RATIO', target: 50, reason: '审计目标调整' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'evaluation.target.override', before: null, after: { indicatorCode: 'DUAL_QUALIFIED_RATIO', target: 50 } }),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': async () => {
      const { roundId, c, secretariat } = await openSheet('AUDIT-S1', '2032Q1');
      const res = await http()
        .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`)
        .set(bearer(secretariat.token))
        .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: secretariat.id,
            action: 'evaluation.answer-sheet.save',
            before: null,
            after: { status: 'DRAFT', answers: { DUAL_QUALIFIED_RATIO: 60 } },
          }),
      };
    },
    'PATCH /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': async () => {
      const { roundId, c, secretariat } = await openSheet('AUDIT-S7', '2033Q3', true);
      const url = `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`;
      const res = await http()
        .patch(url)
        .set(bearer(secretariat.token))
        .set('If-Match', '"v1"')
        .send({ answers: { STUDENT_TEACHER_RATIO: 16, TECH_SERVICE_GROWTH: null } });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: secretariat.id,
            action: 'evaluation.answer-sheet.save',
            before: { answers: { DUAL_QUALIFIED_RATIO: 60, STUDENT_TEACHER_RATIO: 17, TECH_SERVICE_GROWTH: 10 } },
            after: { status: 'DRAFT', answers: { DUAL_QUALIFIED_RATIO: 60, STUDENT_TEACHER_RATIO: 16 } },
          }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/submit': async () => {
      const { roundId, c, secretariat } = await openSheet('AUDIT-S2', '2032Q2', true);
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'evaluation.answer-sheet.submit', before: { status: 'DRAFT' }, after: { status: 'SUBMITTED', late: false } }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/return': async () => {
      const { roundId, c, secretariat, tf } = await openSheet('AUDIT-S3', '2032Q3', true);
      await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token));
      const res = await http()
        .post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/return`)
        .set(bearer(tf))
        .send({ comments: [{ indicatorCode: null, comment: '请补充材料' }] });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.answer-sheet.return',
            before: { status: 'SUBMITTED' },
            after: { status: 'RETURNED', comments: [{ comment: '请补充材料' }] },
          }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/accept': async () => {
      const { roundId, c, secretariat, tf } = await openSheet('AUDIT-S4', '2032Q4', true);
      await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token));
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/accept`).set(bearer(tf));
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'evaluation.answer-sheet.accept', before: { status: 'SUBMITTED' }, after: { status: 'ACCEPTED' } }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/reopen': async () => {
      const { roundId, c, secretariat, tf } = await openSheet('AUDIT-S6', '2033Q2', true);
      await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token));
      await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/accept`).set(bearer(tf));
      await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'CLOSED' });
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/reopen`).set(bearer(tf)).send({ reason: '数据口径有误，请更正' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.answer-sheet.reopen',
            before: { status: 'ACCEPTED', correctionReason: null },
            after: { status: 'RETURNED', correctionReason: '数据口径有误，请更正', comments: [{ indicatorCode: null, comment: '数据口径有误，请更正' }] },
          }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/evidence': async () => {
      const { roundId, c, secretariat } = await openSheet('AUDIT-S5', '2033Q1');
      await http()
        .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`)
        .set(bearer(secretariat.token))
        .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } });
      const res = await attachPdf(roundId, c, secretariat.token);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'evaluation.answer-sheet.attach-evidence',
            before: null,
            after: { indicatorCode: 'DUAL_QUALIFIED_RATIO', mediaType: 'application/pdf', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) },
          }),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId': async () => {
      const { roundId, c, secretariat } = await openSheet('AUDIT-B1', '2037Q1');
      const res = await submitCase(roundId, c, secretariat.token);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: secretariat.id,
            action: 'evaluation.best-practice.submit',
            before: null,
            after: { status: 'SUBMITTED', title: '审计最佳实践' },
          }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/shortlist': async () => {
      const { tf, roundId, c } = await closedCase('AUDIT-B2', '2037Q2');
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/shortlist`).set(bearer(tf)).send({});
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'evaluation.best-practice.shortlist', before: { status: 'SUBMITTED' }, after: { status: 'SHORTLISTED' } }),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/review': async () => {
      const { tf, roundId, c } = await closedCase('AUDIT-B3', '2037Q3', true);
      const res = await http().put(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/review`).set(bearer(tf)).send({ score: 88, comment: '审计评审' });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'evaluation.best-practice.review', before: null, after: { score: 88, comment: '审计评审' } }),
      };
    },
    'POST /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/selection': async () => {
      const { tf, roundId, c } = await closedCase('AUDIT-B4', '2037Q4', true);
      await http().put(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/review`).set(bearer(tf)).send({ score: 90, comment: '审计评审' }).expect(200);
      const res = await http().post(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/selection`).set(bearer(tf)).send({});
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'evaluation.best-practice.select', before: { status: 'SHORTLISTED' }, after: { status: 'SELECTED' } }),
      };
    },
    'POST /api/v1/supply-demand/organizations/:organizationId/programs': async () => {
      const d = await sdState('NONE');
      const res = await http()
        .post(`/api/v1/supply-demand/organizations/${d.school}/programs`)
        .set(bearer(d.tf.token))
        .send({ code: '460702', name: '新能源汽车技术', level: 'HIGHER_VOCATIONAL', year: 2026, enrolment: 100, graduates: 90, clusterCodes: [d.cluster] });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: d.tf.id,
            action: 'supply-demand.program.register',
            entity_id: res.body.id,
            before: null,
            after: { organizationId: d.school, code: '460702', enrolment: 100 },
          }),
      };
    },
    'POST /api/v1/supply-demand/organizations/:organizationId/capabilities': async () => {
      const d = await sdState('NONE');
      const res = await http()
        .post(`/api/v1/supply-demand/organizations/${d.school}/capabilities`)
        .set(bearer(d.tf.token))
        .send({ name: '审计测试中心', description: '', clusterCodes: [d.cluster] });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'supply-demand.capability.register', entity_id: res.body.id, before: null, after: { name: '审计测试中心' } }),
      };
    },
    'POST /api/v1/supply-demand/imports/programs': async () => {
      const { tf } = await sdState('NONE');
      const uscc = makeUscc('9', '1', '500118', `MA0E${String(++sdSerial).padStart(4, '0')}`);
      await http()
        .put(`/api/v1/organizations/by-uscc/${uscc}`)
        .set(bearer(admin.token))
        .send({ name: `审计导入学校${sdSerial}（演示）`, type: 'SCHOOL', districtCode: '500118' })
        .expect(201);
      const file = Buffer.from(
        `统一社会信用代码,专业代码,专业名称,办学层次,年度,招生人数,毕业生人数\n${uscc},460702,新能源汽车技术,高职专科,2026,100,90\n`,
        'utf8',
      );
      const res = await http().post('/api/v1/supply-demand/imports/programs').set(bearer(tf.token)).set('content-type', 'text/csv').send(file);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'supply-demand.program.import',
            before: null,
            after: { created: 1, programIds: res.body.programIds },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands': async () => {
      const d = await sdState('NONE');
      const res = await http().post('/api/v1/supply-demand/demands').set(bearer(d.tf.token)).send(sdDemandBody(d));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: d.tf.id,
            action: 'supply-demand.demand.create',
            entity_id: res.body.id,
            before: null,
            after: { kind: 'TECHNOLOGY', title: '审计技术需求' },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands/:demandId/publication': async () => {
      const d = await sdState('DRAFT');
      const res = await http().post(`/api/v1/supply-demand/demands/${d.demandId}/publication`).set(bearer(d.tf.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.demand.publish',
            entity_id: d.demandId,
            before: { status: 'DRAFT' },
            after: { status: 'PUBLISHED' },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands/:demandId/withdrawal': async () => {
      const d = await sdState('PUBLISHED');
      const res = await http().post(`/api/v1/supply-demand/demands/${d.demandId}/withdrawal`).set(bearer(d.tf.token)).send({ reason: '审计撤回' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.demand.withdraw',
            entity_id: d.demandId,
            before: { status: 'PUBLISHED' },
            after: { status: 'WITHDRAWN', reason: '审计撤回' },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands/:demandId/fulfilment': async () => {
      const d = await sdState('CONTRACT');
      const res = await http().post(`/api/v1/supply-demand/demands/${d.demandId}/fulfilment`).set(bearer(d.tf.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.demand.fulfil',
            entity_id: d.demandId,
            before: { status: 'IN_DOCKING' },
            after: { status: 'FULFILLED' },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands/:demandId/responses': async () => {
      const d = await sdState('PUBLISHED');
      const res = await http()
        .post(`/api/v1/supply-demand/demands/${d.demandId}/responses`)
        .set(bearer(d.tf.token))
        .send({ organizationId: d.school, message: '审计应答' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.response.submit',
            entity_id: res.body.id,
            before: null,
            after: { demandId: d.demandId, organizationId: d.school },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands/:demandId/responses/:responseId/shortlist': async () => {
      const d = await sdState('RESPONDED');
      const res = await http().post(`/api/v1/supply-demand/demands/${d.demandId}/responses/${d.responseId}/shortlist`).set(bearer(d.tf.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.response.shortlist',
            entity_id: d.responseId,
            before: { status: 'SUBMITTED' },
            after: { status: 'SHORTLISTED' },
          }),
      };
    },
    'POST /api/v1/supply-demand/demands/:demandId/outcomes': async () => {
      const d = await sdState('SHORTLISTED');
      const res = await http()
        .post(`/api/v1/supply-demand/demands/${d.demandId}/outcomes`)
        .set(bearer(d.tf.token))
        .send({ responseId: d.responseId, kind: 'ORDER_CLASS', name: '审计订单班', students: 30, occurredOn: '2026-03-01' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.outcome.record',
            entity_id: res.body.id,
            before: null,
            after: { kind: 'ORDER_CLASS', students: 30 },
          }),
      };
    },
    'POST /api/v1/supply-demand/outcomes/:outcomeId/payments': async () => {
      const d = await sdState('CONTRACT');
      const res = await http()
        .post(`/api/v1/supply-demand/outcomes/${d.outcomeId}/payments`)
        .set(bearer(d.tf.token))
        .send({ amount: 100, receivedOn: '2026-03-02' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.payment.record',
            entity_id: res.body.id,
            before: null,
            after: { amount: 100, receivedOn: '2026-03-02' },
          }),
      };
    },
    'POST /api/v1/supply-demand/payments/:paymentId/corrections': async () => {
      const d = await sdState('PAYMENT');
      const res = await http()
        .post(`/api/v1/supply-demand/payments/${d.paymentId}/corrections`)
        .set(bearer(d.tf.token))
        .send({ amount: 600, receivedOn: '2026-02-02', reason: '审计更正' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'supply-demand.payment.correct',
            entity_id: d.paymentId,
            before: { amount: 500 },
            after: { amount: 600, correctionReason: '审计更正' },
          }),
      };
    },
    'POST /api/v1/ledger/units': async () => {
      const tf = await loginAs(api, 'taskforce');
      const res = await http()
        .post('/api/v1/ledger/units')
        .set(bearer(tf.token))
        .send({ name: '审计单位（演示）', kind: 'DISTRICT_AGENCY', districtCode: '500118' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'ledger.unit.create',
            entity_id: res.body.id,
            before: null,
            after: { name: '审计单位（演示）', kind: 'DISTRICT_AGENCY', districtCode: '500118' },
          }),
      };
    },
    'POST /api/v1/ledger/tasks': async () => {
      const tf = await loginAs(api, 'taskforce');
      const unitId = await ledgerUnit(tf.token);
      const res = await http()
        .post('/api/v1/ledger/tasks')
        .set(bearer(tf.token))
        .send({
          year: 2030,
          title: '审计目标任务',
          target: { kind: 'INDICATOR', value: 3, unit: '个' },
          leadUnitId: unitId,
          responsibleUnitIds: [],
          dueOn: '2030-12-31',
        });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'ledger.task.create',
            entity_id: res.body.id,
            before: null,
            after: { title: '审计目标任务', targetValue: 3, leadUnitId: unitId },
          }),
      };
    },
    'POST /api/v1/ledger/tasks/:taskId/milestones': async () => {
      const tf = await loginAs(api, 'taskforce');
      const task = await ledgerTask(tf.token, '审计节点任务');
      const res = await http().post(`/api/v1/ledger/tasks/${task.id}/milestones`).set(bearer(tf.token)).send({ title: '年中', dueOn: '2030-06-30' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({ action: 'ledger.milestone.add', entity_id: task.id, before: null, after: { title: '年中', dueOn: '2030-06-30' } }),
      };
    },
    'POST /api/v1/ledger/tasks/:taskId/dependencies': async () => {
      const tf = await loginAs(api, 'taskforce');
      const first = await ledgerTask(tf.token, '审计前置任务');
      const then = await ledgerTask(tf.token, '审计后续任务');
      const res = await http().post(`/api/v1/ledger/tasks/${then.id}/dependencies`).set(bearer(tf.token)).send({ dependsOnId: first.id });
      return {
        res,
        check: (row) => expect(row).toMatchObject({ action: 'ledger.dependency.add', entity_id: then.id, before: null, after: { dependsOnId: first.id } }),
      };
    },
    'POST /api/v1/ledger/milestones/:milestoneId/reports': async () => {
      const tf = await loginAs(api, 'taskforce');
      const task = await ledgerTask(tf.token, '审计报送任务', 2026);
      const res = await http()
        .post(`/api/v1/ledger/milestones/${task.milestoneId}/reports`)
        .set(bearer(tf.token))
        .send({ unitId: task.unitId, narrative: '审计进展', valueReached: 1, done: false });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'ledger.report.submit',
            entity_id: res.body.id,
            before: null,
            after: { unitId: task.unitId, narrative: '审计进展', done: false },
          }),
      };
    },
    'POST /api/v1/ledger/reports/:reportId/review': async () => {
      const tf = await loginAs(api, 'taskforce');
      const task = await ledgerTask(tf.token, '审计审核任务', 2026);
      const report = await http()
        .post(`/api/v1/ledger/milestones/${task.milestoneId}/reports`)
        .set(bearer(tf.token))
        .send({ unitId: task.unitId, narrative: '审计进展', done: false });
      const res = await http().post(`/api/v1/ledger/reports/${report.body.id}/review`).set(bearer(tf.token)).send({ outcome: 'RETURN', note: '证明材料不全' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'ledger.report.review',
            entity_id: report.body.id,
            before: { status: 'SUBMITTED' },
            after: { status: 'RETURNED', note: '证明材料不全' },
          }),
      };
    },
    'POST /api/v1/ledger/supervision/runs': async () => {
      const tf = await loginAs(api, 'taskforce');
      await ledgerTask(tf.token, '审计督办任务', 2031, '2031-03-10');
      const res = await http().post('/api/v1/ledger/supervision/runs').set(bearer(tf.token)).send({ asOf: '2031-03-05' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'ledger.supervision.run',
            entity_id: '2031-03-05',
            before: null,
            after: { asOf: '2031-03-05', methodVersion: 1 },
          }),
      };
    },
    'POST /api/v1/ledger/imports': async () => {
      const tf = await loginAs(api, 'taskforce');
      const file = Buffer.from('\uFEFF序号,任务内容,牵头单位,目标值,完成时限\n1,审计导入任务 3个,区教委,3 个,2030-12-31\n', 'utf8');
      const res = await http()
        .post('/api/v1/ledger/imports?year=2030&listName=%E5%AE%A1%E8%AE%A1%E6%B8%85%E5%8D%95')
        .set(bearer(tf.token))
        .set('content-type', 'text/csv')
        .send(file);
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'ledger.task-list.import',
            entity_id: '2030:审计清单',
            before: null,
            after: { tasks: 1, taskIds: res.body.taskIds },
          }),
      };
    },
    'POST /api/v1/adjustment/rule-sets': async () => {
      const tf = await loginAs(api, 'taskforce');
      const thresholds = { ...DEFAULT_THRESHOLDS, bottomShare: 0.15 };
      const res = await http().post('/api/v1/adjustment/rule-sets').set(bearer(tf.token)).send({ thresholds, note: '审计规则版本' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            actor_id: tf.id,
            action: 'adjustment.rule-set.create',
            before: null,
            after: { version: 2, note: '审计规则版本', thresholds },
          }),
      };
    },
    'POST /api/v1/adjustment/proposals/:proposalId/decision': async () => {
      const tf = await loginAs(api, 'taskforce');
      const c = await registryConsortium('审计提议联合体（演示）');
      const {
        rows: [{ id }],
      } = await sql.query(
        `INSERT INTO adjustment_proposal (rule_set_version, rule, trigger, kind, consortium_id, from_status, to_status, from_tier, evidence)
         VALUES (1, 1, 'round:2031Q1', 'STATUS', $1, 'ACTIVE', 'WARNED', 'PARK_LED', '{}') RETURNING id`,
        [c],
      );
      const res = await http().post(`/api/v1/adjustment/proposals/${id}/decision`).set(bearer(tf.token)).send({ outcome: 'REJECT', reason: '审计驳回理由' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'adjustment.proposal.decide',
            entity_id: id,
            before: { status: 'PENDING' },
            after: { status: 'REJECTED', reason: '审计驳回理由' },
          }),
      };
    },
    'POST /api/v1/webhook-subscriptions': async () => {
      const client = await webhookClient();
      const res = await http()
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(client.token))
        .send({ url: 'https://audit.example.org/hooks', eventTypes: ['registry.membership.joined'] });
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({
            actor_type: 'client',
            actor_id: client.id,
            action: 'integration.webhook-subscription.create',
            entity_id: res.body.id,
            before: null,
            after: { url: 'https://audit.example.org/hooks', eventTypes: ['registry.membership.joined'], status: 'ACTIVE' },
          });
          expect(JSON.stringify(row)).not.toContain(res.body.secret);
        },
      };
    },
    'PATCH /api/v1/webhook-subscriptions/:subscriptionId': async () => {
      const { client, subscription } = await webhookSubscription();
      const res = await http()
        .patch(`/api/v1/webhook-subscriptions/${subscription.id}`)
        .set(bearer(client.token))
        .set('if-match', '"v1"')
        .send({ description: '审计改名' });
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'integration.webhook-subscription.update',
            entity_id: subscription.id,
            before: { version: 1 },
            after: { version: 2, description: '审计改名' },
          }),
      };
    },
    'DELETE /api/v1/webhook-subscriptions/:subscriptionId': async () => {
      const { client, subscription } = await webhookSubscription();
      const res = await http().delete(`/api/v1/webhook-subscriptions/${subscription.id}`).set(bearer(client.token));
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({
            actor_id: client.id,
            action: 'integration.webhook-subscription.delete',
            entity_id: subscription.id,
            before: { url: 'https://audit.example.org/hooks', version: 1 },
            after: null,
          });
          expect(JSON.stringify(row)).not.toMatch(/whsec_/);
        },
      };
    },
    'POST /api/v1/webhook-subscriptions/:subscriptionId/rotate-secret': async () => {
      const { client, subscription } = await webhookSubscription();
      const res = await http().post(`/api/v1/webhook-subscriptions/${subscription.id}/rotate-secret`).set(bearer(client.token)).send({ overlapSeconds: 60 });
      return {
        res,
        check: (row) => {
          expect(row).toMatchObject({
            action: 'integration.webhook-subscription.rotate-secret',
            entity_id: subscription.id,
            before: { version: 1 },
            after: { version: 2 },
          });
          expect(JSON.stringify(row)).not.toMatch(/whsec_/);
        },
      };
    },
    'POST /api/v1/webhook-deliveries/:deliveryId/redeliver': async () => {
      const { client, subscription } = await webhookSubscription();
      const { rows } = await sql.query(
        `INSERT INTO webhook_delivery (subscription_id, event_id, event_type, status, attempts) VALUES ($1, gen_random_uuid(), 'registry.membership.joined', 'FAILED', 8) RETURNING id`,
        [subscription.id],
      );
      const res = await http().post(`/api/v1/webhook-deliveries/${rows[0].id}/redeliver`).set(bearer(client.token));
      return {
        res,
        check: (row) =>
          expect(row).toMatchObject({
            action: 'integration.webhook-delivery.redeliver',
            entity_id: rows[0].id,
            before: { status: 'FAILED', attempts: 8 },
            after: { status: 'PENDING' },
          }),
      };
    },
  };

  async function webhookClient(): Promise<{ id: string; token: string }> {
    const client = await http()
      .post('/api/v1/api-clients')
      .set(bearer(admin.token))
      .send({ name: `审计推送客户端${Math.random()}`, districtCode: '500118', scopes: ['webhooks:manage'] });
    const token = await http()
      .post('/api/v1/oauth/token')
      .send({ grant_type: 'client_credentials', client_id: client.body.clientId, client_secret: client.body.clientSecret });
    return { id: client.body.id, token: token.body.access_token };
  }

  async function webhookSubscription() {
    const client = await webhookClient();
    const res = await http()
      .post('/api/v1/webhook-subscriptions')
      .set(bearer(client.token))
      .send({ url: 'https://audit.example.org/hooks', eventTypes: ['registry.membership.joined'] });
    return { client, subscription: res.body as { id: string } };
  }

  function submitCase(roundId: string, c: string, token: string) {
    return http()
      .put(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}`)
      .set(bearer(token))
      .send({ title: '审计最佳实践', summary: '校企共建实训基地，共同制定培养方案。', dimension: SCHEME_DEFINITION.dimensions[0].code });
  }

  /** A case submitted in a round that has since closed; with `shortlisted`, on the shortlist. */
  async function closedCase(code: string, quarter: string, shortlisted = false) {
    const { tf, roundId, c, secretariat } = await openSheet(code, quarter);
    await submitCase(roundId, c, secretariat.token).expect(200);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'CLOSED' }).expect(200);
    if (shortlisted) await http().post(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/shortlist`).set(bearer(tf)).send({}).expect(200);
    return { tf, roundId, c };
  }

  /** An open round, a consortium and its secretariat; with `filled`, a complete draft sheet. */
  async function openSheet(code: string, quarter: string, filled = false) {
    const { tf, roundId } = await round(code, quarter);
    await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'OPEN' });
    const c = await registryConsortium(`${code}联合体（演示）`);
    const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
    if (filled) {
      await http()
        .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`)
        .set(bearer(secretariat.token))
        .send({ answers: { DUAL_QUALIFIED_RATIO: 60, STUDENT_TEACHER_RATIO: 17, TECH_SERVICE_GROWTH: 10 } });
      await attachPdf(roundId, c, secretariat.token);
    }
    return { tf, roundId, c, secretariat };
  }

  function attachPdf(roundId: string, c: string, token: string) {
    return http()
      .post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/evidence`)
      .query({ indicatorCode: 'DUAL_QUALIFIED_RATIO', fileName: '证明材料.pdf' })
      .set(bearer(token))
      .set('content-type', 'application/pdf')
      .send(Buffer.from(`%PDF-1.7\n% ${roundId}\n%%EOF\n`));
  }

  async function scheme(code: string): Promise<{ tf: string; schemeId: string }> {
    const tf = (await loginAs(api, 'taskforce')).token;
    const res = await http().post('/api/v1/evaluation/schemes').set(bearer(tf)).send({ code, name: '审计方案', definition: SCHEME_DEFINITION });
    return { tf, schemeId: res.body.id };
  }

  async function round(code: string, quarter: string): Promise<{ tf: string; roundId: string }> {
    const { tf, schemeId } = await scheme(code);
    const res = await http().post('/api/v1/evaluation/rounds').set(bearer(tf)).send({ code: quarter, schemeId, deadline: '2040-10-15T00:00:00Z' });
    return { tf, roundId: res.body.id };
  }

  async function ledgerUnit(tf: string, name = '市教委'): Promise<string> {
    const res = await http().get('/api/v1/ledger/units').set(bearer(tf));
    return (res.body.items as { id: string; name: string }[]).find((u) => u.name === name)!.id;
  }

  async function ledgerTask(
    tf: string,
    title: string,
    year = 2030,
    milestoneDue = `${year}-12-31`,
  ): Promise<{ id: string; milestoneId: string; unitId: string }> {
    const unitId = await ledgerUnit(tf);
    const res = await http()
      .post('/api/v1/ledger/tasks')
      .set(bearer(tf))
      .send({
        year,
        title,
        target: { kind: 'DELIVERABLE', deliverable: title },
        leadUnitId: unitId,
        responsibleUnitIds: [],
        dueOn: `${year}-12-31`,
        milestones: [{ title: '完成', dueOn: milestoneDue }],
      });
    return { id: res.body.id, milestoneId: res.body.milestones[0].id, unitId };
  }

  async function withMember(label: string, body8: string, today = false): Promise<{ c: string; o: string }> {
    const c = await registryConsortium(`${label}联合体（演示）`);
    const o = await registryOrganization(`${label}单位（演示）`, body8);
    await http()
      .post(`/api/v1/consortia/${c}/memberships`)
      .set(bearer(admin.token))
      .send({ organizationId: o, role: 'COUNCIL_MEMBER', validFrom: today ? '2025-01-01' : '2025-02-01' });
    return { c, o };
  }

  async function application(label: string, body8: string): Promise<{ c: string; id: string; o: string }> {
    const c = await registryConsortium(`${label}联合体（演示）`);
    const o = await registryOrganization(`${label}单位（演示）`, body8);
    const res = await http()
      .post(`/api/v1/consortia/${c}/applications`)
      .set(bearer(admin.token))
      .send({ organizationId: o, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-05-01' });
    return { c, id: res.body.id, o };
  }

  /** 供需对接: a school, a firm, a cluster and a 技术 demand of the firm, taken as far along its lifecycle as asked. */
  let sdSerial = 0;
  const sdDemandBody = (d: { firm: string; cluster: string }) => ({
    kind: 'TECHNOLOGY',
    title: '审计技术需求',
    description: '',
    publisherOrganizationId: d.firm,
    clusterCodes: [d.cluster],
    districtCodes: ['500118'],
    visibility: 'PUBLIC',
    validFrom: '2026-01-01',
    technology: { problem: '审计问题', budget: 1000, deadline: '2099-12-31' },
  });

  /** One task-force login for all of them (logins are rate-limited). */
  let sdTaskforce: TestUser | undefined;
  async function sdState(stage: 'NONE' | 'DRAFT' | 'PUBLISHED' | 'RESPONDED' | 'SHORTLISTED' | 'CONTRACT' | 'PAYMENT') {
    const tf = (sdTaskforce ??= await loginAs(api, 'taskforce'));
    const n = ++sdSerial;
    const org = async (type: string, i: number) =>
      (
        await http()
          .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', `MA0F${String(n * 2 + i).padStart(4, '0')}`)}`)
          .set(bearer(admin.token))
          .send({ name: `审计供需单位${n}-${i}（演示）`, type, districtCode: '500118' })
          .expect(201)
      ).body.id as string;
    const [firm, school] = [await org('ENTERPRISE', 0), await org('SCHOOL', 1)];
    const cluster = `AU-${n}`;
    // Straight into the dictionary: the industry-cluster audit rows stay the dictionary route's own.
    await sql.query(`INSERT INTO industry_cluster (code, name, category) VALUES ($1, $2, 'OTHER')`, [cluster, `审计供需集群${n}`]);
    const out = { tf, firm, school, cluster, demandId: '', responseId: '', outcomeId: '', paymentId: '' };
    if (stage === 'NONE') return out;
    out.demandId = (await http().post('/api/v1/supply-demand/demands').set(bearer(tf.token)).send(sdDemandBody(out)).expect(201)).body.id;
    if (stage === 'DRAFT') return out;
    await http().post(`/api/v1/supply-demand/demands/${out.demandId}/publication`).set(bearer(tf.token)).expect(200);
    if (stage === 'PUBLISHED') return out;
    out.responseId = (
      await http()
        .post(`/api/v1/supply-demand/demands/${out.demandId}/responses`)
        .set(bearer(tf.token))
        .send({ organizationId: school, message: '审计应答' })
        .expect(201)
    ).body.id;
    if (stage === 'RESPONDED') return out;
    await http().post(`/api/v1/supply-demand/demands/${out.demandId}/responses/${out.responseId}/shortlist`).set(bearer(tf.token)).expect(200);
    if (stage === 'SHORTLISTED') return out;
    out.outcomeId = (
      await http()
        .post(`/api/v1/supply-demand/demands/${out.demandId}/outcomes`)
        .set(bearer(tf.token))
        .send({ responseId: out.responseId, kind: 'SERVICE_CONTRACT', name: '审计合同', amount: 1000, occurredOn: '2026-02-01' })
        .expect(201)
    ).body.id;
    if (stage === 'CONTRACT') return out;
    out.paymentId = (
      await http()
        .post(`/api/v1/supply-demand/outcomes/${out.outcomeId}/payments`)
        .set(bearer(tf.token))
        .send({ amount: 500, receivedOn: '2026-02-02' })
        .expect(201)
    ).body.id;
    return out;
  }

  async function registryConsortium(name: string): Promise<string> {
    const res = await http()
      .post('/api/v1/consortia')
      .set(bearer(admin.token))
      .send({ name, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' });
    return res.body.id;
  }

  async function registryOrganization(name: string, body8: string): Promise<string> {
    const res = await http()
      .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', body8)}`)
      .set(bearer(admin.token))
      .send({ name, type: 'ENTERPRISE', districtCode: '500118' });
    return res.body.id;
  }

  it('has a scripted call for every write route of the router', () => {
    const writes = routesOf(api)
      .filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method))
      .map((r) => r.key);
    expect(writes.filter((k) => !scripts[k])).toEqual([]);
    expect(Object.keys(scripts).filter((k) => !writes.includes(k))).toEqual([]);
  });

  it.each(Object.keys(scripts))('%s writes exactly one audit row with its actor, before and after', async (key) => {
    // Set-up calls of a script write rows of their own; the scripted call is told apart by its request id.
    const { res, check } = await scripts[key]();
    expect(res.status).toBeLessThan(300);
    const rows = (await sql.query(`SELECT * FROM audit_event WHERE request_id = $1`, [res.headers['x-request-id']])).rows as AuditRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0].ip).toBe('127.0.0.1');
    check(rows[0]);
  });

  it('records a failed login, once, without the password', async () => {
    const res = await http().post('/api/v1/auth/login').send({ username: 'Someone.Else', password: 'secret-guess-1234' }).expect(401);
    const rows = (await sql.query(`SELECT * FROM audit_event WHERE request_id = $1`, [res.headers['x-request-id']])).rows as AuditRow[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ actor_type: 'anonymous', action: 'identity.session.login-failed', after: { username: 'someone.else' } });
    expect(JSON.stringify(rows[0])).not.toContain('secret-guess');
  });

  it('writes nothing when a write is refused', async () => {
    const before = await lastId();
    await http().post('/api/v1/users').set(bearer(admin.token)).send({ username: 'x', displayName: 'x', password: 'short', bindings: [] }).expect(400);
    await http().post('/api/v1/industry-clusters').send({ code: 'NOAUTH-1', name: '未授权', category: 'OTHER' }).expect(401);
    expect(await since(before)).toEqual([]);
  });

  it('refuses UPDATE, DELETE and TRUNCATE from the application database role', async () => {
    const dataSource = api.get<DataSource>(getDataSourceToken());
    const [{ current_user: role }] = await dataSource.query('SELECT current_user');
    expect(role).toEqual(expect.any(String));
    await expect(dataSource.query(`UPDATE audit_event SET action = 'tampered'`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`DELETE FROM audit_event`)).rejects.toThrow(/append-only/);
    await expect(dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    const { rows } = await sql.query(`SELECT count(*)::int AS n FROM audit_event WHERE action = 'tampered'`);
    expect(rows[0].n).toBe(0);
  });

  it('names the consortium and organization of each entry beside their ids, and the actor', async () => {
    const taskforce = await loginAs(api, 'taskforce');
    const { c, id, o } = await application('审计名称', '00AUDN01');
    const read = async (query: Record<string, string>) =>
      (await http().get('/api/v1/audit-events').query(query).set(bearer(taskforce.token)).expect(200)).body.items;
    const [applied] = await read({ entityType: 'membership-application', entityId: id });
    expect(applied).toMatchObject({
      action: 'registry.application.submit',
      actorName: admin.username,
      consortiumId: c,
      consortiumName: '审计名称联合体（演示）',
      organizationId: o,
      organizationName: '审计名称单位（演示）',
    });
    // A consortium and an organization are their own.
    expect((await read({ entityType: 'consortium', entityId: c }))[0]).toMatchObject({
      consortiumId: c,
      consortiumName: '审计名称联合体（演示）',
      organizationId: null,
      organizationName: null,
    });
    expect((await read({ entityType: 'organization', entityId: o }))[0]).toMatchObject({
      consortiumId: null,
      consortiumName: null,
      organizationId: o,
      organizationName: '审计名称单位（演示）',
    });
    // An entry about neither has neither.
    expect((await read({ action: 'identity.session.create', limit: '1' }))[0]).toMatchObject({
      consortiumId: null,
      consortiumName: null,
      organizationId: null,
      organizationName: null,
    });
  });

  it('is filterable by the task force and exportable as CSV', async () => {
    const taskforce = await loginAs(api, 'taskforce');
    const page = await http().get('/api/v1/audit-events').query({ action: 'identity.user.create', limit: 2 }).set(bearer(taskforce.token)).expect(200);
    expect(page.body.items.length).toBe(2);
    expect(page.body.items.every((e: { action: string }) => e.action === 'identity.user.create')).toBe(true);
    expect(Number(page.body.items[0].id)).toBeGreaterThan(Number(page.body.items[1].id));
    const next = await http()
      .get('/api/v1/audit-events')
      .query({ action: 'identity.user.create', limit: 2, before: page.body.nextCursor })
      .set(bearer(taskforce.token))
      .expect(200);
    expect(next.body.items.every((e: { id: string }) => Number(e.id) < Number(page.body.nextCursor) + 1)).toBe(true);

    // For machines (?labels=codes): the keys as headers, the stored values.
    const csv = await http()
      .get('/api/v1/audit-events/export')
      .query({ entityType: 'industry-cluster', labels: 'codes' })
      .set(bearer(taskforce.token))
      .expect(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    expect(csv.headers['content-disposition']).toBe('attachment; filename="audit-events.csv"');
    const lines = csv.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('id,occurredAt,actorType,actorId,actorName,action,entityType,entityId,before,after,requestId,ip');
    expect(lines.length).toBe(2);
    expect(lines[1]).toContain('"registry.industry-cluster.create"');
    expect(lines[1]).toContain('审计集群');
    const occurredAt = new Date(lines[1].split(',')[1].replaceAll('"', ''));
    expect(lines[1]).toContain('"user"');

    // For people (the default): Chinese headers, the time in Beijing, the actor type's label, a Chinese file name.
    const zh = await http().get('/api/v1/audit-events/export').query({ entityType: 'industry-cluster' }).set(bearer(taskforce.token)).expect(200);
    expect(zh.headers['content-disposition']).toBe(`attachment; filename="audit-events.csv"; filename*=UTF-8''${encodeURIComponent('审计日志.csv')}`);
    const zhLines = zh.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(zhLines[0]).toBe('"编号","时间（北京时间）","操作方类型","操作方编号","操作方","操作","对象类型","对象编号","变更前","变更后","请求编号","IP 地址"');
    const fields = zhLines[1].split('","');
    const beijing = new Date(occurredAt.getTime() + 8 * 3600_000).toISOString().slice(0, 19).replace('T', ' ');
    expect(fields[1]).toBe(beijing);
    expect(fields[2]).toBe('用户');
    expect(zhLines[1]).toContain('审计集群');

    const member = await loginAs(api, 'member', { organizationId: 'cccccccc-0000-4000-8000-0000000000dd' });
    await http().get('/api/v1/audit-events').set(bearer(member.token)).expect(403);
  });
});
