import { Body, Controller, Headers, HttpCode, Post, Res } from '@nestjs/common';
import { validateSync } from 'class-validator';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import type { FastifyReply } from 'fastify';
import {
  ApiProblems,
  AUTH_RATE_LIMIT,
  type DomainErrorDetail,
  flattenValidationErrors,
  OAUTH2_ERRORS,
  Public,
  RequestValidationError,
  TOKEN_RESPONSE_HEADERS,
} from '#platform';
import { IssueClientTokenUseCase } from '../application/api-client/client-token.use-case.js';
import { IdentityErrors } from '../domain/identity-errors.js';
import { ClientTokenDto, ClientTokenRequestDto, OAuthErrorDto } from './identity.dto.js';

/** RFC 6749 Appendix B: credentials in HTTP Basic are form-urlencoded before base64 (`+` is a space). */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, ' '));
  } catch {
    throw IdentityErrors.invalidClient('The Basic credentials are not validly encoded (RFC 6749 §2.3.1)');
  }
}

/**
 * Client id and secret from HTTP Basic (client_secret_basic, RFC 6749 §2.3.1); undefined when
 * there is no Authorization header. Any other scheme, or a malformed Basic value, is invalid_client.
 */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  if (header === undefined) return undefined;
  const match = /^Basic +([A-Za-z0-9+/]+={0,2}) *$/i.exec(header);
  const decoded = match ? Buffer.from(match[1], 'base64').toString('utf8') : '';
  const colon = decoded.indexOf(':');
  if (colon < 0) throw IdentityErrors.invalidClient('Authenticate with HTTP Basic (client_id:client_secret) or client_id and client_secret in the form body');
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
}

const TOKEN_PARAMETERS = ['grant_type', 'client_id', 'client_secret', 'scope'] as const;

/**
 * The token request's parameters, validated. Unlike the API's other bodies, unknown parameters are
 * ignored, not refused (RFC 6749 §3.2: the server MUST ignore unrecognized request parameters);
 * a parameter sent twice arrives as an array and is refused (§3.2: MUST NOT appear more than once).
 */
function tokenRequestOf(raw: unknown): ClientTokenRequestDto {
  const source = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const request = new ClientTokenRequestDto();
  const notText: DomainErrorDetail[] = [];
  for (const key of TOKEN_PARAMETERS) {
    if (!Object.hasOwn(source, key)) continue;
    const value = source[key];
    if (typeof value === 'string') request[key] = value;
    else notText.push({ field: key, code: 'IS_STRING', message: `${key} must be given once, as text` });
  }
  const errors = notText.length > 0 ? notText : flattenValidationErrors(validateSync(request, { validationError: { target: false, value: false } }));
  if (errors.length > 0) throw new RequestValidationError(errors);
  return request;
}

/** The client's credentials, by exactly one method (RFC 6749 §2.3: never more than one per request). */
function clientCredentials(body: ClientTokenRequestDto, authorization: string | undefined): { id: string; secret: string } {
  const basic = basicCredentials(authorization);
  if (basic) {
    if (body.client_secret !== undefined)
      throw IdentityErrors.invalidTokenRequest('client_secret', 'Send the client credentials either by HTTP Basic or in the body, not both');
    if (body.client_id !== undefined && body.client_id !== basic.id)
      throw IdentityErrors.invalidTokenRequest('client_id', 'client_id in the body differs from the one in HTTP Basic');
    return basic;
  }
  if (body.client_id === undefined || body.client_secret === undefined)
    throw IdentityErrors.invalidClient('No client authentication: send HTTP Basic or client_id and client_secret');
  return { id: body.client_id, secret: body.client_secret };
}

@ApiTags('identity')
@Controller('api/v1/oauth')
export class OAuthController {
  constructor(private readonly issue: IssueClientTokenUseCase) {}

  @Post('token')
  @HttpCode(200)
  @Public()
  @RouteConfig({ ...AUTH_RATE_LIMIT, [OAUTH2_ERRORS]: true })
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiBody({ type: ClientTokenRequestDto })
  @ApiOperation({
    summary: 'OAuth2 client credentials for district systems: a short-lived token with scopes and the district',
    description:
      'RFC 6749 §4.4. Client authentication by HTTP Basic (client_secret_basic) or client_id/client_secret in the body (client_secret_post), not both. ' +
      'Errors are RFC 6749 §5.2 JSON (`error`, `error_description`), not problem+json; responses carry `Cache-Control: no-store`.',
  })
  @ApiOkResponse({ type: ClientTokenDto })
  @ApiBadRequestResponse({ type: OAuthErrorDto, description: 'invalid_request, invalid_scope, unsupported_grant_type, unauthorized_client (client disabled)' })
  @ApiUnauthorizedResponse({ type: OAuthErrorDto, description: 'invalid_client, with `WWW-Authenticate: Basic`' })
  @ApiHeader({ name: 'authorization', required: false, description: 'HTTP Basic client credentials, instead of client_id/client_secret in the body' })
  @ApiProblems(429)
  async token(
    @Body() raw: Record<string, unknown>,
    @Res({ passthrough: true }) reply: FastifyReply,
    @Headers('authorization') authorization?: string,
  ): Promise<ClientTokenDto> {
    void reply.headers(TOKEN_RESPONSE_HEADERS);
    const body = tokenRequestOf(raw);
    const client = clientCredentials(body, authorization);
    const token = await this.issue.execute({ grantType: body.grant_type, clientId: client.id, clientSecret: client.secret, scope: body.scope });
    return { access_token: token.accessToken, token_type: token.tokenType, expires_in: token.expiresIn, scope: token.scope };
  }
}
