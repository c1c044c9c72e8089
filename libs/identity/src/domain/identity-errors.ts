import { DomainError, OAuth2Error } from '#platform';

/** Stable codes of the identity context (listed in the README). */
export const IdentityErrors = {
  invalidCredentials: () =>
    // Same text whether the account exists, is disabled, or the password is wrong.
    new DomainError('UNAUTHENTICATED', 'INVALID_CREDENTIALS', 'The username or password is wrong'),
  loginThrottled: (retryAfterSeconds: number) =>
    new DomainError('RATE_LIMITED', 'LOGIN_THROTTLED', `Too many failed logins; try again in ${retryAfterSeconds} s`, [
      { code: 'RETRY_AFTER', message: String(retryAfterSeconds) },
    ]),
  invalidToken: (why = 'The access token is missing, malformed, expired or revoked') => new DomainError('UNAUTHENTICATED', 'INVALID_TOKEN', why),
  invalidRefreshToken: () => new DomainError('UNAUTHENTICATED', 'INVALID_REFRESH_TOKEN', 'The refresh token is unknown, expired or revoked'),
  refreshTokenReused: () => new DomainError('UNAUTHENTICATED', 'REFRESH_TOKEN_REUSED', 'This refresh token was already used; the session has been revoked'),
  invalidClient: (why = 'Unknown client or wrong secret') => new OAuth2Error('UNAUTHENTICATED', 'INVALID_CLIENT', 'invalid_client', why),
  /** Only a caller that proved it holds the secret learns that the client is disabled. */
  unauthorizedClient: () =>
    new OAuth2Error('FORBIDDEN', 'UNAUTHORIZED_CLIENT', 'unauthorized_client', 'This API client is disabled; ask the platform administrator to enable it'),
  invalidTokenRequest: (field: string, message: string) =>
    new OAuth2Error('MALFORMED', 'INVALID_REQUEST', 'invalid_request', message, [{ field, code: 'INVALID_REQUEST', message }]),
  invalidScope: (scopes: string[]) =>
    new OAuth2Error('MALFORMED', 'INVALID_SCOPE', 'invalid_scope', `Scopes not granted to this client: ${scopes.join(' ')}`, [
      { field: 'scope', code: 'INVALID_SCOPE', message: scopes.join(' ') },
    ]),
  unsupportedGrant: () =>
    new OAuth2Error('MALFORMED', 'UNSUPPORTED_GRANT_TYPE', 'unsupported_grant_type', 'grant_type must be client_credentials', [
      { field: 'grant_type', code: 'UNSUPPORTED_GRANT_TYPE', message: 'grant_type must be client_credentials' },
    ]),
  usernameTaken: (username: string) =>
    new DomainError('CONFLICT', 'USERNAME_TAKEN', `The username "${username}" is taken`, [
      { field: 'username', code: 'DUPLICATE', message: `"${username}" is taken` },
    ]),
  userNotFound: () => new DomainError('NOT_FOUND', 'USER_NOT_FOUND', 'No such user'),
  clientNotFound: () => new DomainError('NOT_FOUND', 'API_CLIENT_NOT_FOUND', 'No such API client'),
  bindingNotFound: () => new DomainError('NOT_FOUND', 'ROLE_BINDING_NOT_FOUND', 'No such role binding'),
  bindingExists: () => new DomainError('CONFLICT', 'ROLE_BINDING_EXISTS', 'The user already holds this role for this scope'),
  invalidBinding: (message: string, field: string) =>
    new DomainError('INVALID', 'INVALID_ROLE_BINDING', message, [{ field, code: 'INVALID_ROLE_BINDING', message }]),
  weakPassword: (message: string) => new DomainError('INVALID', 'WEAK_PASSWORD', message, [{ field: 'password', code: 'WEAK_PASSWORD', message }]),
  unknownDistrict: (code: string) =>
    new DomainError('INVALID', 'UNKNOWN_DISTRICT', `"${code}" is not a known district code (GB/T 2260)`, [
      { field: 'districtCode', code: 'UNKNOWN_DISTRICT', message: `"${code}" is not a known district code` },
    ]),
};
