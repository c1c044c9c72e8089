import { DomainError } from './domain-error.js';
import { OAuth2Error, oauth2ErrorOf } from './oauth2-error.js';
import { problem, STATUS_OF_KIND } from './problem.js';

const problemOf = (e: DomainError) => problem(STATUS_OF_KIND[e.kind], e.code, e.message);

describe('oauth2ErrorOf (RFC 6749 §5.2)', () => {
  it('keeps the code an error names, with its message, and 401 + WWW-Authenticate only for invalid_client', () => {
    const scope = new OAuth2Error('MALFORMED', 'INVALID_SCOPE', 'invalid_scope', 'Scopes not granted to this client: registry:write');
    expect(oauth2ErrorOf(scope, problemOf(scope))).toEqual({
      status: 400,
      headers: { 'cache-control': 'no-store', pragma: 'no-cache', 'content-type': 'application/json; charset=utf-8' },
      body: { error: 'invalid_scope', error_description: 'Scopes not granted to this client: registry:write' },
    });
    const client = new OAuth2Error('UNAUTHENTICATED', 'INVALID_CLIENT', 'invalid_client', 'Unknown client or wrong secret');
    expect(oauth2ErrorOf(client, problemOf(client))).toMatchObject({
      status: 401,
      headers: { 'www-authenticate': 'Basic realm="cej-api", charset="UTF-8"' },
      body: { error: 'invalid_client' },
    });
    const disabled = new OAuth2Error('FORBIDDEN', 'UNAUTHORIZED_CLIENT', 'unauthorized_client', 'disabled');
    expect(oauth2ErrorOf(disabled, problemOf(disabled))).toMatchObject({ status: 400, body: { error: 'unauthorized_client' } });
  });

  it('makes other authentication failures invalid_client and other client errors invalid_request', () => {
    const token = new DomainError('UNAUTHENTICATED', 'INVALID_TOKEN', 'The access token is missing');
    expect(oauth2ErrorOf(token, problemOf(token))).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
    const parse = Object.assign(new Error('Unexpected end of JSON'), { code: 'FST_ERR_CTP_INVALID_JSON_BODY' });
    expect(oauth2ErrorOf(parse, problem(400, 'MALFORMED_JSON', 'body is not valid JSON'))).toMatchObject({
      status: 400,
      body: { error: 'invalid_request', error_description: 'body is not valid JSON' },
    });
    expect(oauth2ErrorOf(parse, problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'send application/json'))).toMatchObject({
      status: 400,
      body: { error: 'invalid_request' },
    });
  });

  it('leaves rate limits and server errors to problem+json', () => {
    expect(oauth2ErrorOf(new Error('x'), problem(429, 'TOO_MANY_REQUESTS', 'slow down'))).toBeUndefined();
    expect(oauth2ErrorOf(new Error('x'), problem(500, 'INTERNAL_ERROR', 'oops'))).toBeUndefined();
    expect(oauth2ErrorOf(new Error('x'), problem(503, 'DATABASE_UNAVAILABLE', 'retry'))).toBeUndefined();
  });
});
