import { createHmac } from 'node:crypto';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs, TEST_PASSWORD } from '../support/identity.js';

const SECRET = 'auth-test-secret-auth-test-secret-0123456';

/** A JWT signed with the given key and claims, for forging tokens the API must refuse. */
function forge(claims: Record<string, unknown>, key = SECRET, header: Record<string, unknown> = { alg: 'HS256', typ: 'JWT' }): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const body = `${b64(header)}.${b64(claims)}`;
  return `${body}.${createHmac('sha256', key).update(body).digest('base64url')}`;
}

const decode = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as Record<string, unknown>;

/** OWASP API Security Top 10 (2023) items that apply to identity: API2 (broken authentication) and API4 (resource consumption). */
describe('authentication', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(
      testEnvironment({
        DATABASE_URL: db.url,
        JWT_SECRET: SECRET,
        LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '1000',
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      }),
    );
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  describe('login, refresh, logout', () => {
    it('logs in, rotates the refresh token, and detects its reuse', async () => {
      const user = await loginAs(api, 'taskforce');
      await http().get('/api/v1/me').set(bearer(user.token)).expect(200);

      const first = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(200);
      expect(first.body.refreshToken).not.toBe(user.refreshToken);
      await http().get('/api/v1/me').set(bearer(first.body.accessToken)).expect(200);

      // The old refresh token again: it leaked. The whole session is revoked.
      const reuse = await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
      expect(reuse.body.code).toBe('REFRESH_TOKEN_REUSED');
      const revoked = await http().get('/api/v1/me').set(bearer(first.body.accessToken)).expect(401);
      expect(revoked.body.code).toBe('INVALID_TOKEN');
      const afterwards = await http().post('/api/v1/auth/refresh').send({ refreshToken: first.body.refreshToken }).expect(401);
      expect(afterwards.body.code).toBe('INVALID_REFRESH_TOKEN');
    });

    it('revokes the access token at once on logout (API2: revoked token)', async () => {
      const user = await loginAs(api, 'admin');
      await http().post('/api/v1/auth/logout').set(bearer(user.token)).expect(204);
      const res = await http().get('/api/v1/me').set(bearer(user.token)).expect(401);
      expect(res.body.code).toBe('INVALID_TOKEN');
      await http().post('/api/v1/auth/refresh').send({ refreshToken: user.refreshToken }).expect(401);
    });

    it('stops a disabled user at once', async () => {
      const admin = await loginAs(api, 'admin');
      const user = await loginAs(api, 'taskforce');
      const etag = (await http().get(`/api/v1/users/${user.id}`).set(bearer(admin.token)).expect(200)).headers.etag;
      await http().patch(`/api/v1/users/${user.id}`).set(bearer(admin.token)).set('If-Match', etag).send({ status: 'DISABLED' }).expect(200);
      await http().get('/api/v1/me').set(bearer(user.token)).expect(401);
      const login = await http().post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD }).expect(401);
      expect(login.body.code).toBe('INVALID_CREDENTIALS');
    });
  });

  describe('updating a user', () => {
    it('requires the ETag of the last read (428 without, 412 when stale), and a binding change moves it on', async () => {
      const admin = await loginAs(api, 'admin');
      const user = await loginAs(api, 'taskforce');
      const path = `/api/v1/users/${user.id}`;
      const read = await http().get(path).set(bearer(admin.token)).expect(200);
      expect(read.headers.etag).toBe(`"v${read.body.version}"`);
      expect((await http().patch(path).set(bearer(admin.token)).send({ displayName: '改名（演示）' }).expect(428)).body.code).toBe('IF_MATCH_REQUIRED');
      expect((await http().patch(path).set(bearer(admin.token)).set('If-Match', '"v999"').send({ displayName: '改名（演示）' }).expect(412)).body.code).toBe(
        'PRECONDITION_FAILED',
      );
      expect((await http().get(path).set(bearer(admin.token)).expect(200)).body.displayName).toBe(read.body.displayName);
      const renamed = await http().patch(path).set(bearer(admin.token)).set('If-Match', read.headers.etag).send({ displayName: '改名（演示）' }).expect(200);
      expect(renamed.headers.etag).toBe(`"v${read.body.version + 1}"`);
      await http().post(`${path}/role-bindings`).set(bearer(admin.token)).send({ role: 'admin' }).expect(201);
      await http().patch(path).set(bearer(admin.token)).set('If-Match', renamed.headers.etag).send({ displayName: '再改名（演示）' }).expect(412);
    });
  });

  describe('API2: tokens the API must refuse', () => {
    let valid: string;
    let claims: Record<string, unknown>;

    beforeAll(async () => {
      valid = (await loginAs(api, 'admin')).token;
      claims = decode(valid);
    });

    const refused = async (token: string) => {
      const res = await http().get('/api/v1/users').set(bearer(token)).expect(401);
      expect(res.body.code).toBe('INVALID_TOKEN');
      expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    };

    it('accepts the genuine token', async () => {
      await http().get('/api/v1/users').set(bearer(valid)).expect(200);
    });

    it('refuses a tampered payload', async () => {
      const [h, , s] = valid.split('.');
      const payload = Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-4000-8000-000000000000' })).toString('base64url');
      await refused(`${h}.${payload}.${s}`);
    });

    it('refuses a token signed with another key', () => refused(forge(claims, 'another-key-another-key-another-key-0')));
    it('refuses an expired token', () => refused(forge({ ...claims, iat: (claims.iat as number) - 7200, exp: Math.floor(Date.now() / 1000) - 60 })));
    it('refuses a token for another audience', () => refused(forge({ ...claims, aud: 'another-api' })));
    it('refuses a token from another issuer', () => refused(forge({ ...claims, iss: 'someone-else' })));
    it('refuses alg "none"', async () => {
      const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
      await refused(`${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`);
    });
    it('refuses a session that does not exist', () => refused(forge({ ...claims, sid: '00000000-0000-4000-8000-000000000000' })));
    it('refuses garbage and a wrong scheme', async () => {
      await refused('not-a-token');
      const res = await http()
        .get('/api/v1/users')
        .set('authorization', `Basic ${Buffer.from('a:b').toString('base64')}`)
        .expect(401);
      expect(res.body.code).toBe('INVALID_TOKEN');
    });
  });

  describe('API3: mass assignment of privileged properties is refused', () => {
    let admin: string;

    beforeAll(async () => {
      admin = (await loginAs(api, 'admin')).token;
    });

    it.each([
      ['PATCH a user with role', 'patch', 'users/:self', { role: 'admin' }, 'role'],
      ['PATCH a user with consortiumId', 'patch', 'users/:self', { consortiumId: 'aaaaaaaa-0000-4000-8000-000000000001' }, 'consortiumId'],
      [
        'create a user with status',
        'post',
        'users',
        { username: 'mass.assign', displayName: 'x', password: TEST_PASSWORD, bindings: [], status: 'ACTIVE' },
        'status',
      ],
      [
        'create a user with a passwordHash',
        'post',
        'users',
        { username: 'mass.assign2', displayName: 'x', password: TEST_PASSWORD, bindings: [], passwordHash: 'x' },
        'passwordHash',
      ],
      ['create an API client with status', 'post', 'api-clients', { name: 'x', districtCode: '500118', scopes: [], status: 'DISABLED' }, 'status'],
      [
        'create a cluster with consortiumId',
        'post',
        'industry-clusters',
        { code: 'MASS-1', name: '测试集群', category: 'OTHER', consortiumId: 'aaaaaaaa-0000-4000-8000-000000000001' },
        'consortiumId',
      ],
    ])('%s', async (_title, method, path, body, field) => {
      const self = await loginAs(api, 'member', { organizationId: 'cccccccc-0000-4000-8000-000000000003' });
      const before = (
        await sql.query(
          `SELECT (SELECT count(*) FROM app_user)::int u, (SELECT count(*) FROM user_role_binding)::int b, (SELECT count(*) FROM api_client)::int c`,
        )
      ).rows[0];
      const res = await http()
        [method as 'post'](`/api/v1/${path.replace(':self', self.id)}`)
        .set(bearer(admin))
        .send(body)
        .expect(400);
      expect(res.body.errors).toContainEqual({ field, code: 'UNKNOWN_FIELD', message: `${field} 不是可接受的字段` });
      const after = (
        await sql.query(
          `SELECT (SELECT count(*) FROM app_user)::int u, (SELECT count(*) FROM user_role_binding)::int b, (SELECT count(*) FROM api_client)::int c`,
        )
      ).rows[0];
      expect(after).toEqual(before);
      const me = await http().get('/api/v1/me').set(bearer(self.token)).expect(200);
      expect(me.body.bindings).toEqual([{ role: 'member', consortiumId: null, organizationId: 'cccccccc-0000-4000-8000-000000000003' }]);
    });
  });

  describe('API4: login throttling', () => {
    it('locks an account after repeated failures, with the same answer for an account that does not exist', async () => {
      const user = await loginAs(api, 'taskforce');
      const wrong = () => http().post('/api/v1/auth/login').send({ username: user.username, password: 'wrong-password-123' });
      const ghost = () => http().post('/api/v1/auth/login').send({ username: 'nobody.here', password: 'wrong-password-123' });

      for (let i = 0; i < 3; i++) {
        const [a, b] = [await wrong(), await ghost()];
        expect([a.status, b.status]).toEqual([401, 401]);
        expect(a.body.detail).toBe(b.body.detail);
        expect(a.body.code).toBe('INVALID_CREDENTIALS');
      }
      const [lockedReal, lockedGhost] = [await wrong(), await ghost()];
      expect([lockedReal.status, lockedGhost.status]).toEqual([429, 429]);
      expect(lockedReal.body.code).toBe('LOGIN_THROTTLED');
      expect(lockedGhost.body.code).toBe('LOGIN_THROTTLED');
      // Even the right password is refused while locked.
      const right = await http().post('/api/v1/auth/login').send({ username: user.username, password: TEST_PASSWORD });
      expect(right.status).toBe(429);
    });
  });

  describe('API clients (district systems)', () => {
    it('issues a client token bound to the district, refuses wrong secrets and scopes, and stops at once when disabled', async () => {
      const admin = (await loginAs(api, 'admin')).token;
      const created = await http()
        .post('/api/v1/api-clients')
        .set(bearer(admin))
        .send({ name: '永川区产教融合数据平台', districtCode: '500118', scopes: ['registry:read'] })
        .expect(201);
      expect(created.body.clientSecret).toMatch(/^cs_/);
      const stored = await sql.query(`SELECT secret_hash FROM api_client WHERE id = $1`, [created.body.id]);
      expect(stored.rows[0].secret_hash).toMatch(/^\$argon2id\$/);
      const listed = await http().get('/api/v1/api-clients').set(bearer(admin)).expect(200);
      expect(JSON.stringify(listed.body)).not.toContain(created.body.clientSecret);

      const form = `grant_type=client_credentials&client_id=${created.body.clientId}&client_secret=${encodeURIComponent(created.body.clientSecret)}`;
      const token = await http().post('/api/v1/oauth/token').type('form').send(form).expect(200);
      expect(token.body).toMatchObject({ token_type: 'Bearer', scope: 'registry:read', expires_in: 900 });
      expect(decode(token.body.access_token)).toMatchObject({ typ: 'client', district: '500118', aud: 'cej-api' });
      const me = await http().get('/api/v1/me').set(bearer(token.body.access_token)).expect(200);
      expect(me.body).toMatchObject({ type: 'client', district: '500118', scopes: ['registry:read'] });

      const basic = Buffer.from(`${created.body.clientId}:${created.body.clientSecret}`).toString('base64');
      await http().post('/api/v1/oauth/token').set('authorization', `Basic ${basic}`).send({ grant_type: 'client_credentials' }).expect(200);

      const badSecret = await http()
        .post('/api/v1/oauth/token')
        .send({ grant_type: 'client_credentials', client_id: created.body.clientId, client_secret: 'cs_wrong' })
        .expect(401);
      expect(badSecret.body.error).toBe('invalid_client');
      const badScope = await http()
        .post('/api/v1/oauth/token')
        .send({ grant_type: 'client_credentials', client_id: created.body.clientId, client_secret: created.body.clientSecret, scope: 'registry:write' })
        .expect(400);
      expect(badScope.body.error).toBe('invalid_scope');
      const badGrant = await http()
        .post('/api/v1/oauth/token')
        .send({ grant_type: 'password', client_id: created.body.clientId, client_secret: created.body.clientSecret })
        .expect(400);
      expect(badGrant.body.error).toBe('unsupported_grant_type');

      // A client is refused on routes for users, and on routes needing scopes it lacks.
      const adminRoute = await http().get('/api/v1/users').set(bearer(token.body.access_token)).expect(403);
      expect(adminRoute.body.code).toBe('FORBIDDEN');

      await http().post(`/api/v1/api-clients/${created.body.id}/disable`).set(bearer(admin)).expect(200);
      const disabled = await http().get('/api/v1/me').set(bearer(token.body.access_token)).expect(401);
      expect(disabled.body.code).toBe('INVALID_TOKEN');
      const refused = await http().post('/api/v1/oauth/token').type('form').send(form).expect(400);
      expect(refused.body.error).toBe('unauthorized_client');
      await http().post(`/api/v1/api-clients/${created.body.id}/enable`).set(bearer(admin)).expect(200);
      await http().get('/api/v1/me').set(bearer(token.body.access_token)).expect(200);
    });

    it('refuses an unknown district', async () => {
      const admin = (await loginAs(api, 'admin')).token;
      const res = await http().post('/api/v1/api-clients').set(bearer(admin)).send({ name: 'x', districtCode: '999999', scopes: [] }).expect(422);
      expect(res.body.code).toBe('UNKNOWN_DISTRICT');
    });
  });

  it('sets security headers (helmet)', async () => {
    const res = await http().get('/health/live').expect(200);
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['strict-transport-security']).toBeDefined();
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('API4: request rate limit on authentication routes', () => {
  it('answers 429 problem+json past the per-minute limit', async () => {
    const db = await createTestDatabase();
    const api = await startApi(testEnvironment({ DATABASE_URL: db.url, AUTH_RATE_LIMIT_PER_MINUTE: '3' }));
    try {
      const statuses: number[] = [];
      let last: request.Response | undefined;
      for (let i = 0; i < 5; i++) {
        last = await request(api.getHttpServer()).post('/api/v1/oauth/token').send({ grant_type: 'client_credentials', client_id: 'x', client_secret: 'y' });
        statuses.push(last.status);
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      expect(last!.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(last!.body.code).toBe('TOO_MANY_REQUESTS');
      expect(last!.headers['retry-after']).toBeDefined();
    } finally {
      await api.close();
      await db.drop();
    }
  });
});
