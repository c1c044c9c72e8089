import { Controller, Get, Module } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, TEST_PASSWORD } from '../support/identity.js';
import { type RouteInfo, routesOf } from '../support/routes.js';

type Who = 'anonymous' | 'admin' | 'taskforce' | 'secretariat' | 'member' | 'client';
const EVERYONE: Who[] = ['anonymous', 'admin', 'taskforce', 'secretariat', 'member', 'client'];
const USERS: Who[] = ['admin', 'taskforce', 'secretariat', 'member'];

/**
 * The expected access of every route. The routes themselves come from the running app's router:
 * a route missing here (or without a declared policy) fails the test.
 * `scoped`: the scoped role (secretariat/member) may use the route only for its own object.
 */
const EXPECTED: Record<string, { allow: 'public' | Who[]; scoped?: 'consortiumId' | 'organizationId' }> = {
  'GET /': { allow: 'public' },
  'GET /health/live': { allow: 'public' },
  'GET /board': { allow: 'public' },
  'GET /board/assets/:file': { allow: 'public' },
  'GET /health/ready': { allow: 'public' },
  'GET /api/v1/dictionaries': { allow: 'public' },
  'GET /api/v1/industry-clusters': { allow: 'public' },
  'POST /api/v1/industry-clusters': { allow: ['admin'] },
  'POST /api/v1/auth/login': { allow: 'public' },
  'POST /api/v1/auth/refresh': { allow: 'public' },
  'POST /api/v1/auth/logout': { allow: USERS },
  'GET /api/v1/me': { allow: [...USERS, 'client'] },
  'POST /api/v1/oauth/token': { allow: 'public' },
  'POST /api/v1/users': { allow: ['admin'] },
  'GET /api/v1/users': { allow: ['admin'] },
  'GET /api/v1/users/:userId': { allow: ['admin'] },
  'PATCH /api/v1/users/:userId': { allow: ['admin'] },
  'POST /api/v1/users/:userId/role-bindings': { allow: ['admin'] },
  'DELETE /api/v1/users/:userId/role-bindings/:bindingId': { allow: ['admin'] },
  'GET /api/v1/consortia/:consortiumId/staff': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/organizations/:organizationId/users': { allow: ['admin', 'taskforce', 'member'], scoped: 'organizationId' },
  'POST /api/v1/api-clients': { allow: ['admin'] },
  'GET /api/v1/api-clients': { allow: ['admin'] },
  'POST /api/v1/api-clients/:clientUuid/disable': { allow: ['admin'] },
  'POST /api/v1/api-clients/:clientUuid/enable': { allow: ['admin'] },
  'POST /api/v1/api-clients/:clientUuid/rotate-secret': { allow: ['admin'] },
  'GET /api/v1/audit-events': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/audit-events/export': { allow: ['admin', 'taskforce'] },
  'PUT /api/v1/organizations/by-uscc/:uscc': { allow: ['admin', 'taskforce', 'secretariat', 'member', 'client'] },
  'GET /api/v1/organizations': { allow: ['admin', 'taskforce', 'secretariat', 'client'] },
  'GET /api/v1/organizations/:organizationId': { allow: ['admin', 'taskforce', 'member', 'client'], scoped: 'organizationId' },
  'GET /api/v1/districts': { allow: 'public' },
  'POST /api/v1/consortia': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/consortia': { allow: [...USERS, 'client'] },
  'GET /api/v1/consortia/:consortiumId': { allow: [...USERS, 'client'] },
  'PATCH /api/v1/consortia/:consortiumId': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/consortia/:consortiumId/decisions': { allow: ['taskforce'] },
  'GET /api/v1/consortia/:consortiumId/decisions': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/memberships': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/memberships/:membershipId/exit': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/memberships/:membershipId/role-change': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/consortia/:consortiumId/members': { allow: [...USERS, 'client'] },
  'GET /api/v1/organizations/:organizationId/consortia': { allow: ['admin', 'taskforce', 'member', 'client'], scoped: 'organizationId' },
  'GET /api/v1/official-list': { allow: 'public' },
  'GET /api/v1/official-list/snapshots': { allow: 'public' },
  'GET /api/v1/official-list/progress': { allow: 'public' },
  'GET /api/v1/official-list/snapshots/:roundCode': { allow: 'public' },
  'GET /api/v1/dashboard': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/consortia/:consortiumId/participation': { allow: ['taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/consortia/:consortiumId/participation': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/changes': { allow: ['admin', 'taskforce', 'client'] },
  'GET /api/v1/changes/head': { allow: ['admin', 'taskforce', 'client'] },
  'POST /api/v1/webhook-subscriptions': { allow: ['client'] },
  'GET /api/v1/webhook-subscriptions': { allow: ['client'] },
  'GET /api/v1/webhook-subscriptions/:subscriptionId': { allow: ['admin', 'client'] },
  'DELETE /api/v1/webhook-subscriptions/:subscriptionId': { allow: ['client'] },
  'PATCH /api/v1/webhook-subscriptions/:subscriptionId': { allow: ['client'] },
  'POST /api/v1/webhook-subscriptions/:subscriptionId/rotate-secret': { allow: ['client'] },
  'GET /api/v1/webhook-subscriptions/:subscriptionId/deliveries': { allow: ['admin', 'client'] },
  'GET /api/v1/webhook-deliveries/:deliveryId': { allow: ['admin', 'client'] },
  'POST /api/v1/webhook-deliveries/:deliveryId/redeliver': { allow: ['admin', 'client'] },
  'POST /api/v1/consortia/:consortiumId/applications': { allow: [...USERS, 'client'], scoped: 'consortiumId' },
  'GET /api/v1/consortia/:consortiumId/applications': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/applications/:applicationId/review': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/applications/:applicationId/decision': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/applications/:applicationId/withdraw': { allow: USERS, scoped: 'consortiumId' },
  'POST /api/v1/imports/organizations': { allow: ['admin', 'taskforce', 'client'] },
  'GET /api/v1/imports/:importId': { allow: ['admin', 'taskforce', 'secretariat', 'client'] },
  'GET /api/v1/imports/:importId/report': { allow: ['admin', 'taskforce', 'secretariat', 'client'] },
  'GET /api/v1/organizations/export': { allow: ['admin', 'taskforce', 'client'] },
  'POST /api/v1/imports/memberships': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/memberships/export': { allow: ['admin', 'taskforce', 'client'] },
  'POST /api/v1/consortia/:consortiumId/imports/memberships': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/consortia/:consortiumId/memberships/export': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/consortia/:consortiumId/memberships': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/organizations/:organizationId/applications': { allow: ['admin', 'taskforce', 'member'], scoped: 'organizationId' },
  'GET /api/v1/consortia/:consortiumId/governance': { allow: [...USERS, 'client'] },
  'POST /api/v1/consortia/:consortiumId/council-seats': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/council-seats/:seatId/end': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/resolutions': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'PUT /api/v1/consortia/:consortiumId/secretariat': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'PUT /api/v1/consortia/:consortiumId/operations-platform': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/consortia/:consortiumId/delegated-powers': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/consortia/:consortiumId/delegated-powers': { allow: [...USERS, 'client'] },
  'POST /api/v1/consortia/:consortiumId/delegated-powers/:powerId/revocation': { allow: ['admin', 'taskforce'] },
  'PATCH /api/v1/consortia/:consortiumId/delegated-powers/:powerId': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/delegated-powers': { allow: ['admin', 'taskforce', 'client'] },
  'POST /api/v1/consortia/:consortiumId/governance-documents': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/consortia/:consortiumId/governance-documents': { allow: [...USERS, 'client'] },
  'GET /api/v1/consortia/:consortiumId/governance-documents/history': { allow: [...USERS, 'client'] },
  'GET /api/v1/governance-documents': { allow: ['admin', 'taskforce', 'client'] },
  'POST /api/v1/reference-directories/imports': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/reference-directories': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/city-statistics': { allow: ['taskforce'] },
  'GET /api/v1/city-statistics': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/dashboard/trend': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/evaluation/schemes': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/schemes': { allow: USERS },
  'GET /api/v1/evaluation/schemes/:schemeId': { allow: USERS },
  'PUT /api/v1/evaluation/schemes/:schemeId': { allow: ['taskforce'] },
  'POST /api/v1/evaluation/rounds': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/rounds': { allow: USERS },
  'GET /api/v1/evaluation/rounds/:roundId': { allow: USERS },
  'POST /api/v1/evaluation/rounds/:roundId/transitions': { allow: ['taskforce'] },
  'POST /api/v1/evaluation/rounds/:roundId/scoring': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/rounds/:roundId/scoring': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/evaluation/rounds/:roundId/results': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/evaluation/rounds/:roundId/results/:consortiumId': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/evaluation/rounds/:roundId/results/export': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/evaluation/rounds/:roundId/publication': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/rankings': { allow: 'public' },
  'GET /api/v1/evaluation/rankings/:roundId': { allow: 'public' },
  'GET /api/v1/evaluation/rankings/:roundId/export': { allow: 'public' },
  'GET /api/v1/evaluation/rankings/:roundId/scores': { allow: 'public' },
  'POST /api/v1/evaluation/years/:year/scoring': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/years/:year/scoring': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/evaluation/years/:year/results': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/evaluation/years/:year/results/export': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/evaluation/years/:year/publication': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/annual-rankings': { allow: 'public' },
  'GET /api/v1/evaluation/annual-rankings/:year': { allow: 'public' },
  'GET /api/v1/evaluation/annual-rankings/:year/export': { allow: 'public' },
  'PUT /api/v1/evaluation/rounds/:roundId/extensions': { allow: ['taskforce'] },
  'PUT /api/v1/evaluation/rounds/:roundId/target-overrides': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/rounds/:roundId/papers/:consortiumId': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/evaluation/rounds/:roundId/answer-sheets': { allow: ['admin', 'taskforce'] },
  'PUT /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': { allow: ['secretariat'], scoped: 'consortiumId' },
  'PATCH /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId': { allow: ['secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/evidence/:sha256': {
    allow: ['admin', 'taskforce', 'secretariat'],
    scoped: 'consortiumId',
  },
  'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/submit': { allow: ['secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/return': { allow: ['taskforce'] },
  'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/accept': { allow: ['taskforce'] },
  'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/reopen': { allow: ['taskforce'] },
  'POST /api/v1/evaluation/rounds/:roundId/answer-sheets/:consortiumId/evidence': { allow: ['secretariat'], scoped: 'consortiumId' },
  'GET /api/v1/adjustment/rule-sets': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/adjustment/rule-sets': { allow: ['taskforce'] },
  'GET /api/v1/adjustment/proposals': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/adjustment/proposals/:proposalId': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/adjustment/proposals/:proposalId/decision': { allow: ['taskforce'] },
  'GET /api/v1/evaluation/rounds/:roundId/best-practices': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId': { allow: ['admin', 'taskforce', 'secretariat'], scoped: 'consortiumId' },
  'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId': { allow: ['secretariat'], scoped: 'consortiumId' },
  'POST /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/shortlist': { allow: ['taskforce'] },
  'PUT /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/review': { allow: ['taskforce'] },
  'POST /api/v1/evaluation/rounds/:roundId/best-practices/:consortiumId/selection': { allow: ['taskforce'] },
  'GET /api/v1/ledger/units': { allow: USERS },
  'POST /api/v1/ledger/units': { allow: ['taskforce'] },
  'GET /api/v1/ledger/units/:unitId/inbox': { allow: ['admin', 'taskforce', 'member'] },
  'POST /api/v1/ledger/tasks': { allow: ['taskforce'] },
  'GET /api/v1/ledger/tasks': { allow: USERS },
  'GET /api/v1/ledger/tasks/:taskId': { allow: USERS },
  'POST /api/v1/ledger/tasks/:taskId/milestones': { allow: ['taskforce'] },
  'POST /api/v1/ledger/tasks/:taskId/dependencies': { allow: ['taskforce'] },
  'POST /api/v1/ledger/milestones/:milestoneId/reports': { allow: ['taskforce', 'member'] },
  'POST /api/v1/ledger/reports/:reportId/review': { allow: ['taskforce'] },
  'POST /api/v1/ledger/supervision/runs': { allow: ['taskforce'] },
  'GET /api/v1/ledger/supervision/notices': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/ledger/imports': { allow: ['taskforce'] },
  'GET /api/v1/ledger/rollups': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/ledger/timetable': { allow: USERS },
  'GET /api/v1/ledger/task-map': { allow: USERS },
  'GET /api/v1/ledger/district-scorecard': { allow: ['admin', 'taskforce'] },
  'GET /api/v1/ledger/district-scorecard/export': { allow: ['admin', 'taskforce'] },
  'POST /api/v1/supply-demand/organizations/:organizationId/programs': { allow: ['admin', 'taskforce', 'member'], scoped: 'organizationId' },
  'GET /api/v1/supply-demand/organizations/:organizationId/programs': { allow: USERS },
  'POST /api/v1/supply-demand/organizations/:organizationId/capabilities': { allow: ['admin', 'taskforce', 'member'], scoped: 'organizationId' },
  'GET /api/v1/supply-demand/organizations/:organizationId/recommendations': { allow: ['admin', 'taskforce', 'member'], scoped: 'organizationId' },
  'POST /api/v1/supply-demand/imports/programs': { allow: ['admin', 'taskforce', 'member'] },
  'POST /api/v1/supply-demand/demands': { allow: USERS },
  'GET /api/v1/supply-demand/demands': { allow: USERS },
  'GET /api/v1/supply-demand/demands/:demandId': { allow: USERS },
  'POST /api/v1/supply-demand/demands/:demandId/publication': { allow: USERS },
  'POST /api/v1/supply-demand/demands/:demandId/withdrawal': { allow: USERS },
  'POST /api/v1/supply-demand/demands/:demandId/fulfilment': { allow: USERS },
  'POST /api/v1/supply-demand/demands/:demandId/responses': { allow: ['admin', 'taskforce', 'member'] },
  'POST /api/v1/supply-demand/demands/:demandId/responses/:responseId/shortlist': { allow: USERS },
  'POST /api/v1/supply-demand/demands/:demandId/outcomes': { allow: USERS },
  'GET /api/v1/supply-demand/outcomes/:outcomeId': { allow: USERS },
  'POST /api/v1/supply-demand/outcomes/:outcomeId/payments': { allow: USERS },
  'POST /api/v1/supply-demand/payments/:paymentId/corrections': { allow: USERS },
  'GET /api/v1/supply-demand/figures': { allow: ['admin', 'taskforce', 'secretariat'] },
};

/** Problem codes the access guard answers with; an authorised call never gets one of these. */
const GUARD_CODES = ['INVALID_TOKEN', 'FORBIDDEN', 'INSUFFICIENT_SCOPE', 'NOT_FOUND', 'NO_ACCESS_POLICY'];

const CONSORTIUM_A = 'aaaaaaaa-0000-4000-8000-000000000001';
const CONSORTIUM_B = 'bbbbbbbb-0000-4000-8000-000000000002';
const ORG_X = 'cccccccc-0000-4000-8000-000000000003';
const ORG_Y = 'dddddddd-0000-4000-8000-000000000004';
const UNKNOWN = 'eeeeeeee-0000-4000-8000-000000000005';

@Controller('api/v1/forgotten')
class ForgottenController {
  @Get()
  // eslint-disable-next-line cej/route-access-policy -- the route without a policy that this test proves the guard refuses
  open(): string {
    return 'should never be served';
  }
}

@Module({ controllers: [ForgottenController] })
class ForgottenModule {}

describe('authorization matrix (every route × every role × own/other scope)', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let routes: RouteInfo[];
  const tokens = new Map<Who, string>();
  const usernames = new Map<Who, string>();
  let adminId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, AUTH_RATE_LIMIT_PER_MINUTE: '10000' }));
    routes = routesOf(api);
    for (const [who, scope] of [
      ['admin', {}],
      ['taskforce', {}],
      ['secretariat', { consortiumId: CONSORTIUM_A }],
      ['member', { organizationId: ORG_X }],
    ] as const) {
      const user = await loginAs(api, who, scope);
      tokens.set(who, user.token);
      usernames.set(who, user.username);
      if (who === 'admin') adminId = user.id;
    }
    const created = await request(api.getHttpServer())
      .post('/api/v1/api-clients')
      .set(bearer(tokens.get('admin')!))
      .send({ name: '永川区系统', districtCode: '500118', scopes: ['registry:read', 'registry:write', 'evaluation:read', 'feed:read', 'webhooks:manage'] })
      .expect(201);
    const token = await request(api.getHttpServer())
      .post('/api/v1/oauth/token')
      .send({ grant_type: 'client_credentials', client_id: created.body.clientId, client_secret: created.body.clientSecret })
      .expect(200);
    tokens.set('client', token.body.access_token);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('has a declared access policy on every route', () => {
    expect(routes.length).toBeGreaterThan(10);
    expect(routes.filter((r) => !r.policy).map((r) => r.key)).toEqual([]);
  });

  it('has an expectation for every route of the router, and none for a route that is gone', () => {
    expect(routes.map((r) => r.key).filter((k) => !EXPECTED[k])).toEqual([]);
    expect(Object.keys(EXPECTED).filter((k) => !routes.some((r) => r.key === k))).toEqual([]);
  });

  function fill(route: RouteInfo, variant: 'own' | 'other'): string {
    return route.path
      .replace(':consortiumId', variant === 'own' ? CONSORTIUM_A : CONSORTIUM_B)
      .replace(':organizationId', variant === 'own' ? ORG_X : ORG_Y)
      .replace(':userId', adminId)
      .replace(':bindingId', UNKNOWN)
      .replace(':clientUuid', UNKNOWN)
      .replace(':uscc', '91500000202805720T')
      .replace(':membershipId', UNKNOWN)
      .replace(':applicationId', UNKNOWN)
      .replace(':importId', UNKNOWN)
      .replace(':seatId', UNKNOWN)
      .replace(':schemeId', UNKNOWN)
      .replace(':roundId', UNKNOWN)
      .replace(':year', '2099')
      .replace(':roundCode', '2099Q1')
      .replace(':subscriptionId', UNKNOWN)
      .replace(':deliveryId', UNKNOWN)
      .replace(':sha256', 'a'.repeat(64))
      .replace(':unitId', UNKNOWN)
      .replace(':taskId', UNKNOWN)
      .replace(':milestoneId', UNKNOWN)
      .replace(':reportId', UNKNOWN);
  }

  async function call(route: RouteInfo, who: Who, variant: 'own' | 'other') {
    let token = tokens.get(who);
    if (route.key === 'POST /api/v1/auth/logout' && who !== 'anonymous' && who !== 'client') {
      // A throwaway session, so ending it does not log the principal out of the rest of the test.
      const login = await request(api.getHttpServer())
        .post('/api/v1/auth/login')
        .send({ username: usernames.get(who), password: TEST_PASSWORD });
      token = login.body.accessToken;
    }
    const req = request(api.getHttpServer())[route.method.toLowerCase() as 'get'](fill(route, variant));
    if (token) req.set(bearer(token));
    // A body no DTO accepts: an authorised write stops at validation (400) and changes nothing.
    if (['POST', 'PATCH', 'PUT'].includes(route.method)) req.send({ probeField: 1 });
    return req;
  }

  const cases = Object.entries(EXPECTED).flatMap(([key, spec]) =>
    EVERYONE.flatMap((who) => (spec.scoped ? (['own', 'other'] as const) : (['own'] as const)).map((variant) => ({ key, spec, who, variant }))),
  );

  it.each(cases)('$key as $who ($variant scope)', async ({ key, spec, who, variant }) => {
    const route = routes.find((r) => r.key === key);
    expect(route).toBeDefined();
    const res = await call(route!, who, variant);
    const code = res.body?.code as string | undefined;

    const isPublic = spec.allow === 'public';
    const granted = isPublic || (spec.allow as Who[]).includes(who);
    const scopedRole = spec.scoped === 'consortiumId' ? 'secretariat' : spec.scoped === 'organizationId' ? 'member' : undefined;

    if (isPublic || (granted && !(who === scopedRole && variant === 'other'))) {
      // Authorised: whatever the route then says (200, 400 for the probe body, 404 for an unknown
      // id…), it is not the guard's refusal.
      expect(GUARD_CODES).not.toContain(code);
      expect(res.status).not.toBe(403);
      if (!isPublic) expect(res.status).not.toBe(401);
    } else if (who === 'anonymous') {
      expect({ status: res.status, code }).toEqual({ status: 401, code: 'INVALID_TOKEN' });
    } else if (granted) {
      // Someone else's consortium or organization: as if it did not exist.
      expect({ status: res.status, code }).toEqual({ status: 404, code: 'NOT_FOUND' });
    } else {
      expect(res.status).toBe(403);
      expect(['FORBIDDEN', 'INSUFFICIENT_SCOPE']).toContain(code);
    }
  });

  it('closes, and reports, a route added without a policy', async () => {
    const extra = await createTestDatabase();
    const { createApiApp } = await import('../../apps/api/src/create-api-app.js');
    const app = await createApiApp(testEnvironment({ DATABASE_URL: extra.url }), { serveDocs: false, extraModules: [ForgottenModule] });
    await app.listen({ port: 0, host: '127.0.0.1' });
    try {
      expect(
        routesOf(app)
          .filter((r) => !r.policy)
          .map((r) => r.key),
      ).toEqual(['GET /api/v1/forgotten']);
      const res = await request(app.getHttpServer())
        .get('/api/v1/forgotten')
        .set(bearer(tokens.get('admin')!));
      // The admin token belongs to the other app's database: authenticate a local admin instead.
      expect([401, 403]).toContain(res.status);
      const admin = await loginAs(app, 'admin');
      const again = await request(app.getHttpServer()).get('/api/v1/forgotten').set(bearer(admin.token));
      expect({ status: again.status, code: again.body.code }).toEqual({ status: 403, code: 'NO_ACCESS_POLICY' });
    } finally {
      await app.close();
      await extra.drop();
    }
  });
});
