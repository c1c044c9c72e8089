import { type BilingualMessage, DomainError, type DomainErrorDetail, type DomainErrorKind } from './domain-error.js';
import type { Problem } from './problem.js';

/** The error codes of RFC 6749 §5.2. */
export type OAuth2ErrorCode = 'invalid_request' | 'invalid_client' | 'invalid_grant' | 'unauthorized_client' | 'unsupported_grant_type' | 'invalid_scope';

/** A domain error that also names its RFC 6749 §5.2 error code, for a route answering in that format. */
export class OAuth2Error extends DomainError {
  override readonly name = 'OAuth2Error';

  constructor(
    kind: DomainErrorKind,
    code: string,
    readonly oauth2: OAuth2ErrorCode,
    message: string | BilingualMessage,
    details: readonly DomainErrorDetail[] = [],
  ) {
    super(kind, code, message, details);
  }
}

/**
 * Route config flag (`@RouteConfig`) of an OAuth2 token endpoint: its errors, including those
 * raised before it runs (body parsing, the access guard), are answered as RFC 6749 §5.2 JSON
 * instead of problem+json — the one documented exception to the API's error contract.
 */
export const OAUTH2_ERRORS = 'oauth2Errors';

/** The realm a 401 from a token endpoint names in `WWW-Authenticate`. */
export const OAUTH2_REALM = 'cej-api';

/** Every token endpoint response, success or error (RFC 6749 §5.1): never cached. */
export const TOKEN_RESPONSE_HEADERS = { 'cache-control': 'no-store', pragma: 'no-cache' } as const;

export interface OAuth2ErrorResponse {
  status: 400 | 401;
  headers: Record<string, string>;
  body: { error: OAuth2ErrorCode; error_description: string };
}

/**
 * The RFC 6749 §5.2 answer for an error at a token endpoint, given the problem it would otherwise
 * be; undefined for what the RFC has no code for (rate limits, server errors), which stay
 * problem+json. Authentication failures are 401 invalid_client with `WWW-Authenticate` (RFC 9110
 * §15.5.2; RFC 6749 §5.2 requires it after an HTTP Basic attempt); other client errors are
 * 400 invalid_request unless the error names its own code.
 */
export function oauth2ErrorOf(error: unknown, problem: Problem): OAuth2ErrorResponse | undefined {
  const named = error instanceof OAuth2Error ? error.oauth2 : problem.status === 401 ? 'invalid_client' : undefined;
  const code: OAuth2ErrorCode | undefined = named ?? (problem.status >= 400 && problem.status < 500 && problem.status !== 429 ? 'invalid_request' : undefined);
  if (!code) return undefined;
  const status = code === 'invalid_client' ? 401 : 400;
  const description =
    error instanceof OAuth2Error
      ? error.message
      : code === 'invalid_client'
        ? 'Authenticate the client by HTTP Basic or by client_id and client_secret in the body'
        : problem.detail;
  return {
    status,
    headers: {
      ...TOKEN_RESPONSE_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      ...(status === 401 ? { 'www-authenticate': `Basic realm="${OAUTH2_REALM}", charset="UTF-8"` } : {}),
    },
    body: { error: code, error_description: description },
  };
}
