import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import pg from 'pg';
import simpleOauth2, { type ModuleOptions } from 'simple-oauth2';
import request from 'supertest';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

const { ClientCredentials } = simpleOauth2;

/** What simple-oauth2 (through @hapi/wreck) rejects with when the server answers an error. */
interface OAuthClientError {
  output: { statusCode: number };
  data: { payload: unknown; headers: Record<string, string | undefined> };
}

/** The RFC 6749 refusal a standard client receives (it throws; this hands back status, headers and body). */
async function refusal(attempt: Promise<unknown>): Promise<{ status: number; headers: Record<string, string | undefined>; body: unknown }> {
  const error = (await attempt.then(
    () => {
      throw new Error('the token request was expected to be refused');
    },
    (e: unknown) => e,
  )) as OAuthClientError;
  expect(error.output?.statusCode).toBeDefined();
  return { status: error.output.statusCode, headers: error.data.headers, body: error.data.payload };
}

/**
 * The token endpoint as a district system's OAuth2 library sees it (RFC 6749 §4.4 client
 * credentials): simple-oauth2 against the real API on a loopback port, with client_secret_basic
 * and client_secret_post, form and JSON bodies; RFC 6749 §5.2 errors; secret rotation with overlap.
 */
describe('OAuth2 token endpoint (RFC 6749)', () => {
  let db: TestDatabase;
  let sql: pg.Client;
  let api: NestFastifyApplication;
  let admin: string;
  let tokenHost: string;
  const http = () => request(api.getHttpServer());

  const oauthClient = (id: string, secret: string, options: ModuleOptions['options'] = {}) =>
    new ClientCredentials({ client: { id, secret }, auth: { tokenHost, tokenPath: '/api/v1/oauth/token' }, options });

  async function registerClient(scopes: string[] = ['registry:read', 'feed:read']): Promise<{ id: string; clientId: string; clientSecret: string }> {
    const res = await http()
      .post('/api/v1/api-clients')
      .set(bearer(admin))
      .send({ name: '永川区产教融合数据平台', districtCode: '500118', scopes })
      .expect(201);
    return res.body;
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    sql = new pg.Client({ connectionString: db.url });
    await sql.connect();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, AUTH_RATE_LIMIT_PER_MINUTE: '1000' }));
    tokenHost = `http://127.0.0.1:${(api.getHttpServer().address() as AddressInfo).port}`;
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await api?.close();
    await sql?.end();
    await db?.drop();
  });

  it('issues a token to a standard client by HTTP Basic and by the form body, with JSON still accepted', async () => {
    const client = await registerClient();
    for (const options of [{ authorizationMethod: 'header' }, { authorizationMethod: 'body' }, { authorizationMethod: 'body', bodyFormat: 'json' }] as const) {
      const token = await oauthClient(client.clientId, client.clientSecret, options).getToken({ scope: 'registry:read' });
      expect(token.token).toMatchObject({ token_type: 'Bearer', scope: 'registry:read', expires_in: 900 });
      const me = await http()
        .get('/api/v1/me')
        .set(bearer(token.token.access_token as string))
        .expect(200);
      expect(me.body).toMatchObject({ type: 'client', district: '500118', scopes: ['registry:read'] });
    }
    const all = await oauthClient(client.clientId, client.clientSecret).getToken({});
    expect((all.token.scope as string).split(' ').sort()).toEqual(['feed:read', 'registry:read']);
  });

  it('marks token responses, successful or not, as never to be cached (RFC 6749 §5.1)', async () => {
    const client = await registerClient();
    const form = { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret };
    const ok = await http().post('/api/v1/oauth/token').type('form').send(form).expect(200);
    expect(ok.headers['cache-control']).toBe('no-store');
    expect(ok.headers.pragma).toBe('no-cache');
    const refused = await refusal(oauthClient(client.clientId, 'cs_wrong').getToken({}));
    expect(refused.headers['cache-control']).toBe('no-store');
    expect(refused.headers.pragma).toBe('no-cache');
  });

  it('refuses a wrong secret or an unknown client with 401 invalid_client and WWW-Authenticate, by either method', async () => {
    const client = await registerClient();
    for (const [id, secret] of [
      [client.clientId, 'cs_wrong'],
      ['dst_500118_000000000000', client.clientSecret],
    ]) {
      for (const authorizationMethod of ['header', 'body'] as const) {
        const refused = await refusal(oauthClient(id, secret, { authorizationMethod }).getToken({}));
        expect(refused.status).toBe(401);
        expect(refused.body).toEqual({ error: 'invalid_client', error_description: expect.any(String) });
        expect(refused.headers['content-type']).toMatch(/^application\/json/);
        expect(refused.headers['www-authenticate']).toMatch(/^Basic realm="cej-api"/);
      }
    }
  });

  it('refuses a scope the client was not granted with 400 invalid_scope, not 422', async () => {
    const client = await registerClient(['registry:read']);
    const refused = await refusal(oauthClient(client.clientId, client.clientSecret).getToken({ scope: ['registry:read', 'registry:write'] }));
    expect(refused.status).toBe(400);
    expect(refused.body).toEqual({ error: 'invalid_scope', error_description: expect.stringContaining('registry:write') });
    const unknown = await refusal(oauthClient(client.clientId, client.clientSecret, { authorizationMethod: 'body' }).getToken({ scope: 'no-such-scope' }));
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ error: 'invalid_scope' });
  });

  it('rotates a secret with an overlap: both secrets work until it ends, then only the new one; audited without secrets', async () => {
    const client = await registerClient();
    const rotated = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ overlapSeconds: 3600 }).expect(200);
    expect(rotated.body.clientSecret).toMatch(/^cs_/);
    expect(rotated.body.clientSecret).not.toBe(client.clientSecret);
    expect(rotated.body).toMatchObject({ id: client.id, clientId: client.clientId, status: 'ACTIVE' });
    const overlapEnds = Date.parse(rotated.body.previousSecretExpiresAt);
    expect(overlapEnds).toBeGreaterThan(Date.now() + 3_500_000);
    expect(overlapEnds).toBeLessThanOrEqual(Date.now() + 3_600_000);

    const withOld = await oauthClient(client.clientId, client.clientSecret).getToken({});
    const withNew = await oauthClient(client.clientId, rotated.body.clientSecret, { authorizationMethod: 'body' }).getToken({});
    await http()
      .get('/api/v1/me')
      .set(bearer(withOld.token.access_token as string))
      .expect(200);
    await http()
      .get('/api/v1/me')
      .set(bearer(withNew.token.access_token as string))
      .expect(200);
    const issued = await sql.query(
      `SELECT after->>'secret' AS secret FROM audit_event WHERE action = 'identity.client-token.issue' AND entity_id = $1 ORDER BY id`,
      [client.id],
    );
    expect(issued.rows.map((r) => r.secret)).toEqual(['previous', 'current']);

    // The overlap ends: the old secret is refused, the new one still works.
    await sql.query(`UPDATE api_client SET previous_secret_expires_at = now() - interval '1 second' WHERE id = $1`, [client.id]);
    const late = await refusal(oauthClient(client.clientId, client.clientSecret).getToken({}));
    expect(late.status).toBe(401);
    expect(late.body).toMatchObject({ error: 'invalid_client' });
    await oauthClient(client.clientId, rotated.body.clientSecret).getToken({});
    const listed = await http().get('/api/v1/api-clients').set(bearer(admin)).expect(200);
    expect(listed.body.items.find((c: { id: string }) => c.id === client.id)).toMatchObject({ previousSecretExpiresAt: null });

    const audit = await sql.query(`SELECT actor_type, before, after FROM audit_event WHERE action = 'identity.api-client.rotate-secret' AND entity_id = $1`, [
      client.id,
    ]);
    expect(audit.rows).toEqual([
      {
        actor_type: 'user',
        before: { clientId: client.clientId, previousSecretExpiresAt: null },
        after: { clientId: client.clientId, previousSecretExpiresAt: rotated.body.previousSecretExpiresAt },
      },
    ]);
    const stored = await sql.query(`SELECT secret_hash, previous_secret_hash FROM api_client WHERE id = $1`, [client.id]);
    expect(stored.rows[0].secret_hash).toMatch(/^\$argon2id\$/);
    expect(stored.rows[0].previous_secret_hash).toMatch(/^\$argon2id\$/);
    expect(JSON.stringify(audit.rows)).not.toContain('cs_');
  });

  it('rotates with no overlap, or twice, keeping only the secret just replaced', async () => {
    const client = await registerClient();
    const at0 = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ overlapSeconds: 0 }).expect(200);
    expect(at0.body.previousSecretExpiresAt).toBeNull();
    expect((await refusal(oauthClient(client.clientId, client.clientSecret).getToken({}))).status).toBe(401);

    const second = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({}).expect(200);
    expect(Date.parse(second.body.previousSecretExpiresAt) - Date.now()).toBeGreaterThan(86_000_000);
    const third = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ overlapSeconds: 600 }).expect(200);
    await oauthClient(client.clientId, second.body.clientSecret).getToken({});
    await oauthClient(client.clientId, third.body.clientSecret).getToken({});
    expect((await refusal(oauthClient(client.clientId, at0.body.clientSecret).getToken({}))).status).toBe(401);
  });

  it('lets only an admin rotate, refuses a bad overlap with problem+json, and changes nothing then', async () => {
    const client = await registerClient();
    const before = await sql.query(`SELECT secret_hash, updated_at FROM api_client WHERE id = $1`, [client.id]);
    const taskforce = (await loginAs(api, 'taskforce')).token;
    const forbidden = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(taskforce)).send({}).expect(403);
    expect(forbidden.body.code).toBe('FORBIDDEN');
    const token = await oauthClient(client.clientId, client.clientSecret).getToken({});
    await http()
      .post(`/api/v1/api-clients/${client.id}/rotate-secret`)
      .set(bearer(token.token.access_token as string))
      .send({})
      .expect(403);
    for (const overlapSeconds of [-1, 604_801, '60', 1.5]) {
      const bad = await http().post(`/api/v1/api-clients/${client.id}/rotate-secret`).set(bearer(admin)).send({ overlapSeconds }).expect(400);
      expect(bad.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(bad.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field: 'overlapSeconds' })]));
    }
    const missing = await http().post('/api/v1/api-clients/00000000-0000-4000-8000-000000000000/rotate-secret').set(bearer(admin)).send({}).expect(404);
    expect(missing.body.code).toBe('API_CLIENT_NOT_FOUND');
    const after = await sql.query(`SELECT secret_hash, updated_at FROM api_client WHERE id = $1`, [client.id]);
    expect(after.rows).toEqual(before.rows);
  });

  it('answers malformed token requests with 400 invalid_request or 401 invalid_client, never problem+json or 500', async () => {
    const client = await registerClient();
    const basic = (raw: string) => `Basic ${Buffer.from(raw).toString('base64')}`;
    const good = `${client.clientId}:${client.clientSecret}`;
    const cases: [string, request.Test, number, string][] = [
      ['no grant_type', http().post('/api/v1/oauth/token').set('authorization', basic(good)).type('form').send({}), 400, 'invalid_request'],
      [
        'grant_type twice',
        http().post('/api/v1/oauth/token').set('authorization', basic(good)).type('form').send('grant_type=client_credentials&grant_type=client_credentials'),
        400,
        'invalid_request',
      ],
      [
        'another grant',
        http().post('/api/v1/oauth/token').set('authorization', basic(good)).type('form').send({ grant_type: 'password' }),
        400,
        'unsupported_grant_type',
      ],
      [
        'credentials by both methods',
        http()
          .post('/api/v1/oauth/token')
          .set('authorization', basic(good))
          .type('form')
          .send({ grant_type: 'client_credentials', client_secret: client.clientSecret }),
        400,
        'invalid_request',
      ],
      ['no credentials', http().post('/api/v1/oauth/token').type('form').send({ grant_type: 'client_credentials' }), 401, 'invalid_client'],
      [
        'a Bearer instead of Basic',
        http().post('/api/v1/oauth/token').set('authorization', 'Bearer abc').type('form').send({ grant_type: 'client_credentials' }),
        401,
        'invalid_client',
      ],
      [
        'Basic without a colon',
        http().post('/api/v1/oauth/token').set('authorization', basic('nocolon')).type('form').send({ grant_type: 'client_credentials' }),
        401,
        'invalid_client',
      ],
      [
        'Basic with a broken escape',
        http().post('/api/v1/oauth/token').set('authorization', basic('a%zz:b%')).type('form').send({ grant_type: 'client_credentials' }),
        401,
        'invalid_client',
      ],
      [
        'malformed JSON',
        http().post('/api/v1/oauth/token').set('authorization', basic(good)).set('content-type', 'application/json').send('{"grant_type":'),
        400,
        'invalid_request',
      ],
      [
        'a text/plain body',
        http().post('/api/v1/oauth/token').set('authorization', basic(good)).set('content-type', 'text/plain').send('grant_type=client_credentials'),
        400,
        'invalid_request',
      ],
      [
        'grant_type an object',
        http()
          .post('/api/v1/oauth/token')
          .set('authorization', basic(good))
          .send({ grant_type: { constructor: { polluted: true } } }),
        400,
        'invalid_request',
      ],
      [
        'scope not a string',
        http()
          .post('/api/v1/oauth/token')
          .set('authorization', basic(good))
          .send({ grant_type: 'client_credentials', scope: ['registry:read'] }),
        400,
        'invalid_request',
      ],
    ];
    for (const [what, req, status, error] of cases) {
      const res = await req;
      expect({ what, status: res.status, error: res.body.error, type: res.headers['content-type'] }).toEqual({
        what,
        status,
        error,
        type: expect.stringMatching(/^application\/json/),
      });
      expect(res.body.error_description).toEqual(expect.any(String));
      expect(res.headers['cache-control']).toBe('no-store');
      if (status === 401) expect(res.headers['www-authenticate']).toMatch(/^Basic /);
    }
  });

  it('ignores unrecognized parameters (RFC 6749 §3.2) and accepts client_id beside HTTP Basic when it agrees', async () => {
    const client = await registerClient();
    const res = await http()
      .post('/api/v1/oauth/token')
      .auth(client.clientId, client.clientSecret)
      .type('form')
      .send({ grant_type: 'client_credentials', client_id: client.clientId, audience: 'cej-api', resource: 'https://example.invalid/' })
      .expect(200);
    expect(res.body.token_type).toBe('Bearer');
  });

  it('tells a client that proves its secret but is disabled: 400 unauthorized_client', async () => {
    const client = await registerClient();
    await http().post(`/api/v1/api-clients/${client.id}/disable`).set(bearer(admin)).expect(200);
    const refused = await refusal(oauthClient(client.clientId, client.clientSecret).getToken({}));
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ error: 'unauthorized_client' });
    const wrong = await refusal(oauthClient(client.clientId, 'cs_wrong').getToken({}));
    expect(wrong.status).toBe(401);
    expect(wrong.body).toMatchObject({ error: 'invalid_client' });
  });
});
