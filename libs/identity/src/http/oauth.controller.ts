import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiConsumes, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import { ApiProblems, AUTH_RATE_LIMIT, Public } from '#platform';
import { IssueClientTokenUseCase } from '../application/api-client/client-token.use-case.js';
import { ClientTokenDto, ClientTokenRequestDto } from './identity.dto.js';

/** Client id and secret from HTTP Basic (RFC 6749 §2.3.1), when sent that way. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | undefined {
  const match = header && /^Basic ([A-Za-z0-9+/=]+)$/.exec(header);
  if (!match) return undefined;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return undefined;
  return { id: decodeURIComponent(decoded.slice(0, colon)), secret: decodeURIComponent(decoded.slice(colon + 1)) };
}

@ApiTags('identity')
@Controller('api/v1/oauth')
export class OAuthController {
  constructor(private readonly issue: IssueClientTokenUseCase) {}

  @Post('token')
  @HttpCode(200)
  @Public()
  @RouteConfig(AUTH_RATE_LIMIT)
  @ApiConsumes('application/x-www-form-urlencoded', 'application/json')
  @ApiOperation({ summary: 'OAuth2 client credentials for district systems: a short-lived token with scopes and the district' })
  @ApiOkResponse({ type: ClientTokenDto })
  @ApiHeader({ name: 'authorization', required: false, description: 'HTTP Basic client credentials, instead of client_id/client_secret in the body' })
  @ApiProblems(400, 401, 422, 429)
  async token(@Body() body: ClientTokenRequestDto, @Headers('authorization') authorization?: string): Promise<ClientTokenDto> {
    const basic = basicCredentials(authorization);
    const token = await this.issue.execute({
      grantType: body.grant_type,
      clientId: basic?.id ?? body.client_id ?? '',
      clientSecret: basic?.secret ?? body.client_secret ?? '',
      scope: body.scope,
    });
    return { access_token: token.accessToken, token_type: token.tokenType, expires_in: token.expiresIn, scope: token.scope };
  }
}
