import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiProblems, UuidParam } from '#platform';
import {
  type ApiClientView,
  CreateApiClientUseCase,
  DEFAULT_SECRET_OVERLAP_SECONDS,
  ListApiClientsQuery,
  RotateApiClientSecretUseCase,
  SetApiClientStatusUseCase,
} from '../application/api-client/api-clients.use-cases.js';
import { ApiClientDto, ApiClientListDto, CreateApiClientDto, CreatedApiClientDto, RotateClientSecretDto } from './identity.dto.js';

const toDto = (c: ApiClientView): ApiClientDto => ({
  ...c,
  previousSecretExpiresAt: c.previousSecretExpiresAt?.toISOString() ?? null,
  createdAt: c.createdAt.toISOString(),
  updatedAt: c.updatedAt.toISOString(),
});

@ApiTags('identity')
@ApiBearerAuth()
@Controller('api/v1/api-clients')
export class ApiClientsController {
  constructor(
    private readonly create: CreateApiClientUseCase,
    private readonly setStatus: SetApiClientStatusUseCase,
    private readonly list: ListApiClientsQuery,
    private readonly rotate: RotateApiClientSecretUseCase,
  ) {}

  @Post()
  @Allow({ roles: ['admin'] })
  @ApiOperation({ summary: 'Register a district system; the secret is in this response only' })
  @ApiCreatedResponse({ type: CreatedApiClientDto })
  @ApiProblems(400, 401, 403, 422)
  async register(@Body() body: CreateApiClientDto): Promise<CreatedApiClientDto> {
    const created = await this.create.execute(body);
    return { ...toDto(created), clientSecret: created.clientSecret };
  }

  @Get()
  @Allow({ roles: ['admin'] })
  @ApiOkResponse({ type: ApiClientListDto })
  @ApiProblems(401, 403)
  @ApiOperation({ summary: 'Every API client (区县系统 and other district systems), without secrets' })
  async findAll(): Promise<ApiClientListDto> {
    return { items: (await this.list.execute()).map(toDto) };
  }

  @Post(':clientUuid/disable')
  @HttpCode(200)
  @Allow({ roles: ['admin'] })
  @ApiOperation({ summary: 'Disable a client: its tokens stop working on their next request' })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiProblems(400, 401, 403, 404)
  async disable(@Param('clientUuid', new UuidParam('clientUuid')) id: string): Promise<ApiClientDto> {
    return toDto(await this.setStatus.execute(id, 'DISABLED'));
  }

  @Post(':clientUuid/enable')
  @HttpCode(200)
  @Allow({ roles: ['admin'] })
  @ApiOkResponse({ type: ApiClientDto })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'Enable a disabled API client again' })
  async enable(@Param('clientUuid', new UuidParam('clientUuid')) id: string): Promise<ApiClientDto> {
    return toDto(await this.setStatus.execute(id, 'ACTIVE'));
  }

  @Post(':clientUuid/rotate-secret')
  @HttpCode(200)
  @Allow({ roles: ['admin'] })
  @ApiOperation({ summary: 'A new client secret, in this response only; the old one stays valid for `overlapSeconds` (default a day)' })
  @ApiOkResponse({ type: CreatedApiClientDto })
  @ApiProblems(400, 401, 403, 404)
  async rotateSecret(@Param('clientUuid', new UuidParam('clientUuid')) id: string, @Body() body: RotateClientSecretDto): Promise<CreatedApiClientDto> {
    const rotated = await this.rotate.execute(id, body.overlapSeconds ?? DEFAULT_SECRET_OVERLAP_SECONDS);
    return { ...toDto(rotated), clientSecret: rotated.clientSecret };
  }
}
