import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import request from 'supertest';
import { EVIDENCE_MEDIA_TYPES } from '#evaluation';
import { XLSX_CONTENT_TYPE } from '#platform';
import { createTestDatabase, type TestDatabase, testEnvironment } from '#platform/testing';
import { startApi } from '../support/apps.js';
import { bearer, loginAs } from '../support/identity.js';

interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** Sends bytes over a plain socket (supertest would encode the URL) and reads the answer until the server closes. */
function raw(api: NestFastifyApplication, bytes: Buffer): Promise<RawResponse> {
  const { port } = api.getHttpServer().address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.end(bytes));
    const chunks: Buffer[] = [];
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head, ...rest] = text.split('\r\n\r\n');
      const [statusLine, ...lines] = head.split('\r\n');
      const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: rest.join('\r\n\r\n') });
    });
  });
}

/** Every error — the HTTP server's own included — is problem+json with a stable code and a request id. */
describe('errors outside the routes', () => {
  let db: TestDatabase;
  let api: NestFastifyApplication;
  let admin: string;
  const http = () => request(api.getHttpServer());

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startApi(testEnvironment({ DATABASE_URL: db.url, BODY_LIMIT_BYTES: '4096' }));
    admin = (await loginAs(api, 'admin')).token;
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  function expectProblem(res: { status: number; headers: Record<string, unknown>; body: unknown }, status: number, code: string) {
    const body = (typeof res.body === 'string' ? JSON.parse(res.body) : res.body) as {
      status: number;
      code: string;
      requestId: string;
      title: string;
      detail: string;
    };
    expect({ status: res.status, type: res.headers['content-type'] }).toEqual({ status, type: expect.stringMatching(/^application\/problem\+json/) });
    expect(body).toMatchObject({ status, code, title: expect.any(String), detail: expect.any(String) });
    expect(body.requestId).toMatch(/^[A-Za-z0-9._:-]{1,128}$/);
    expect(res.headers['x-request-id']).toBe(body.requestId);
    return body;
  }

  it('answers a URL with raw UTF-8 (curl’s unencoded 永川) with a 400 problem saying how to encode it', async () => {
    const res = await raw(
      api,
      Buffer.from(`GET /api/v1/organizations?nameContains=永川 HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer ${admin}\r\n\r\n`),
    );
    const body = expectProblem(res, 400, 'MALFORMED_URL');
    expect(body.detail).toContain('%E6%B0%B8%E5%B7%9D');
    expect(body).toMatchObject({ errors: [{ field: 'url', code: 'MALFORMED_URL' }] });
  });

  it('answers the same query percent-encoded', async () => {
    await http().get('/api/v1/organizations').query({ nameContains: '永川' }).set(bearer(admin)).expect(200);
  });

  it('answers bytes that are not HTTP, and oversized headers, with problems', async () => {
    expectProblem(await raw(api, Buffer.from('HELLO\r\n\r\n')), 400, 'MALFORMED_REQUEST');
    expectProblem(await raw(api, Buffer.from(`GET /health/live HTTP/1.1\r\nHost: x\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`)), 431, 'HEADERS_TOO_LARGE');
  });

  it('answers a path that is not valid percent-encoding, and a request without Host, with problems', async () => {
    const bad = await raw(api, Buffer.from('GET /api/v1/consortia/%E6%B0 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n'));
    expect(expectProblem(bad, 400, 'MALFORMED_URL')).toMatchObject({ errors: [{ field: 'url' }] });
    const hostless = await raw(api, Buffer.from('GET /health/live HTTP/1.1\r\nConnection: close\r\n\r\n'));
    expect(expectProblem(hostless, 400, 'HOST_REQUIRED')).toMatchObject({ errors: [{ field: 'host' }] });
  });

  it('answers malformed JSON and a body over the limit with problems', async () => {
    expectProblem(
      await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('content-type', 'application/json').send('{"code":'),
      400,
      'MALFORMED_JSON',
    );
    expectProblem(
      await http()
        .post('/api/v1/industry-clusters')
        .set(bearer(admin))
        .send({ name: 'x'.repeat(5000) }),
      413,
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('names the accepted types in a 415: the import takes CSV or XLSX, not a multipart upload', async () => {
    const res = await http().post('/api/v1/imports/organizations').set(bearer(admin)).attach('file', Buffer.from('uscc,name\n'), 'organizations.csv');
    const body = expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE') as unknown as { accepted: string[]; detail: string };
    expect(body.accepted).toEqual(['text/csv', XLSX_CONTENT_TYPE]);
    expect(body.detail).toContain('multipart/form-data');
    expect(body.detail).toContain('text/csv');
    expect(res.headers.accept).toBe(`text/csv, ${XLSX_CONTENT_TYPE}`);
  });

  it('names the evidence types in a 415 for a .docx', async () => {
    const docx = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
    const res = await http()
      .post('/api/v1/evaluation/rounds/00000000-0000-4000-8000-000000000000/answer-sheets/00000000-0000-4000-8000-000000000001/evidence')
      .query({ indicatorCode: 'X', fileName: '证明.docx' })
      .set(bearer(admin))
      .set('content-type', docx)
      .send(Buffer.from('PK\u0003\u0004'));
    const body = expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE') as unknown as { accepted: string[] };
    expect(body.accepted).toEqual([...EVIDENCE_MEDIA_TYPES]);
    expect(res.headers.accept).toBe(EVIDENCE_MEDIA_TYPES.join(', '));
  });

  it('names JSON in a 415 on a JSON route', async () => {
    const res = await http().post('/api/v1/industry-clusters').set(bearer(admin)).set('content-type', 'application/xml').send('<a/>');
    const body = expectProblem(res, 415, 'UNSUPPORTED_MEDIA_TYPE') as unknown as { accepted: string[] };
    expect(body.accepted).toEqual(['application/json']);
  });

  it('answers an unknown route with a 404 problem and a wrong method with a 405 naming the allowed ones', async () => {
    expectProblem(await http().get('/api/v1/no-such-thing').set(bearer(admin)), 404, 'NOT_FOUND');
    const res = await http().delete('/api/v1/industry-clusters').set(bearer(admin));
    expectProblem(res, 405, 'METHOD_NOT_ALLOWED');
    expect(res.headers.allow).toBe('GET, HEAD, POST');
  });
});
