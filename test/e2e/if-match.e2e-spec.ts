import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { makeUscc } from '#registry';
import { SCHEME_DEFINITION } from '../fixtures/scheme.js';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, type TestUser } from '../support/identity.js';
import { routesOf } from '../support/routes.js';

/** One update route, with an object it changes, as a client that reads before it writes sees it. */
interface Target {
  url: string;
  method: 'put' | 'patch';
  token: string;
  /** A body the route accepts for the object as it stands. */
  valid: Record<string, unknown>;
  /** The object's current ETag, read over the API as a client would (a GET, or the read that lists it). */
  etag: () => Promise<string>;
}

/**
 * Update routes where If-Match makes no sense, each with the reason. A PUT or PATCH missing from
 * both the set-ups below and this list fails the walk, so a new update route must either honour
 * If-Match or be justified here. Today: none.
 */
const WITHOUT_IF_MATCH: Record<string, string> = {};

/**
 * Every PUT and PATCH route of the router, walked: for an existing object, no If-Match is 428
 * IF_MATCH_REQUIRED and a wrong one 412 PRECONDITION_FAILED, both problem+json naming the
 * `If-Match` field and writing nothing (no row count and no version moves); the ETag the API
 * gave on its read is then accepted and answered with the next one.
 */
describe('If-Match on every update route', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let admin: TestUser;
  let taskforce: TestUser;
  let countSql: string;
  const http = () => request(api.getHttpServer());
  let serial = 0;
  const next = () => ++serial;

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    // A subscription to an example.org name: with the setting off, registration would resolve it.
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }));
    admin = await loginAs(api, 'admin');
    taskforce = await loginAs(api, 'taskforce');
    const { rows } = await sql.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`);
    countSql = rows.map(({ name }) => `SELECT '${name}' AS name, count(*)::int AS n FROM "${name}"`).join(' UNION ALL ');
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  async function counts(): Promise<Record<string, number>> {
    const { rows } = await sql.query<{ name: string; n: number }>(countSql);
    return Object.fromEntries(rows.map((r) => [r.name, r.n]));
  }

  const etagOfGet = (url: string, token: string) => async () => {
    const res = await http().get(url).set(bearer(token)).expect(200);
    expect(res.headers.etag).toMatch(/^"v\d+"$/);
    return res.headers.etag;
  };
  const fromBody = (url: string, token: string, pick: (body: any) => number) => async () =>
    `"v${pick((await http().get(url).set(bearer(token)).expect(200)).body)}"`;

  async function consortium(): Promise<string> {
    const res = await http()
      .post('/api/v1/consortia')
      .set(bearer(admin.token))
      .send({ name: `条件更新联合体${next()}（演示）`, kind: 'CITY', tier: 'PARK_LED', districtCodes: ['500118'], establishedOn: '2025-01-01' })
      .expect(201);
    return res.body.id;
  }

  async function organization(uscc = makeUscc('9', '1', '500118', `MF${String(next()).padStart(6, '0')}`)): Promise<{ id: string; uscc: string }> {
    const res = await http()
      .put(`/api/v1/organizations/by-uscc/${uscc}`)
      .set(bearer(admin.token))
      .send({ name: `条件更新单位${next()}（演示）`, type: 'ENTERPRISE', districtCode: '500118' })
      .expect(201);
    return { id: res.body.id, uscc };
  }

  async function withMember(): Promise<{ c: string; o: string }> {
    const c = await consortium();
    const { id: o } = await organization();
    await http()
      .post(`/api/v1/consortia/${c}/memberships`)
      .set(bearer(admin.token))
      .send({ organizationId: o, role: 'COUNCIL_MEMBER', validFrom: '2025-01-01' })
      .expect(201);
    return { c, o };
  }

  const quarter = () => {
    const n = next();
    return `${2041 + Math.floor(n / 4)}Q${(n % 4) + 1}`;
  };

  async function scheme(): Promise<string> {
    return (
      await http()
        .post('/api/v1/evaluation/schemes')
        .set(bearer(taskforce.token))
        .send({ code: `IF-MATCH-${next()}`, name: '条件更新方案', definition: SCHEME_DEFINITION })
        .expect(201)
    ).body.id;
  }

  async function round(open = false): Promise<string> {
    const id = (
      await http()
        .post('/api/v1/evaluation/rounds')
        .set(bearer(taskforce.token))
        .send({ code: quarter(), schemeId: await scheme(), deadline: '2099-10-15T00:00:00Z' })
        .expect(201)
    ).body.id;
    if (open) await http().post(`/api/v1/evaluation/rounds/${id}/transitions`).set(bearer(taskforce.token)).send({ to: 'OPEN' }).expect(200);
    return id;
  }

  const bestPractice = { title: '条件更新最佳实践', summary: '校企共建实训基地，共同制定培养方案。', dimension: SCHEME_DEFINITION.dimensions[0].code };

  /** Each set-up makes the object exist (through the API), then names the route that changes it. */
  const setups: Record<string, () => Promise<Target>> = {
    'PUT /api/v1/organizations/by-uscc/:uscc': async () => {
      const o = await organization();
      return {
        url: `/api/v1/organizations/by-uscc/${o.uscc}`,
        method: 'put',
        token: admin.token,
        valid: { name: '改过名的条件更新单位（演示）', type: 'ENTERPRISE', districtCode: '500118' },
        etag: etagOfGet(`/api/v1/organizations/${o.id}`, admin.token),
      };
    },
    'PATCH /api/v1/users/:userId': async () => {
      const user = await loginAs(api, 'taskforce');
      return {
        url: `/api/v1/users/${user.id}`,
        method: 'patch',
        token: admin.token,
        valid: { displayName: '改名后' },
        etag: etagOfGet(`/api/v1/users/${user.id}`, admin.token),
      };
    },
    'PATCH /api/v1/consortia/:consortiumId': async () => {
      const c = await consortium();
      return {
        url: `/api/v1/consortia/${c}`,
        method: 'patch',
        token: admin.token,
        valid: { name: `更正后联合体${next()}（演示）`, reason: '名称录入错误' },
        etag: etagOfGet(`/api/v1/consortia/${c}`, admin.token),
      };
    },
    'PUT /api/v1/consortia/:consortiumId/secretariat': async () => {
      const { c, o } = await withMember();
      await http()
        .put(`/api/v1/consortia/${c}/secretariat`)
        .set(bearer(admin.token))
        .send({ hostOrganizationId: o, secretaryGeneral: '钱某（演示）' })
        .expect(200);
      return {
        url: `/api/v1/consortia/${c}/secretariat`,
        method: 'put',
        token: admin.token,
        valid: { hostOrganizationId: o, secretaryGeneral: '赵某（演示）' },
        etag: fromBody(`/api/v1/consortia/${c}/governance`, admin.token, (g) => g.secretariat.version),
      };
    },
    'PUT /api/v1/consortia/:consortiumId/operations-platform': async () => {
      const { c, o } = await withMember();
      await http()
        .put(`/api/v1/consortia/${c}/operations-platform`)
        .set(bearer(admin.token))
        .send({ operatorOrganizationId: o, independentLegalEntity: true, services: ['TALENT_MATCHING'] })
        .expect(200);
      return {
        url: `/api/v1/consortia/${c}/operations-platform`,
        method: 'put',
        token: admin.token,
        valid: { operatorOrganizationId: o, independentLegalEntity: false, services: ['TALENT_MATCHING'] },
        etag: fromBody(`/api/v1/consortia/${c}/governance`, admin.token, (g) => g.operationsPlatform.version),
      };
    },
    'PATCH /api/v1/consortia/:consortiumId/delegated-powers/:powerId': async () => {
      const c = await consortium();
      const power = await http()
        .post(`/api/v1/consortia/${c}/delegated-powers`)
        .set(bearer(taskforce.token))
        .send({ item: 'PROJECT_REVIEW', grantedBy: '永川区人民政府', grantedOn: '2025-04-01', scope: '项目评审' })
        .expect(201);
      return {
        url: `/api/v1/consortia/${c}/delegated-powers/${power.body.id}`,
        method: 'patch',
        token: taskforce.token,
        valid: { scope: '区级项目评审' },
        etag: fromBody(`/api/v1/consortia/${c}/delegated-powers`, taskforce.token, (list) => list.find((p: { id: string }) => p.id === power.body.id).version),
      };
    },
    'PATCH /api/v1/webhook-subscriptions/:subscriptionId': async () => {
      const client = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin.token))
        .send({ name: `条件更新客户端${next()}`, districtCode: '500118', scopes: ['webhooks:manage'] })
        .expect(201);
      const token = (
        await http()
          .post('/api/v1/oauth/token')
          .send({ grant_type: 'client_credentials', client_id: client.body.clientId, client_secret: client.body.clientSecret })
          .expect(200)
      ).body.access_token;
      const subscription = await http()
        .post('/api/v1/webhook-subscriptions')
        .set(bearer(token))
        .send({ url: 'https://if-match.example.org/hooks', eventTypes: ['registry.membership.joined'] })
        .expect(201);
      return {
        url: `/api/v1/webhook-subscriptions/${subscription.body.id}`,
        method: 'patch',
        token,
        valid: { description: '改名' },
        etag: etagOfGet(`/api/v1/webhook-subscriptions/${subscription.body.id}`, token),
      };
    },
    'PUT /api/v1/evaluation/schemes/:schemeId': async () => {
      const id = await scheme();
      return {
        url: `/api/v1/evaluation/schemes/${id}`,
        method: 'put',
        token: taskforce.token,
        valid: { name: '条件更新方案（更正）', definition: SCHEME_DEFINITION },
        etag: etagOfGet(`/api/v1/evaluation/schemes/${id}`, taskforce.token),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/extensions': async () => {
      const r = await round();
      const c = await consortium();
      await http()
        .put(`/api/v1/evaluation/rounds/${r}/extensions`)
        .set(bearer(taskforce.token))
        .send({ consortiumId: c, until: '2099-11-01T00:00:00Z', reason: '汛期停电' })
        .expect(200);
      return {
        url: `/api/v1/evaluation/rounds/${r}/extensions`,
        method: 'put',
        token: taskforce.token,
        valid: { consortiumId: c, until: '2099-11-15T00:00:00Z', reason: '汛期停电，再延' },
        etag: fromBody(`/api/v1/evaluation/rounds/${r}/papers/${c}`, taskforce.token, (paper) => paper.extensionVersion),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/target-overrides': async () => {
      const r = await round();
      const c = await consortium();
      await http()
        .put(`/api/v1/evaluation/rounds/${r}/target-overrides`)
        .set(bearer(taskforce.token))
        .send({ consortiumId: c, indicatorCode: 'DUAL_QUALIFIED_RATIO', target: 50, reason: '新组建' })
        .expect(200);
      return {
        url: `/api/v1/evaluation/rounds/${r}/target-overrides`,
        method: 'put',
        token: taskforce.token,
        valid: { consortiumId: c, indicatorCode: 'DUAL_QUALIFIED_RATIO', target: 45, reason: '新组建，再调' },
        etag: fromBody(`/api/v1/evaluation/rounds/${r}/papers/${c}`, taskforce.token, (paper) => paper.targetOverrideVersions.DUAL_QUALIFIED_RATIO),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': async () => {
      const r = await round(true);
      const c = await consortium();
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const url = `/api/v1/evaluation/rounds/${r}/answer-sheets/${c}`;
      await http()
        .put(url)
        .set(bearer(secretariat.token))
        .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } })
        .expect(200);
      return { url, method: 'put', token: secretariat.token, valid: { answers: { DUAL_QUALIFIED_RATIO: 61 } }, etag: etagOfGet(url, secretariat.token) };
    },
    'PATCH /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': async () => {
      const r = await round(true);
      const c = await consortium();
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const url = `/api/v1/evaluation/rounds/${r}/answer-sheets/${c}`;
      await http()
        .patch(url)
        .set(bearer(secretariat.token))
        .send({ answers: { DUAL_QUALIFIED_RATIO: 60 } })
        .expect(200);
      return { url, method: 'patch', token: secretariat.token, valid: { answers: { DUAL_QUALIFIED_RATIO: 61 } }, etag: etagOfGet(url, secretariat.token) };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId': async () => {
      const r = await round(true);
      const c = await consortium();
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const url = `/api/v1/evaluation/rounds/${r}/best-practices/${c}`;
      await http().put(url).set(bearer(secretariat.token)).send(bestPractice).expect(200);
      return {
        url,
        method: 'put',
        token: secretariat.token,
        valid: { ...bestPractice, title: '条件更新最佳实践（改写）' },
        etag: etagOfGet(url, secretariat.token),
      };
    },
    'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/review': async () => {
      const r = await round(true);
      const c = await consortium();
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const url = `/api/v1/evaluation/rounds/${r}/best-practices/${c}`;
      await http().put(url).set(bearer(secretariat.token)).send(bestPractice).expect(200);
      await http().post(`/api/v1/evaluation/rounds/${r}/transitions`).set(bearer(taskforce.token)).send({ to: 'CLOSED' }).expect(200);
      await http().post(`${url}/shortlist`).set(bearer(taskforce.token)).send({}).expect(200);
      await http().put(`${url}/review`).set(bearer(taskforce.token)).send({ score: 80, comment: '可复制性强' }).expect(200);
      return {
        url: `${url}/review`,
        method: 'put',
        token: taskforce.token,
        valid: { score: 70, comment: '证据不足' },
        etag: fromBody(url, taskforce.token, (found) => found.reviews.find((v: { reviewer: string }) => v.reviewer === `user:${taskforce.id}`).version),
      };
    },
  };

  const updateRoutes = () => routesOf(api).filter((r) => r.method === 'PUT' || r.method === 'PATCH');

  it('knows every PUT and PATCH route of the router: each is walked below or listed, with its reason, as an exception', () => {
    const keys = updateRoutes().map((r) => r.key);
    expect(keys.length).toBeGreaterThanOrEqual(13);
    expect(keys.filter((k) => !setups[k] && !WITHOUT_IF_MATCH[k])).toEqual([]);
    expect(Object.keys(setups).filter((k) => !keys.includes(k))).toEqual([]);
    expect(Object.keys(WITHOUT_IF_MATCH).filter((k) => !keys.includes(k))).toEqual([]);
  });

  it.each(Object.keys(setups))('%s: 428 without If-Match, 412 with a wrong one, nothing written; the ETag of the last read is accepted', async (key) => {
    const target = await setups[key]();
    const send = (headers: Record<string, string>) => http()[target.method](target.url).set(bearer(target.token)).set(headers).send(target.valid);
    const etag = await target.etag();
    const before = await counts();

    const missing = await send({});
    expect(missing.status).toBe(428);
    expect(missing.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(missing.body).toMatchObject({ status: 428, code: 'IF_MATCH_REQUIRED', errors: [{ field: 'If-Match', code: 'IF_MATCH_REQUIRED' }] });

    const wrong = await send({ 'if-match': '"v999"' });
    expect(wrong.status).toBe(412);
    expect(wrong.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(wrong.body).toMatchObject({
      status: 412,
      code: 'PRECONDITION_FAILED',
      errors: [{ field: 'If-Match', code: 'STALE_ETAG', message: `current ETag ${etag}` }],
    });

    expect(await counts()).toEqual(before);
    expect(await target.etag()).toBe(etag);

    const accepted = await send({ 'if-match': etag });
    expect(accepted.status).toBe(200);
    expect(accepted.headers.etag).toMatch(/^"v\d+"$/);
    expect(accepted.headers.etag).not.toBe(etag);
    expect(await target.etag()).toBe(accepted.headers.etag);
    // The ETag just used is now stale: a second writer who read the same version loses.
    expect((await send({ 'if-match': etag })).status).toBe(412);
  });

  it('two first PUTs of the same answer sheet or case in flight: one creates it, the other is 428 (it has not seen it), never a 500', async () => {
    const r = await round(true);
    for (let k = 0; k < 3; k++) {
      const c = await consortium();
      const secretariat = await loginAs(api, 'secretariat', { consortiumId: c });
      const sheet = `/api/v1/evaluation/rounds/${r}/answer-sheets/${c}`;
      const put = (url: string, body: object) =>
        http()
          .put(url)
          .set(bearer(secretariat.token))
          .send(body)
          .then((res) => res.status);
      expect(
        (await Promise.all([put(sheet, { answers: { DUAL_QUALIFIED_RATIO: 60 } }), put(sheet, { answers: { DUAL_QUALIFIED_RATIO: 61 } })])).sort(),
      ).toEqual([200, 428]);
      const bp = `/api/v1/evaluation/rounds/${r}/best-practices/${c}`;
      expect((await Promise.all([put(bp, bestPractice), put(bp, { ...bestPractice, title: '另一个案例' })])).sort()).toEqual([200, 428]);
    }
    const { rows } = await sql.query(
      `SELECT (SELECT count(*)::int FROM answer_sheet WHERE round_id = $1) AS sheets, (SELECT count(*)::int FROM best_practice WHERE round_id = $1) AS cases`,
      [r],
    );
    expect(rows[0]).toEqual({ sheets: 3, cases: 3 });
  });

  it('governance: a weak ETag over the whole read, 304 on If-None-Match, moved by a change of any part, never taken as a part’s If-Match', async () => {
    const { c, o } = await withMember();
    const url = `/api/v1/consortia/${c}/governance`;
    const first = await http().get(url).set(bearer(admin.token)).expect(200);
    expect(first.headers.etag).toMatch(/^W\/"c-[A-Za-z0-9_-]{27}"$/);
    const same = await http().get(url).set(bearer(admin.token)).set('if-none-match', first.headers.etag).expect(304);
    expect(same.text ?? '').toBe('');
    expect(same.headers.etag).toBe(first.headers.etag);
    expect((await http().get(url).set(bearer(admin.token)).set('if-none-match', `W/"c-other", ${first.headers.etag}`)).status).toBe(304);
    expect((await http().get(`${url}?asOf=2025-06-01`).set(bearer(admin.token)).set('if-none-match', first.headers.etag)).status).toBe(200);

    // A part's update takes that part's "v<version>", not the governance ETag.
    await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(admin.token))
      .send({ hostOrganizationId: o, secretaryGeneral: '钱某（演示）' })
      .expect(200);
    const withSecretariat = await http().get(url).set(bearer(admin.token)).set('if-none-match', first.headers.etag).expect(200);
    expect(withSecretariat.headers.etag).not.toBe(first.headers.etag);
    const before = await counts();
    const refused = await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(admin.token))
      .set('if-match', withSecretariat.headers.etag)
      .send({ hostOrganizationId: o, secretaryGeneral: '赵某（演示）' })
      .expect(412);
    expect(refused.body.errors).toEqual([
      expect.objectContaining({ field: 'If-Match', message: `current ETag "v${withSecretariat.body.secretariat.version}"` }),
    ]);
    expect(await counts()).toEqual(before);
    await http()
      .put(`/api/v1/consortia/${c}/secretariat`)
      .set(bearer(admin.token))
      .set('if-match', `"v${withSecretariat.body.secretariat.version}"`)
      .send({ hostOrganizationId: o, secretaryGeneral: '赵某（演示）' })
      .expect(200);
    expect((await http().get(url).set(bearer(admin.token)).set('if-none-match', withSecretariat.headers.etag)).status).toBe(200);
  });
});
