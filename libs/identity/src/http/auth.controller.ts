import { Body, Controller, createParamDecorator, type ExecutionContext, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiNoContentResponse } from '@nestjs/swagger';
import { RouteConfig } from '@nestjs/platform-fastify';
import { type Actor, Allow, ApiProblems, AUTH_RATE_LIMIT, CurrentActor, Public, ROLES } from '#platform';
import {
  type AuthenticatedUser as AuthenticatedUserValue,
  EndSessionUseCase,
  RefreshSessionUseCase,
  StartSessionUseCase,
} from '../application/session/sessions.use-cases.js';
import { LoginDto, MeDto, RefreshDto, SessionTokensDto } from './identity.dto.js';
import { LocalAuthGuard } from './local.strategy.js';

/** The user that passport's local strategy authenticated. */
const AuthenticatedUser = createParamDecorator(
  (_: unknown, ctx: ExecutionContext): AuthenticatedUserValue => ctx.switchToHttp().getRequest<{ user: AuthenticatedUserValue }>().user,
);

@ApiTags('identity')
@Controller('api/v1')
export class AuthController {
  constructor(
    private readonly startSession: StartSessionUseCase,
    private readonly refreshSession: RefreshSessionUseCase,
    private readonly endSession: EndSessionUseCase,
  ) {}

  @Post('auth/login')
  @HttpCode(200)
  @Public()
  @RouteConfig(AUTH_RATE_LIMIT)
  @UseGuards(LocalAuthGuard)
  @ApiOperation({ summary: 'Log in with username and password: an access token and a refresh token' })
  @ApiOkResponse({ type: SessionTokensDto })
  @ApiProblems(400, 401, 429)
  login(@Body() _body: LoginDto, @AuthenticatedUser() user: AuthenticatedUserValue): Promise<SessionTokensDto> {
    return this.startSession.execute(user);
  }

  @Post('auth/refresh')
  @HttpCode(200)
  @Public()
  @RouteConfig(AUTH_RATE_LIMIT)
  @ApiOperation({ summary: 'Trade a refresh token for a new pair (the old one stops working)' })
  @ApiOkResponse({ type: SessionTokensDto })
  @ApiProblems(400, 401, 429)
  refresh(@Body() body: RefreshDto): Promise<SessionTokensDto> {
    return this.refreshSession.execute(body.refreshToken);
  }

  @Post('auth/logout')
  @HttpCode(204)
  @Allow({ roles: ROLES })
  @ApiBearerAuth()
  @ApiOperation({ summary: 'End the current session (its access and refresh tokens stop working)' })
  @ApiProblems(400, 401, 403)
  @ApiNoContentResponse({ description: 'the session has ended' })
  async logout(@CurrentActor() actor: Actor): Promise<void> {
    await this.endSession.execute(actor);
  }

  @Get('me')
  @Allow({ roles: ROLES, scopes: [] })
  @ApiBearerAuth()
  @ApiOperation({ summary: "Who the token belongs to: roles and their scopes, or a client's district and scopes" })
  @ApiOkResponse({ type: MeDto })
  @ApiProblems(401)
  me(@CurrentActor() actor: Actor): MeDto {
    if (actor.type === 'user') return { type: 'user', id: actor.id, name: actor.name, bindings: [...actor.bindings] };
    if (actor.type === 'client') return { type: 'client', id: actor.id, name: actor.name, district: actor.district, scopes: [...actor.scopes] };
    return { type: actor.type, id: '', name: '' };
  }
}
