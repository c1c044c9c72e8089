import { Agent, type IncomingHttpHeaders, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import fc from 'fast-check';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { makeUscc } from '#registry';
import { DEFAULT_THRESHOLDS } from '#adjustment';
import { SCHEME_DEFINITION } from '../fixtures/scheme.js';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, TEST_PASSWORD, type TestUser } from '../support/identity.js';
import { routesOf } from '../support/routes.js';
import { bodiesFor, bodyFieldsOf, dateFieldsOf, describeBody, isRealDate, FUZZ_RUNS, FUZZ_SEED, type FuzzBody, seedOf } from './fuzz-support.js';

const BODY_LIMIT = 65_536;

/** Where and as whom one route is fuzzed, with a body it accepts in that state. */
const OAUTH2_ERROR_CODES = ['invalid_request', 'invalid_client', 'invalid_grant', 'unauthorized_client', 'unsupported_grant_type', 'invalid_scope'];

interface Target {
  /** The path with its parameters pointing at real objects (and any query). */
  url: string;
  /** A principal allowed to call the route (none for the public authentication routes). */
  token?: string;
  /** A body the route accepts; a Buffer is sent raw with `validType`. */
  valid?: unknown;
  validType?: string;
  /** Extra headers read before each call (e.g. If-Match with the object's current version). */
  headers?: () => Promise<Record<string, string>>;
  /** Run after a generated body was accepted (e.g. log in again after a logout). */
  afterSuccess?: () => Promise<void>;
  /** What a refused call may still write: the failed-login record and its audit row. */
  refusalWrites?: { tables: string[]; auditActions: string[] };
  /** Refusals in RFC 6749 §5.2 JSON (`error`, `error_description`) instead of problem+json: the token endpoint. */
  oauth2Errors?: boolean;
}

/**
 * Every write route gets FUZZ_RUNS generated bodies, sent as an allowed principal against real
 * objects. Each answer must be a 2xx or a 4xx problem+json with a code; a refused call must leave
 * every table's row count as it was; an accepted call must be complete (its audit row written).
 * The routes are split into `shards` files (each with its own database and API) so that jest's
 * workers share the work; shard 0 also checks that every write route has a set-up.
 */
export function fuzzWriteEndpoints(shard: number, shards: number): void {
  describe(`fuzzing every write endpoint (part ${shard + 1} of ${shards})`, () => {
    let db: TestDatabase;
    let sql: pg.Client;
    let api: NestFastifyApplication;
    let admin: TestUser;
    let countSql: string;
    let fields: Map<string, string[]>;
    let dates: ReturnType<typeof dateFieldsOf>;
    const http = () => request(api.getHttpServer());
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });

    beforeAll(async () => {
      db = await createTestDatabase();
      sql = new pg.Client({ connectionString: db.url });
      await sql.connect();
      api = await startApi(
        testEnvironment({
          DATABASE_URL: db.url,
          BODY_LIMIT_BYTES: String(BODY_LIMIT),
          IMPORT_MAX_BYTES: String(BODY_LIMIT * 2),
          EVIDENCE_MAX_BYTES: String(BODY_LIMIT * 2),
          AUTH_RATE_LIMIT_PER_MINUTE: '1000000',
          // Webhook URLs the fuzzer makes up are not resolved (no DNS query leaves the machine).
          WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true',
          LOGIN_MAX_FAILURES_PER_ACCOUNT: '1000000',
          LOGIN_MAX_FAILURES_PER_ADDRESS: '1000000',
          ACCESS_TOKEN_TTL_SECONDS: '86400',
        }),
      );
      admin = await loginAs(api, 'admin');
      const { rows } = await sql.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
      countSql = rows.map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`).join(' UNION ALL ');
      fields = bodyFieldsOf(routesOf(api));
      dates = dateFieldsOf(routesOf(api));
    });

    afterAll(async () => {
      agent.destroy();
      await api?.close();
      await sql?.end();
      await db?.drop();
    });

    async function counts(): Promise<Record<string, number>> {
      const { rows } = await sql.query<{ name: string; n: number }>(countSql);
      return Object.fromEntries(rows.map((r) => [r.name, r.n]));
    }

    // --- state, as the audit test builds it --------------------------------------------------------

    let serial = 0;
    const next = () => ++serial;
    const body8 = () => `MF${String(next()).padStart(6, '0')}`;

    async function webhookClient(): Promise<{ id: string; token: string }> {
      const client = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin.token))
        .send({ name: `模糊测试客户端${next()}`, districtCode: '500118', scopes: ['webhooks:manage'] })
        .expect(201);
      const token = await http()
        .post('/api/v1/oauth/token')
        .send({ grant_type: 'client_credentials', client_id: client.body.clientId, client_secret: client.body.clientSecret })
        .expect(200);
      return { id: client.body.id, token: token.body.access_token };
    }

    async function webhookSubscription() {
      const client = await webhookClient();
      const res = await http()
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(client.token))
        .send({ url: 'https://fuzz.example.org/hooks', eventTypes: ['registry.membership.joined'] })
        .expect(201);
      return { client, subscription: res.body as { id: string } };
    }

    async function scheme(): Promise<{ tf: string; schemeId: string }> {
      const tf = (await loginAs(api, 'taskforce')).token;
      const res = await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(tf))
        .send({ code: `FUZZ-${next()}`, name: '模糊测试方案', definition: SCHEME_DEFINITION })
        .expect(201);
      return { tf, schemeId: res.body.id };
    }

    /** A fresh quarter for each round the set-up needs (2041Q1, 2041Q2, …). */
    const quarter = () => {
      const n = next();
      return `${2041 + Math.floor(n / 4)}Q${(n % 4) + 1}`;
    };

    async function round(code = quarter()): Promise<{ tf: string; roundId: string }> {
      const { tf, schemeId } = await scheme();
      const res = await http().post('/api/v1/evaluation/rounds').set(bearer(tf)).send({ code, schemeId, deadline: '2099-10-15T00:00:00Z' }).expect(201);
      return { tf, roundId: res.body.id };
    }

    async function ledgerUnit(tf: string, name = '市教委'): Promise<string> {
      const res = await http().get('/api/v1/ledger/units').set(bearer(tf)).expect(200);
      return (res.body.items as { id: string; name: string }[]).find((u) => u.name === name)!.id;
    }

    /** A task of the ledger with one milestone, led by a department of the task force. */
    async function ledgerTask(tf: string, year = 2030): Promise<{ id: string; milestoneId: string; unitId: string }> {
      const unitId = await ledgerUnit(tf);
      const title = `模糊测试任务${next()}`;
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
          milestones: [{ title: '完成', dueOn: `${year}-12-31` }],
        })
        .expect(201);
      return { id: res.body.id, milestoneId: res.body.milestones[0].id, unitId };
    }

    async function openSheet(filled = false) {
      const { tf, roundId } = await round();
      await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'OPEN' }).expect(200);
      const c = await registryConsortium();
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      if (filled) {
        await http()
          .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`)
          .set(bearer(secretariat.token))
          .send({ answers: { DUAL_QUALIFIED_RATIO: 60, STUDENT_TEACHER_RATIO: 17, TECH_SERVICE_GROWTH: 10 } })
          .expect(200);
        await http()
          .post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/evidence`)
          .query({ indicatorCode: 'DUAL_QUALIFIED_RATIO', fileName: '证明材料.pdf' })
          .set(bearer(secretariat.token))
          .set('content-type', 'application/pdf')
          .send(pdf(roundId))
          .expect(200);
      }
      return { tf, roundId, c, secretariat };
    }

    const pdf = (salt: string) => Buffer.from(`%PDF-1.7\n% ${salt}\n%%EOF\n`);

    const bestPractice = { title: '模糊测试最佳实践', summary: '校企共建实训基地，共同制定培养方案。', dimension: SCHEME_DEFINITION.dimensions[0].code };

    async function closedCase(shortlisted = false) {
      const { tf, roundId, c, secretariat } = await openSheet();
      await http().put(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}`).set(bearer(secretariat.token)).send(bestPractice).expect(200);
      await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'CLOSED' }).expect(200);
      if (shortlisted) await http().post(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/shortlist`).set(bearer(tf)).send({}).expect(200);
      return { tf, roundId, c };
    }

    async function registryConsortium(): Promise<string> {
      const res = await http()
        .post('/api/v1/consortia')
        .set(bearer(admin.token))
        .send({ name: `模糊测试联合体${next()}（演示）`, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
        .expect(201);
      return res.body.id;
    }

    async function registryOrganization(): Promise<string> {
      const res = await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', body8())}`)
        .set(bearer(admin.token))
        .send({ name: `模糊测试单位${next()}（演示）`, type: 'ENTERPRISE', districtCode: '500118' })
        .expect(201);
      return res.body.id;
    }

    /** 供需对接: a school and a firm, a cluster, and a 技术 demand of the firm (a draft, or further along its lifecycle). */
    async function sdOrganization(type: 'SCHOOL' | 'ENTERPRISE'): Promise<string> {
      const res = await http()
        .put(`/api/v1/organizations/by-uscc/${makeUscc('9', '1', '500118', body8())}`)
        .set(bearer(admin.token))
        .send({ name: `模糊供需单位${next()}（演示）`, type, districtCode: '500118' })
        .expect(201);
      return res.body.id;
    }

    async function sdCluster(): Promise<string> {
      const code = `FZ-${next()}`;
      await http()
        .post('/api/v1/industry-clusters')
        .set(bearer(admin.token))
        .send({ code, name: `模糊集群${code}`, category: 'OTHER' })
        .expect(201);
      return code;
    }

    async function sdDemand(stage: 'DRAFT' | 'PUBLISHED' | 'RESPONDED' | 'SHORTLISTED' | 'CONTRACT' | 'PAYMENT') {
      const tf = (await loginAs(api, 'taskforce')).token;
      const [firm, school, cluster] = [await sdOrganization('ENTERPRISE'), await sdOrganization('SCHOOL'), await sdCluster()];
      const demand = await http()
        .post('/api/v1/supply-demand/demands')
        .set(bearer(tf))
        .send({
          kind: 'TECHNOLOGY',
          title: '模糊技术需求',
          description: '',
          publisherOrganizationId: firm,
          clusterCodes: [cluster],
          districtCodes: ['500118'],
          visibility: 'PUBLIC',
          validFrom: '2026-01-01',
          technology: { problem: '模糊问题', budget: 1000, deadline: '2099-12-31' },
        })
        .expect(201);
      const out = { tf, firm, school, cluster, demandId: demand.body.id as string, responseId: '', outcomeId: '', paymentId: '' };
      if (stage === 'DRAFT') return out;
      await http().post(`/api/v1/supply-demand/demands/${out.demandId}/publication`).set(bearer(tf)).expect(200);
      if (stage === 'PUBLISHED') return out;
      out.responseId = (
        await http()
          .post(`/api/v1/supply-demand/demands/${out.demandId}/responses`)
          .set(bearer(tf))
          .send({ organizationId: school, message: '模糊应答' })
          .expect(201)
      ).body.id;
      if (stage === 'RESPONDED') return out;
      await http().post(`/api/v1/supply-demand/demands/${out.demandId}/responses/${out.responseId}/shortlist`).set(bearer(tf)).expect(200);
      if (stage === 'SHORTLISTED') return out;
      out.outcomeId = (
        await http()
          .post(`/api/v1/supply-demand/demands/${out.demandId}/outcomes`)
          .set(bearer(tf))
          .send({ responseId: out.responseId, kind: 'SERVICE_CONTRACT', name: '模糊合同', amount: 1000, occurredOn: '2026-02-01' })
          .expect(201)
      ).body.id;
      if (stage === 'CONTRACT') return out;
      out.paymentId = (
        await http()
          .post(`/api/v1/supply-demand/outcomes/${out.outcomeId}/payments`)
          .set(bearer(tf))
          .send({ amount: 500, receivedOn: '2026-02-02' })
          .expect(201)
      ).body.id;
      return out;
    }

    async function withMember(today = false): Promise<{ c: string; o: string }> {
      const c = await registryConsortium();
      const o = await registryOrganization();
      await http()
        .post(`/api/v1/consortia/${c}/memberships`)
        .set(bearer(admin.token))
        .send({ organizationId: o, role: 'COUNCIL_MEMBER', validFrom: today ? '2025-01-01' : '2025-02-01' })
        .expect(201);
      return { c, o };
    }

    async function application(): Promise<{ c: string; id: string }> {
      const c = await registryConsortium();
      const o = await registryOrganization();
      const res = await http()
        .post(`/api/v1/consortia/${c}/applications`)
        .set(bearer(admin.token))
        .send({ organizationId: o, kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-05-01' })
        .expect(201);
      return { c, id: res.body.id };
    }

    /** If-Match with the version in force of an effective-dated governance part, once there is one. */
    const currentVersion = (table: 'consortium_secretariat' | 'operations_platform', c: string) => async (): Promise<Record<string, string>> => {
      const { rows } = await sql.query(`SELECT version FROM ${table} WHERE consortium_id = $1 AND valid_to IS NULL`, [c]);
      return rows.length > 0 ? { 'if-match': `"v${rows[0].version}"` } : {};
    };

    /** If-Match with the version of the row `query` finds, once there is one (a PUT that creates needs none). */
    const versionOf = (query: string, params: unknown[]) => async (): Promise<Record<string, string>> => {
      const { rows } = await sql.query<{ version: number }>(query, params);
      return rows.length > 0 ? { 'if-match': `"v${rows[0].version}"` } : {};
    };

    // --- one target per write route -----------------------------------------------------------------

    const setups: Record<string, () => Promise<Target>> = {
      'POST /api/v1/industry-clusters': async () => ({
        url: '/api/v1/industry-clusters',
        token: admin.token,
        valid: { code: 'FUZZ-1', name: '模糊集群', category: 'OTHER' },
      }),
      'POST /api/v1/auth/login': async () => {
        const user = await loginAs(api, 'taskforce');
        return {
          url: '/api/v1/auth/login',
          valid: { username: user.username, password: TEST_PASSWORD },
          refusalWrites: { tables: ['audit_event', 'login_throttle'], auditActions: ['identity.session.login-failed'] },
        };
      },
      'POST /api/v1/auth/refresh': async () => {
        const user = await loginAs(api, 'taskforce');
        return {
          url: '/api/v1/auth/refresh',
          valid: { refreshToken: user.refreshToken },
          // Presenting a used refresh token revokes its session (theft detection) and audits that.
          refusalWrites: { tables: ['audit_event'], auditActions: ['identity.session.revoke-on-reuse'] },
        };
      },
      'POST /api/v1/auth/logout': async () => {
        const target: Target = { url: '/api/v1/auth/logout', token: (await loginAs(api, 'taskforce')).token };
        target.afterSuccess = async () => {
          target.token = (await loginAs(api, 'taskforce')).token;
        };
        return target;
      },
      'POST /api/v1/oauth/token': async () => {
        const client = await http()
          .post('/api/v1/api-clients')
          .set(bearer(admin.token))
          .send({ name: '模糊测试令牌客户端', districtCode: '500101', scopes: ['feed:read'] })
          .expect(201);
        return {
          url: '/api/v1/oauth/token',
          oauth2Errors: true,
          valid: { grant_type: 'client_credentials', client_id: client.body.clientId, client_secret: client.body.clientSecret },
        };
      },
      'POST /api/v1/users': async () => ({
        url: '/api/v1/users',
        token: admin.token,
        valid: { username: 'fuzz.new', displayName: '新用户', password: TEST_PASSWORD, bindings: [{ role: 'taskforce' }] },
      }),
      'PATCH /api/v1/users/:userId': async () => {
        const user = await loginAs(api, 'taskforce');
        return {
          url: `/api/v1/users/${user.id}`,
          token: admin.token,
          valid: { displayName: '改名后' },
          headers: async (): Promise<Record<string, string>> => {
            const { rows } = await sql.query(`SELECT version FROM app_user WHERE id = $1`, [user.id]);
            return { 'if-match': `"v${rows[0].version}"` };
          },
        };
      },
      'POST /api/v1/users/:userId/role-bindings': async () => {
        const user = await loginAs(api, 'taskforce');
        return { url: `/api/v1/users/${user.id}/role-bindings`, token: admin.token, valid: { role: 'secretariat', consortiumId: await registryConsortium() } };
      },
      'DELETE /api/v1/users/:userId/role-bindings/:bindingId': async () => {
        const user = await loginAs(api, 'member', { organizationId: await registryOrganization() });
        const bound = await http().post(`/api/v1/users/${user.id}/role-bindings`).set(bearer(admin.token)).send({ role: 'taskforce' }).expect(201);
        const binding = bound.body.bindings.find((b: { role: string }) => b.role === 'taskforce');
        return { url: `/api/v1/users/${user.id}/role-bindings/${binding.id}`, token: admin.token };
      },
      'POST /api/v1/api-clients': async () => ({
        url: '/api/v1/api-clients',
        token: admin.token,
        valid: { name: '渝中区系统', districtCode: '500103', scopes: ['registry:read'] },
      }),
      'POST /api/v1/api-clients/:clientUuid/disable': async () => {
        const client = await http()
          .post('/api/v1/api-clients')
          .set(bearer(admin.token))
          .send({ name: '停用客户端', districtCode: '500104', scopes: [] })
          .expect(201);
        return { url: `/api/v1/api-clients/${client.body.id}/disable`, token: admin.token };
      },
      'POST /api/v1/api-clients/:clientUuid/enable': async () => {
        const client = await http()
          .post('/api/v1/api-clients')
          .set(bearer(admin.token))
          .send({ name: '启用客户端', districtCode: '500105', scopes: [] })
          .expect(201);
        await http().post(`/api/v1/api-clients/${client.body.id}/disable`).set(bearer(admin.token)).expect(200);
        return { url: `/api/v1/api-clients/${client.body.id}/enable`, token: admin.token };
      },
      'POST /api/v1/api-clients/:clientUuid/rotate-secret': async () => {
        const client = await http()
          .post('/api/v1/api-clients')
          .set(bearer(admin.token))
          .send({ name: '轮换客户端', districtCode: '500106', scopes: [] })
          .expect(201);
        return { url: `/api/v1/api-clients/${client.body.id}/rotate-secret`, token: admin.token, valid: { overlapSeconds: 3600 } };
      },
      'PUT /api/v1/organizations/by-uscc/:uscc': async () => {
        const uscc = makeUscc('9', '1', '500118', body8());
        return {
          url: `/api/v1/organizations/by-uscc/${uscc}`,
          token: admin.token,
          valid: { name: '模糊测试企业', type: 'ENTERPRISE', districtCode: '500118' },
          headers: async (): Promise<Record<string, string>> => {
            const { rows } = await sql.query(`SELECT version FROM organization WHERE uscc = $1`, [uscc]);
            return rows.length > 0 ? { 'if-match': `"v${rows[0].version}"` } : {};
          },
        };
      },
      'POST /api/v1/consortia': async () => ({
        url: '/api/v1/consortia',
        token: admin.token,
        valid: { name: '模糊联合体（演示）', kind: 'CITY', tier: 'SCHOOL_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' },
      }),
      'POST /api/v1/consortia/:consortiumId/decisions': async () => {
        const c = await registryConsortium();
        const tf = await loginAs(api, 'taskforce');
        return {
          url: `/api/v1/consortia/${c}/decisions`,
          token: tf.token,
          valid: { toStatus: 'ACTIVE', effectiveOn: '2025-03-01', reason: '工作专班审定入册' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/participation': async () => {
        const { c, o } = await withMember();
        const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
        return {
          url: `/api/v1/consortia/${c}/participation`,
          token: secretariat.token,
          valid: { organizationId: o, quarter: '2025Q2', source: 'DEMAND_RESPONSE', ref: '需求响应〔2025〕1号' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/memberships': async () => {
        const c = await registryConsortium();
        const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
        return {
          url: `/api/v1/consortia/${c}/memberships`,
          token: secretariat.token,
          valid: { organizationId: await registryOrganization(), role: 'MEMBER', validFrom: '2025-02-01' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/memberships/:membershipId/exit': async () => {
        const c = await registryConsortium();
        const joined = await http()
          .post(`/api/v1/consortia/${c}/memberships`)
          .set(bearer(admin.token))
          .send({ organizationId: await registryOrganization(), role: 'MEMBER', validFrom: '2025-02-01' })
          .expect(201);
        return {
          url: `/api/v1/consortia/${c}/memberships/${joined.body.membership.id}/exit`,
          token: admin.token,
          valid: { effectiveOn: '2025-08-01', reason: 'VOLUNTARY' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/memberships/:membershipId/role-change': async () => {
        const c = await registryConsortium();
        const joined = await http()
          .post(`/api/v1/consortia/${c}/memberships`)
          .set(bearer(admin.token))
          .send({ organizationId: await registryOrganization(), role: 'MEMBER', validFrom: '2025-02-01' })
          .expect(201);
        return {
          url: `/api/v1/consortia/${c}/memberships/${joined.body.membership.id}/role-change`,
          token: admin.token,
          valid: { role: 'COUNCIL_MEMBER', effectiveOn: '2025-08-01' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/applications': async () => {
        const c = await registryConsortium();
        return {
          url: `/api/v1/consortia/${c}/applications`,
          token: admin.token,
          valid: { organizationId: await registryOrganization(), kind: 'JOIN', requestedRole: 'MEMBER', effectiveOn: '2025-05-01' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/applications/:applicationId/review': async () => {
        const { c, id } = await application();
        return { url: `/api/v1/consortia/${c}/applications/${id}/review`, token: admin.token };
      },
      'POST /api/v1/consortia/:consortiumId/applications/:applicationId/decision': async () => {
        const { c, id } = await application();
        await http().post(`/api/v1/consortia/${c}/applications/${id}/review`).set(bearer(admin.token)).expect(201);
        await http()
          .post(`/api/v1/consortia/${c}/resolutions`)
          .set(bearer(admin.token))
          .send({ number: '理事会决议〔2025〕9号', adoptedOn: '2025-04-20', title: '吸收成员', text: '同意吸收', votesFor: 9, votesAgainst: 0, abstentions: 0 })
          .expect(201);
        return {
          url: `/api/v1/consortia/${c}/applications/${id}/decision`,
          token: admin.token,
          valid: { outcome: 'APPROVED', resolutionRef: '理事会决议〔2025〕9号' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/applications/:applicationId/withdraw': async () => {
        const { c, id } = await application();
        return { url: `/api/v1/consortia/${c}/applications/${id}/withdraw`, token: admin.token };
      },
      'POST /api/v1/imports/organizations': async () => ({
        url: '/api/v1/imports/organizations',
        token: admin.token,
        valid: Buffer.from(`uscc,name,type,districtCode\n${makeUscc('9', '1', '500118', body8())},模糊导入企业（演示）,ENTERPRISE,500118\n`),
        validType: 'text/csv',
      }),
      'POST /api/v1/consortia/:consortiumId/council-seats': async () => {
        const { c, o } = await withMember();
        return {
          url: `/api/v1/consortia/${c}/council-seats`,
          token: admin.token,
          valid: { organizationId: o, personName: '王某（演示）', position: 'DIRECTOR', termStart: '2025-03-01' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/council-seats/:seatId/end': async () => {
        const { c, o } = await withMember();
        const seat = await http()
          .post(`/api/v1/consortia/${c}/council-seats`)
          .set(bearer(admin.token))
          .send({ organizationId: o, personName: '赵某（演示）', position: 'SUPERVISOR', termStart: '2025-03-01' })
          .expect(201);
        return { url: `/api/v1/consortia/${c}/council-seats/${seat.body.id}/end`, token: admin.token, valid: { termEnd: '2026-03-01' } };
      },
      'POST /api/v1/consortia/:consortiumId/resolutions': async () => {
        const c = await registryConsortium();
        const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
        return {
          url: `/api/v1/consortia/${c}/resolutions`,
          token: secretariat.token,
          valid: { number: '理事会决议〔2025〕1号', adoptedOn: '2025-03-15', title: '章程', text: '通过章程', votesFor: 9, votesAgainst: 0, abstentions: 1 },
        };
      },
      'PUT /api/v1/consortia/:consortiumId/secretariat': async () => {
        const { c, o } = await withMember(true);
        return {
          url: `/api/v1/consortia/${c}/secretariat`,
          token: admin.token,
          valid: { hostOrganizationId: o, secretaryGeneral: '钱某（演示）' },
          headers: currentVersion('consortium_secretariat', c),
        };
      },
      'PUT /api/v1/consortia/:consortiumId/operations-platform': async () => {
        const { c, o } = await withMember(true);
        return {
          url: `/api/v1/consortia/${c}/operations-platform`,
          token: admin.token,
          valid: { operatorOrganizationId: o, independentLegalEntity: true, services: ['TALENT_MATCHING'] },
          headers: currentVersion('operations_platform', c),
        };
      },
      'POST /api/v1/consortia/:consortiumId/delegated-powers': async () => {
        const c = await registryConsortium();
        const tf = await loginAs(api, 'taskforce');
        return {
          url: `/api/v1/consortia/${c}/delegated-powers`,
          token: tf.token,
          valid: { item: 'SPECIAL_FUNDS', grantedBy: '永川区人民政府', grantedOn: '2025-04-01', scope: '区级专项资金' },
        };
      },
      'POST /api/v1/consortia/:consortiumId/governance-documents': async () => {
        const c = await registryConsortium();
        const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
        return {
          url: `/api/v1/consortia/${c}/governance-documents`,
          token: secretariat.token,
          valid: {
            kind: 'CHARTER',
            versionLabel: '2025 年版',
            title: '模糊联合体章程',
            adoptedOn: '2025-03-15',
            effectiveOn: '2025-04-01',
            text: '第一条（演示）',
            changeSummary: '首次制定',
          },
          headers: versionOf(
            `SELECT sequence AS version FROM governance_document WHERE consortium_id = $1 AND kind = 'CHARTER' ORDER BY sequence DESC LIMIT 1`,
            [c],
          ),
        };
      },
      'POST /api/v1/reference-directories/imports': async () => ({
        url: '/api/v1/reference-directories/imports?year=2030',
        token: admin.token,
        valid: Buffer.from(
          `\uFEFF统一社会信用代码,单位名称,名录类型,所在区县\n${makeUscc('9', '1', '500118', body8())},模糊名录企业（演示）,规上企业,永川区\n`,
          'utf8',
        ),
        validType: 'text/csv',
      }),
      'POST /api/v1/city-statistics': async () => {
        const tf = await loginAs(api, 'taskforce');
        return {
          url: '/api/v1/city-statistics',
          token: tf.token,
          valid: { indicator: 'HIGH_SKILLED_SHARE', year: 2030, value: 40.5, source: '模糊统计来源（演示）', reportedOn: '2031-02-01' },
          headers: versionOf(`SELECT version FROM city_statistic WHERE indicator = 'HIGH_SKILLED_SHARE' AND year = 2030`, []),
        };
      },
      'PATCH /api/v1/consortia/:consortiumId': async () => {
        const c = await registryConsortium();
        return {
          url: `/api/v1/consortia/${c}`,
          token: admin.token,
          valid: { name: `模糊更正联合体${body8()}`, reason: '名称录入错误' },
          headers: async (): Promise<Record<string, string>> => {
            const { rows } = await sql.query(`SELECT version FROM consortium WHERE id = $1`, [c]);
            return { 'if-match': `"v${rows[0].version}"` };
          },
        };
      },
      'POST /api/v1/consortia/:consortiumId/delegated-powers/:powerId/revocation': async () => {
        const c = await registryConsortium();
        const power = await http()
          .post(`/api/v1/consortia/${c}/delegated-powers`)
          .set(bearer(admin.token))
          .send({ item: 'TALENT_POLICY', grantedBy: '永川区人民政府', grantedOn: '2025-04-01', scope: '人才政策' })
          .expect(201);
        return {
          url: `/api/v1/consortia/${c}/delegated-powers/${power.body.id}/revocation`,
          token: admin.token,
          valid: { revokedOn: '2025-10-01', reason: '区政府收回' },
        };
      },
      'PATCH /api/v1/consortia/:consortiumId/delegated-powers/:powerId': async () => {
        const c = await registryConsortium();
        const power = await http()
          .post(`/api/v1/consortia/${c}/delegated-powers`)
          .set(bearer(admin.token))
          .send({ item: 'PROJECT_REVIEW', grantedBy: '永川区人民政府', grantedOn: '2025-04-01', scope: '项目评审' })
          .expect(201);
        return {
          url: `/api/v1/consortia/${c}/delegated-powers/${power.body.id}`,
          token: admin.token,
          valid: { scope: '区级项目评审' },
          headers: async (): Promise<Record<string, string>> => {
            const { rows } = await sql.query(`SELECT version FROM delegated_power WHERE id = $1`, [power.body.id]);
            return { 'if-match': `"v${rows[0].version}"` };
          },
        };
      },
      'POST /api/v1/imports/memberships': async () => {
        const c = await registryConsortium();
        return {
          url: '/api/v1/imports/memberships',
          token: admin.token,
          valid: Buffer.from(`consortiumId,uscc,role,validFrom\n${c},${makeUscc('9', '1', '500118', body8())},MEMBER,2025-03-01\n`),
          validType: 'text/csv',
        };
      },
      'POST /api/v1/consortia/:consortiumId/imports/memberships': async () => {
        const c = await registryConsortium();
        return {
          url: `/api/v1/consortia/${c}/imports/memberships`,
          token: admin.token,
          valid: Buffer.from(`consortiumId,uscc,role,validFrom\n${c},${makeUscc('9', '1', '500118', body8())},MEMBER,2025-03-01\n`),
          validType: 'text/csv',
        };
      },
      'POST /api/v1/supply-demand/organizations/:organizationId/programs': async () => {
        const tf = (await loginAs(api, 'taskforce')).token;
        const [school, cluster] = [await sdOrganization('SCHOOL'), await sdCluster()];
        return {
          url: `/api/v1/supply-demand/organizations/${school}/programs`,
          token: tf,
          valid: { code: '460702', name: '新能源汽车技术', level: 'HIGHER_VOCATIONAL', year: 2026, enrolment: 100, graduates: 90, clusterCodes: [cluster] },
        };
      },
      'POST /api/v1/supply-demand/organizations/:organizationId/capabilities': async () => {
        const tf = (await loginAs(api, 'taskforce')).token;
        const [school, cluster] = [await sdOrganization('SCHOOL'), await sdCluster()];
        return {
          url: `/api/v1/supply-demand/organizations/${school}/capabilities`,
          token: tf,
          valid: { name: '模糊测试中心', description: '', clusterCodes: [cluster] },
        };
      },
      'POST /api/v1/supply-demand/imports/programs': async () => {
        const tf = (await loginAs(api, 'taskforce')).token;
        const uscc = makeUscc('9', '1', '500118', body8());
        await http()
          .put(`/api/v1/organizations/by-uscc/${uscc}`)
          .set(bearer(admin.token))
          .send({ name: `模糊导入学校${next()}（演示）`, type: 'SCHOOL', districtCode: '500118' })
          .expect(201);
        return {
          url: '/api/v1/supply-demand/imports/programs',
          token: tf,
          valid: Buffer.from(
            `\uFEFF统一社会信用代码,专业代码,专业名称,办学层次,年度,招生人数,毕业生人数\n${uscc},460702,新能源汽车技术,高职专科,2026,100,90\n`,
            'utf8',
          ),
          validType: 'text/csv',
        };
      },
      'POST /api/v1/supply-demand/demands': async () => {
        const tf = (await loginAs(api, 'taskforce')).token;
        const [firm, cluster] = [await sdOrganization('ENTERPRISE'), await sdCluster()];
        return {
          url: '/api/v1/supply-demand/demands',
          token: tf,
          valid: {
            kind: 'TECHNOLOGY',
            title: '模糊技术需求',
            description: '',
            publisherOrganizationId: firm,
            clusterCodes: [cluster],
            districtCodes: ['500118'],
            visibility: 'PUBLIC',
            validFrom: '2026-01-01',
            technology: { problem: '模糊问题', budget: 1000, deadline: '2099-12-31' },
          },
        };
      },
      'POST /api/v1/supply-demand/demands/:demandId/publication': async () => {
        const d = await sdDemand('DRAFT');
        return { url: `/api/v1/supply-demand/demands/${d.demandId}/publication`, token: d.tf, valid: {} };
      },
      'POST /api/v1/supply-demand/demands/:demandId/withdrawal': async () => {
        const d = await sdDemand('PUBLISHED');
        return { url: `/api/v1/supply-demand/demands/${d.demandId}/withdrawal`, token: d.tf, valid: { reason: '模糊撤回' } };
      },
      'POST /api/v1/supply-demand/demands/:demandId/fulfilment': async () => {
        const d = await sdDemand('CONTRACT');
        return { url: `/api/v1/supply-demand/demands/${d.demandId}/fulfilment`, token: d.tf, valid: {} };
      },
      'POST /api/v1/supply-demand/demands/:demandId/responses': async () => {
        const d = await sdDemand('PUBLISHED');
        return { url: `/api/v1/supply-demand/demands/${d.demandId}/responses`, token: d.tf, valid: { organizationId: d.school, message: '模糊应答' } };
      },
      'POST /api/v1/supply-demand/demands/:demandId/responses/:responseId/shortlist': async () => {
        const d = await sdDemand('RESPONDED');
        return { url: `/api/v1/supply-demand/demands/${d.demandId}/responses/${d.responseId}/shortlist`, token: d.tf, valid: {} };
      },
      'POST /api/v1/supply-demand/demands/:demandId/outcomes': async () => {
        const d = await sdDemand('SHORTLISTED');
        return {
          url: `/api/v1/supply-demand/demands/${d.demandId}/outcomes`,
          token: d.tf,
          valid: { responseId: d.responseId, kind: 'ORDER_CLASS', name: '模糊订单班', students: 30, occurredOn: '2026-03-01' },
        };
      },
      'POST /api/v1/supply-demand/outcomes/:outcomeId/payments': async () => {
        const d = await sdDemand('CONTRACT');
        return { url: `/api/v1/supply-demand/outcomes/${d.outcomeId}/payments`, token: d.tf, valid: { amount: 100, receivedOn: '2026-03-02' } };
      },
      'POST /api/v1/supply-demand/payments/:paymentId/corrections': async () => {
        const d = await sdDemand('PAYMENT');
        return {
          url: `/api/v1/supply-demand/payments/${d.paymentId}/corrections`,
          token: d.tf,
          valid: { amount: 600, receivedOn: '2026-02-02', reason: '模糊更正' },
        };
      },
      'POST /api/v1/ledger/units': async () => {
        const tf = await loginAs(api, 'taskforce');
        return {
          url: '/api/v1/ledger/units',
          token: tf.token,
          valid: { name: `模糊测试单位${next()}（演示）`, kind: 'DISTRICT_AGENCY', districtCode: '500118' },
        };
      },
      'POST /api/v1/ledger/tasks': async () => {
        const tf = await loginAs(api, 'taskforce');
        const unitId = await ledgerUnit(tf.token);
        return {
          url: '/api/v1/ledger/tasks',
          token: tf.token,
          valid: {
            year: 2030,
            title: '模糊目标任务',
            target: { kind: 'INDICATOR', value: 3, unit: '个' },
            leadUnitId: unitId,
            responsibleUnitIds: [],
            dueOn: '2030-12-31',
          },
        };
      },
      'POST /api/v1/ledger/tasks/:taskId/milestones': async () => {
        const tf = await loginAs(api, 'taskforce');
        const task = await ledgerTask(tf.token);
        return { url: `/api/v1/ledger/tasks/${task.id}/milestones`, token: tf.token, valid: { title: '年中', dueOn: '2030-06-30' } };
      },
      'POST /api/v1/ledger/tasks/:taskId/dependencies': async () => {
        const tf = await loginAs(api, 'taskforce');
        const first = await ledgerTask(tf.token);
        const then = await ledgerTask(tf.token);
        return { url: `/api/v1/ledger/tasks/${then.id}/dependencies`, token: tf.token, valid: { dependsOnId: first.id } };
      },
      'POST /api/v1/ledger/milestones/:milestoneId/reports': async () => {
        const tf = await loginAs(api, 'taskforce');
        const task = await ledgerTask(tf.token, 2026);
        return {
          url: `/api/v1/ledger/milestones/${task.milestoneId}/reports`,
          token: tf.token,
          valid: { unitId: task.unitId, narrative: '模糊进展', valueReached: 1, done: false },
        };
      },
      'POST /api/v1/ledger/reports/:reportId/review': async () => {
        const tf = await loginAs(api, 'taskforce');
        const task = await ledgerTask(tf.token, 2026);
        const report = await http()
          .post(`/api/v1/ledger/milestones/${task.milestoneId}/reports`)
          .set(bearer(tf.token))
          .send({ unitId: task.unitId, narrative: '模糊进展', done: false })
          .expect(201);
        return { url: `/api/v1/ledger/reports/${report.body.id}/review`, token: tf.token, valid: { outcome: 'RETURN', note: '证明材料不全' } };
      },
      'POST /api/v1/ledger/supervision/runs': async () => {
        const tf = await loginAs(api, 'taskforce');
        await ledgerTask(tf.token, 2031);
        return { url: '/api/v1/ledger/supervision/runs', token: tf.token, valid: { asOf: '2031-12-25' } };
      },
      'POST /api/v1/ledger/imports': async () => {
        const tf = await loginAs(api, 'taskforce');
        return {
          url: `/api/v1/ledger/imports?year=2030&listName=${encodeURIComponent(`模糊清单${next()}`)}`,
          token: tf.token,
          valid: Buffer.from('\uFEFF序号,任务内容,牵头单位,目标值,完成时限\n1,模糊导入任务 3个,区教委,3 个,2030-12-31\n', 'utf8'),
          validType: 'text/csv',
        };
      },
      'POST /api/v1/evaluation/schemes': async () => {
        const tf = await loginAs(api, 'taskforce');
        return { url: '/api/v1/evaluation/schemes', token: tf.token, valid: { code: 'FUZZ-SCHEME', name: '模糊方案', definition: SCHEME_DEFINITION } };
      },
      'PUT /api/v1/evaluation/schemes/:schemeId': async () => {
        const { tf, schemeId } = await scheme();
        return {
          url: `/api/v1/evaluation/schemes/${schemeId}`,
          token: tf,
          valid: { name: '模糊方案（更正）', definition: SCHEME_DEFINITION },
          headers: versionOf(`SELECT revision AS version FROM evaluation_scheme WHERE id = $1`, [schemeId]),
        };
      },
      'POST /api/v1/evaluation/rounds': async () => {
        const { tf, schemeId } = await scheme();
        return { url: '/api/v1/evaluation/rounds', token: tf, valid: { code: quarter(), schemeId, deadline: '2099-04-15T00:00:00Z' } };
      },
      'POST /api/v1/evaluation/rounds/:roundId/transitions': async () => {
        const { tf, roundId } = await round();
        return { url: `/api/v1/evaluation/rounds/${roundId}/transitions`, token: tf, valid: { to: 'OPEN' } };
      },
      'POST /api/v1/evaluation/rounds/:roundId/scoring': async () => {
        const { tf, roundId } = await round();
        for (const to of ['OPEN', 'CLOSED']) await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to }).expect(200);
        return { url: `/api/v1/evaluation/rounds/${roundId}/scoring`, token: tf, valid: { reason: '模糊计分' } };
      },
      'POST /api/v1/evaluation/rounds/:roundId/publication': async () => {
        // A quarter that has ended: a round is published only after its quarter.
        const { tf, roundId } = await round('2001Q1');
        // A scored round, as the worker leaves it (the worker does not run in this test).
        await sql.query(`UPDATE evaluation_round SET status = 'SCORED', revision = 1 WHERE id = $1`, [roundId]);
        await sql.query(`INSERT INTO round_scoring (round_id, revision, status, percent, digest, finished_at) VALUES ($1, 1, 'DONE', 100, 'd1', now())`, [
          roundId,
        ]);
        return { url: `/api/v1/evaluation/rounds/${roundId}/publication`, token: tf, valid: {} };
      },
      'POST /api/v1/evaluation/years/:year/scoring': async () => {
        const { tf, schemeId } = await scheme();
        // The four quarters of 2095 published, as the worker and the publication leave them.
        for (const [q, start, end] of [
          ['Q1', '01-01', '03-31'],
          ['Q2', '04-01', '06-30'],
          ['Q3', '07-01', '09-30'],
          ['Q4', '10-01', '12-31'],
        ]) {
          const { rows } = await sql.query(
            `INSERT INTO evaluation_round (code, scheme_id, status, period_start, period_end, deadline, revision) VALUES ($1, $2, 'PUBLISHED', $3, $4, $4::date, 1) RETURNING id`,
            [`2095${q}`, schemeId, `2095-${start}`, `2095-${end}`],
          );
          await sql.query(
            `INSERT INTO round_scoring (round_id, revision, status, percent, digest, finished_at, published_at, published_by) VALUES ($1, 1, 'DONE', 100, 'd1', now(), now(), 'test')`,
            [rows[0].id],
          );
        }
        return { url: '/api/v1/evaluation/years/2095/scoring', token: tf, valid: { reason: '模糊年度比拼' } };
      },
      'POST /api/v1/evaluation/years/:year/publication': async () => {
        const tf = (await loginAs(api, 'taskforce')).token;
        await sql.query(`INSERT INTO annual_competition (year, status, revision) VALUES (2096, 'SCORED', 1)`);
        await sql.query(
          `INSERT INTO annual_scoring (year, revision, status, percent, digest, sources, finished_at) VALUES (2096, 1, 'DONE', 100, 'y1', '[]', now())`,
        );
        return { url: '/api/v1/evaluation/years/2096/publication', token: tf, valid: {} };
      },
      'PUT /api/v1/evaluation/rounds/:roundId/extensions': async () => {
        const { tf, roundId } = await round();
        const c = await registryConsortium();
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/extensions`,
          token: tf,
          valid: { consortiumId: c, until: '2099-11-01T00:00:00Z', reason: '模糊延期原因' },
          headers: versionOf(`SELECT version FROM round_extension WHERE round_id = $1 AND consortium_id = $2`, [roundId, c]),
        };
      },
      'PUT /api/v1/evaluation/rounds/:roundId/target-overrides': async () => {
        const { tf, roundId } = await round();
        const c = await registryConsortium();
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/target-overrides`,
          token: tf,
          valid: { consortiumId: c, indicatorCode: 'DUAL_QUALIFIED_RATIO', target: 50, reason: '模糊目标调整' },
          headers: versionOf(`SELECT version FROM target_override WHERE round_id = $1 AND consortium_id = $2 AND indicator_code = 'DUAL_QUALIFIED_RATIO'`, [
            roundId,
            c,
          ]),
        };
      },
      'PUT /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': async () => {
        const { roundId, c, secretariat } = await openSheet();
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`,
          token: secretariat.token,
          valid: { answers: { DUAL_QUALIFIED_RATIO: 60, STUDENT_TEACHER_RATIO: 17, TECH_SERVICE_GROWTH: 10 } },
          headers: versionOf(`SELECT version FROM answer_sheet WHERE round_id = $1 AND consortium_id = $2`, [roundId, c]),
        };
      },
      'PATCH /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': async () => {
        const { roundId, c, secretariat } = await openSheet();
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`,
          token: secretariat.token,
          valid: { answers: { DUAL_QUALIFIED_RATIO: 60, STUDENT_TEACHER_RATIO: null } },
          headers: versionOf(`SELECT version FROM answer_sheet WHERE round_id = $1 AND consortium_id = $2`, [roundId, c]),
        };
      },
      'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/submit': async () => {
        const { roundId, c, secretariat } = await openSheet(true);
        return { url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`, token: secretariat.token };
      },
      'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/return': async () => {
        const { roundId, c, secretariat, tf } = await openSheet(true);
        await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token)).expect(200);
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/return`,
          token: tf,
          valid: { comments: [{ indicatorCode: null, comment: '请补充材料' }] },
        };
      },
      'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/accept': async () => {
        const { roundId, c, secretariat, tf } = await openSheet(true);
        await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token)).expect(200);
        return { url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/accept`, token: tf };
      },
      'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/reopen': async () => {
        const { roundId, c, secretariat, tf } = await openSheet(true);
        await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/submit`).set(bearer(secretariat.token)).expect(200);
        await http().post(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/accept`).set(bearer(tf)).expect(200);
        await http().post(`/api/v1/evaluation/rounds/${roundId}/transitions`).set(bearer(tf)).send({ to: 'CLOSED' }).expect(200);
        return { url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/reopen`, token: tf, valid: { reason: '模糊更正理由' } };
      },
      'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/evidence': async () => {
        const { roundId, c, secretariat } = await openSheet();
        await http()
          .put(`/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}`)
          .set(bearer(secretariat.token))
          .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } })
          .expect(200);
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/answer-sheets/${c}/evidence?indicatorCode=DUAL_QUALIFIED_RATIO&fileName=${encodeURIComponent('证明材料.pdf')}`,
          token: secretariat.token,
          valid: pdf(roundId),
          validType: 'application/pdf',
        };
      },
      'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId': async () => {
        const { roundId, c, secretariat } = await openSheet();
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/best-practices/${c}`,
          token: secretariat.token,
          valid: bestPractice,
          headers: versionOf(`SELECT version FROM best_practice WHERE round_id = $1 AND consortium_id = $2`, [roundId, c]),
        };
      },
      'POST /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/shortlist': async () => {
        const { tf, roundId, c } = await closedCase();
        return { url: `/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/shortlist`, token: tf, valid: {} };
      },
      'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/review': async () => {
        const { tf, roundId, c } = await closedCase(true);
        return {
          url: `/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/review`,
          token: tf,
          valid: { score: 88, comment: '模糊评审' },
          headers: versionOf(
            `SELECT r.version FROM best_practice_review r JOIN best_practice b ON b.id = r.best_practice_id WHERE b.round_id = $1 AND b.consortium_id = $2`,
            [roundId, c],
          ),
        };
      },
      'POST /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/selection': async () => {
        const { tf, roundId, c } = await closedCase(true);
        await http()
          .put(`/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/review`)
          .set(bearer(tf))
          .send({ score: 90, comment: '模糊评审' })
          .expect(200);
        return { url: `/api/v1/evaluation/rounds/${roundId}/best-practices/${c}/selection`, token: tf, valid: {} };
      },
      'POST /api/v1/adjustment/rule-sets': async () => {
        const tf = await loginAs(api, 'taskforce');
        return {
          url: '/api/v1/adjustment/rule-sets',
          token: tf.token,
          valid: { thresholds: { ...DEFAULT_THRESHOLDS, bottomShare: 0.15 }, note: '模糊规则版本' },
        };
      },
      'POST /api/v1/adjustment/proposals/:proposalId/decision': async () => {
        const tf = await loginAs(api, 'taskforce');
        const c = await registryConsortium();
        const {
          rows: [{ id }],
        } = await sql.query(
          `INSERT INTO adjustment_proposal (rule_set_version, rule, trigger, kind, consortium_id, from_status, to_status, from_tier, evidence)
           VALUES (1, 1, 'round:2091Q1', 'STATUS', $1, 'ACTIVE', 'WARNED', 'PARK_LED', '{}') RETURNING id`,
          [c],
        );
        return { url: `/api/v1/adjustment/proposals/${id}/decision`, token: tf.token, valid: { outcome: 'REJECT', reason: '模糊驳回理由' } };
      },
      'POST /api/v1/webhook-subscriptions': async () => {
        const client = await webhookClient();
        return {
          url: '/api/v1/webhook-subscriptions',
          token: client.token,
          valid: { url: 'https://fuzz.example.org/hooks', eventTypes: ['registry.membership.joined'] },
        };
      },
      'PATCH /api/v1/webhook-subscriptions/:subscriptionId': async () => {
        const { client, subscription } = await webhookSubscription();
        return {
          url: `/api/v1/webhook-subscriptions/${subscription.id}`,
          token: client.token,
          valid: { description: '模糊改名' },
          headers: async () => {
            const { rows } = await sql.query(`SELECT version FROM webhook_subscription WHERE id = $1`, [subscription.id]);
            return { 'if-match': `"v${rows[0].version}"` };
          },
        };
      },
      'DELETE /api/v1/webhook-subscriptions/:subscriptionId': async () => {
        const { client, subscription } = await webhookSubscription();
        return { url: `/api/v1/webhook-subscriptions/${subscription.id}`, token: client.token };
      },
      'POST /api/v1/webhook-subscriptions/:subscriptionId/rotate-secret': async () => {
        const { client, subscription } = await webhookSubscription();
        return { url: `/api/v1/webhook-subscriptions/${subscription.id}/rotate-secret`, token: client.token, valid: { overlapSeconds: 60 } };
      },
      'POST /api/v1/webhook-deliveries/:deliveryId/redeliver': async () => {
        const { client, subscription } = await webhookSubscription();
        const { rows } = await sql.query(
          `INSERT INTO webhook_delivery (subscription_id, event_id, event_type, status, attempts) VALUES ($1, gen_random_uuid(), 'registry.membership.joined', 'FAILED', 8) RETURNING id`,
          [subscription.id],
        );
        return { url: `/api/v1/webhook-deliveries/${rows[0].id}/redeliver`, token: client.token };
      },
    };

    const writeRoutes = () => routesOf(api).filter((r) => ['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method));

    if (shard === 0)
      it('has a fuzz set-up for every write route of the router', () => {
        const writes = writeRoutes().map((r) => r.key);
        expect(writes.length).toBeGreaterThan(40);
        expect(writes.filter((k) => !setups[k])).toEqual([]);
        expect(Object.keys(setups).filter((k) => !writes.includes(k))).toEqual([]);
      });

    async function send(method: string, target: Target, body: FuzzBody) {
      const headers: Record<string, string> = { ...(target.token ? bearer(target.token) : {}), ...(target.headers ? await target.headers() : {}) };
      let payload: Buffer | string | undefined;
      if (body.kind === 'json') {
        payload = JSON.stringify(body.value) ?? '';
        headers['content-type'] = 'application/json';
      } else {
        payload = body.payload;
        if (body.contentType !== undefined) headers['content-type'] = body.contentType;
      }
      return call(method, target.url, headers, payload);
    }

    /**
     * One request over a keep-alive socket. (Fastify's `inject` would skip the socket, but its
     * light-my-request loads an ES-only module through `require`, which jest's ESM runtime cannot do.)
     */
    function call(method: string, path: string, headers: Record<string, string>, payload: Buffer | string) {
      const { port } = api.getHttpServer().address() as AddressInfo;
      return new Promise<{ statusCode: number; headers: IncomingHttpHeaders; body: string }>((resolve, reject) => {
        const req = httpRequest(
          { host: '127.0.0.1', port, method, path, agent, headers: { ...headers, 'content-length': String(Buffer.byteLength(payload)) } },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => resolve({ statusCode: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', reject);
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    }

    it.each(Object.keys(setups).filter((_key, i) => i % shards === shard))(
      `%s answers ${FUZZ_RUNS} generated bodies with 2xx or a 4xx problem, and never writes part of a refused request`,
      async (key) => {
        const method = key.split(' ')[0];
        const target = await setups[key]();
        // Routes taking raw files also get variations of their file under its own content type.
        const raw = Buffer.isBuffer(target.valid)
          ? fc
              .uint8Array({ maxLength: 2048 })
              .map((b): FuzzBody => ({ kind: 'raw', label: `bytes as ${target.validType}`, payload: Buffer.from(b), contentType: target.validType }))
          : undefined;
        const bodies = bodiesFor(fields.get(key) ?? [], target.valid, BODY_LIMIT, dates.get(key)?.body ?? []);
        const arbitrary = raw ? fc.oneof(bodies, raw) : bodies;
        let before = await counts();
        let accepted = 0;
        const property = fc.asyncProperty(arbitrary, async (body) => {
          const res = await send(method, target, body);
          const requestId = String(res.headers['x-request-id']);
          const what = () => `${res.statusCode} ${String(res.headers['content-type'])} ${res.body.slice(0, 300)} (request ${requestId})`;
          if (res.statusCode >= 500 || res.statusCode < 200 || (res.statusCode >= 300 && res.statusCode < 400)) throw new Error(`answered ${what()}`);
          // A date that is not a real day must never be accepted (rolled over to another day, or cut).
          const dated = dates.get(key);
          if (res.statusCode < 300 && dated && body.kind === 'json' && body.value !== null && typeof body.value === 'object') {
            for (const field of dated.body) {
              const value = (body.value as Record<string, unknown>)[field];
              if (Object.hasOwn(body.value, field) && value !== undefined && value !== null && !isRealDate(value, dated.kinds[field]))
                throw new Error(`accepted ${field} ${JSON.stringify(value)}, which is not a real date: ${what()}`);
            }
          }
          const after = await counts();
          const audit = (await sql.query<{ action: string }>(`SELECT action FROM audit_event WHERE request_id = $1`, [requestId])).rows;
          if (res.statusCode >= 400) {
            if (target.oauth2Errors && res.statusCode !== 429) {
              if (!/^application\/json/.test(String(res.headers['content-type']))) throw new Error(`token endpoint refused without RFC 6749 JSON: ${what()}`);
              const error = JSON.parse(res.body) as { error?: unknown; error_description?: unknown };
              if (!OAUTH2_ERROR_CODES.includes(error.error as string) || typeof error.error_description !== 'string' || ![400, 401].includes(res.statusCode)) {
                throw new Error(`token endpoint error not per RFC 6749 §5.2: ${what()}`);
              }
            } else {
              if (!/^application\/problem\+json/.test(String(res.headers['content-type']))) throw new Error(`refused without problem+json: ${what()}`);
              const problem = JSON.parse(res.body) as { code?: unknown; status?: unknown };
              if (typeof problem.code !== 'string' || problem.status !== res.statusCode) throw new Error(`problem without code or status: ${what()}`);
            }
            const allowed = target.refusalWrites;
            const changed = Object.keys(after).filter((t) => after[t] !== before[t] && !allowed?.tables.includes(t));
            if (changed.length > 0)
              throw new Error(`refused, yet rows changed in ${changed.map((t) => `${t} (${before[t]} → ${after[t]})`).join(', ')}: ${what()}`);
            if (audit.some((a) => !allowed?.auditActions.includes(a.action)))
              throw new Error(`refused, yet audited ${audit.map((a) => a.action).join(', ')}: ${what()}`);
          } else if (audit.length === 0) {
            // An accepted repeat that changes nothing (e.g. asking again for a scoring already queued).
            const changed = Object.keys(after).filter((t) => after[t] !== before[t]);
            if (changed.length > 0) throw new Error(`accepted without an audit row, yet rows changed in ${changed.join(', ')}: ${what()}`);
          } else {
            if (audit.length !== 1) throw new Error(`accepted with ${audit.length} audit rows: ${what()}`);
            accepted++;
            await target.afterSuccess?.();
          }
          before = target.afterSuccess && res.statusCode < 300 ? await counts() : after;
        });
        const seed = seedOf(key);
        const details = await fc.check(property, { numRuns: FUZZ_RUNS, seed, endOnFailure: process.env.FUZZ_SHRINK !== '1' });
        if (details.failed) {
          const error = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
          throw new Error(
            `${key}: failed after ${details.numRuns} runs (FUZZ_SEED=${FUZZ_SEED}, route seed ${details.seed}, path ${details.counterexamplePath}; set FUZZ_SHRINK=1 to shrink)\n` +
              `${error}\nbody: ${details.counterexample ? describeBody(details.counterexample[0]) : '?'}`,
          );
        }
        expect(details.failed).toBe(false);
        expect(details.numRuns).toBe(FUZZ_RUNS);
        if (process.env.FUZZ_VERBOSE) console.log(`${key}: ${accepted} of ${FUZZ_RUNS} bodies accepted`);
      },
      60_000 + FUZZ_RUNS * 200,
    );
  });
}
