import { Body, Controller, Get, Headers, Param, Put, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags, ApiCreatedResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Allow, ApiProblems, CurrentActor, etagOf, Public, UuidParam } from '#platform';

const ETAG_HEADER = {
  ETag: { description: 'Version of the organization; send it back in If-Match to update it', schema: { type: 'string', example: '"v2"' } },
};
import {
  districtScopeOf,
  GetOrganizationQuery,
  organizationWriteScopeOf,
  ListOrganizationsQuery,
  UpsertOrganizationUseCase,
} from '../application/organization/organizations.use-cases.js';
import { DISTRICTS } from '../domain/districts.js';
import {
  DistrictListDto,
  OrganizationDetailDto,
  OrganizationDto,
  OrganizationPageDto,
  OrganizationQueryDto,
  UpsertOrganizationDto,
} from './organization.dto.js';

@ApiTags('registry')
@Controller('api/v1')
export class OrganizationsController {
  constructor(
    private readonly upsert: UpsertOrganizationUseCase,
    private readonly list: ListOrganizationsQuery,
    private readonly get: GetOrganizationQuery,
  ) {}

  @Put('organizations/by-uscc/:uscc')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat', 'member'], scopes: ['registry:write'] })
  @ApiBearerAuth()
  @ApiOperation({
    summary: 'Create or update an organization by its USCC (201 created, 200 updated or unchanged); a district system only in its own district',
    description:
      'Task force and admins: any organization. A secretariat registers a unit that is not registered yet (409 ORGANIZATION_ALREADY_REGISTERED otherwise; it then adds it as a member). ' +
      'A member unit keeps its own organization’s profile — name, district, school level, enterprise size — but not its USCC, type or official designations ' +
      '(链主, 规上, 产教融合型企业, park level, 重点园区: 403 FIELD_NOT_EDITABLE naming the field when changed; left out, they are kept); another organization is 404.',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required to update an existing organization: the ETag of your last read (428 without, 412 when stale). Leave it out to create one.',
    example: '"v2"',
  })
  @ApiOkResponse({ type: OrganizationDto, headers: ETAG_HEADER, description: 'updated, or unchanged' })
  @ApiCreatedResponse({ type: OrganizationDto, headers: ETAG_HEADER, description: 'created' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async put(
    @Param('uscc') uscc: string,
    @Body() body: UpsertOrganizationDto,
    @Headers('if-match') ifMatch: string | undefined,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationDto> {
    const result = await this.upsert.execute({ uscc: uscc.toUpperCase(), ...body }, organizationWriteScopeOf(actor), { ifMatch });
    void reply.status(result.created ? 201 : 200).header('etag', etagOf(result.organization.version));
    return OrganizationDto.from(result.organization);
  }

  @Get('organizations')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], scopes: ['registry:read'] })
  @ApiBearerAuth()
  @ApiOperation({
    summary:
      'Search organizations by name fragment, USCC, type and district, by name in cursor pages; a district system sees its own district only, a secretariat the whole registry (to find the units it adds)',
  })
  @ApiOkResponse({ type: OrganizationPageDto })
  @ApiProblems(400, 401, 403)
  async findAll(@Query() query: OrganizationQueryDto, @CurrentActor() actor: Actor): Promise<OrganizationPageDto> {
    const page = await this.list.execute({ ...query, uscc: query.uscc?.toUpperCase(), limit: query.limit ?? 50 }, districtScopeOf(actor));
    return { items: page.items.map(OrganizationDto.from), nextCursor: page.nextCursor };
  }

  @Get('organizations/:organizationId')
  @Allow({ roles: ['admin', 'taskforce', 'member'], organizationParam: 'organizationId', scopes: ['registry:read'] })
  @ApiBearerAuth()
  @ApiOperation({ summary: 'One organization with its name history (members: their own; district systems: their district)' })
  @ApiOkResponse({ type: OrganizationDetailDto, headers: ETAG_HEADER })
  @ApiProblems(400, 401, 403, 404)
  async findOne(
    @Param('organizationId', new UuidParam('organizationId')) id: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OrganizationDetailDto> {
    const o = await this.get.execute(id, districtScopeOf(actor));
    void reply.header('etag', etagOf(o.version));
    return {
      ...OrganizationDto.from(o),
      names: o.names.map((n) => ({ name: n.name, validFrom: n.validFrom.toISOString(), validTo: n.validTo?.toISOString() ?? null })),
    };
  }

  @Get('districts')
  @Public()
  @ApiOperation({ summary: 'District codes (GB/T 2260) the platform knows' })
  @ApiOkResponse({ type: DistrictListDto })
  districts(): DistrictListDto {
    return { items: DISTRICTS.map((d) => ({ ...d })) };
  }
}
