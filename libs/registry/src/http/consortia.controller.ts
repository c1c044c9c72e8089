import { Body, Controller, Get, Headers, Param, Patch, Post, Query, Res, UseInterceptors } from '@nestjs/common';
import { LocalizedWarningsInterceptor } from './localized-warnings.interceptor.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Allow, ApiProblems, CurrentActor, etagOf, Public, ROLES, UuidParam } from '#platform';
import {
  CorrectConsortiumUseCase,
  CreateConsortiumUseCase,
  DecideConsortiumUseCase,
  type DecisionView,
  GetConsortiumQuery,
  ListConsortiaQuery,
  ListDecisionsQuery,
  OfficialListQuery,
} from '../application/consortium/consortia.use-cases.js';
import {
  ChangeMembershipRoleUseCase,
  ConsortiaOfOrganizationQuery,
  JoinConsortiumUseCase,
  LeaveConsortiumUseCase,
  MembersAsOfQuery,
} from '../application/membership/memberships.use-cases.js';
import { districtScopeOf } from '../application/organization/organizations.use-cases.js';
import { todayInShanghai } from '../domain/dates.js';
import {
  AsOfQueryDto,
  ConsortiumDto,
  ConsortiumPageDto,
  ConsortiumQueryDto,
  CorrectConsortiumDto,
  CreateConsortiumDto,
  DecisionDto,
  DecisionListDto,
  type DecisionRecordDto,
  DecisionResultDto,
  ExitDto,
  JoinDto,
  MembersDto,
  MembershipChangeDto,
  OfficialListDto,
  OrganizationConsortiaDto,
  RoleChangeDto,
} from './consortium.dto.js';

const decisionDto = (d: DecisionView): DecisionRecordDto => ({ ...d, decidedAt: d.decidedAt.toISOString() });
const SECRETARIAT_OF = { consortiumParam: 'consortiumId' } as const;
const CONSORTIUM_ETAG = {
  ETag: { description: 'Version of the consortium; send it back in If-Match to correct it', schema: { type: 'string', example: '"v2"' } },
};

@ApiTags('registry')
@ApiBearerAuth()
@UseInterceptors(LocalizedWarningsInterceptor)
@Controller('api/v1')
export class ConsortiaController {
  constructor(
    private readonly create: CreateConsortiumUseCase,
    private readonly correction: CorrectConsortiumUseCase,
    private readonly decide: DecideConsortiumUseCase,
    private readonly list: ListConsortiaQuery,
    private readonly get: GetConsortiumQuery,
    private readonly decisions: ListDecisionsQuery,
    private readonly officialList: OfficialListQuery,
    private readonly join: JoinConsortiumUseCase,
    private readonly leave: LeaveConsortiumUseCase,
    private readonly changeRole: ChangeMembershipRoleUseCase,
    private readonly members: MembersAsOfQuery,
    private readonly consortiaOf: ConsortiaOfOrganizationQuery,
  ) {}

  @Post('consortia')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({ summary: 'Register a consortium in preparation (筹建); it enters the official list by a decision' })
  @ApiCreatedResponse({ type: ConsortiumDto })
  @ApiProblems(400, 401, 403, 409, 422)
  register(@Body() body: CreateConsortiumDto): Promise<ConsortiumDto> {
    return this.create.execute(body);
  }

  @Get('consortia')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({ summary: 'Consortia with their state on a date; filters; cursor pages. District systems: those covering their district' })
  @ApiOkResponse({ type: ConsortiumPageDto })
  @ApiProblems(400, 401, 403)
  findAll(@Query() query: ConsortiumQueryDto, @CurrentActor() actor: Actor): Promise<ConsortiumPageDto> {
    return this.list.execute({ ...query, limit: query.limit ?? 50 }, districtScopeOf(actor));
  }

  @Get('consortia/:consortiumId')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOkResponse({ type: ConsortiumDto, headers: CONSORTIUM_ETAG })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'One consortium, as it stands (or as it stood on `asOf`)' })
  async findOne(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Query() query: AsOfQueryDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConsortiumDto> {
    const consortium = await this.get.execute(id, query.asOf, districtScopeOf(actor));
    void reply.header('etag', etagOf(consortium.version));
    return consortium;
  }

  @Patch('consortia/:consortiumId')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({
    summary: 'Correct the name, districts or industry cluster as registered (task force; audited); status and tier change only by decision. If-Match required',
  })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag of your last read; 428 without, 412 when the consortium changed since',
    example: '"v1"',
  })
  @ApiOkResponse({ type: ConsortiumDto, headers: CONSORTIUM_ETAG })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async correct(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Body() body: CorrectConsortiumDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ConsortiumDto> {
    const consortium = await this.correction.execute(id, ifMatch, body);
    void reply.header('etag', etagOf(consortium.version));
    return consortium;
  }

  @Post('consortia/:consortiumId/decisions')
  @Allow({ roles: ['taskforce'] })
  @ApiOperation({ summary: 'Decide a status or tier change (task force): recorded, applied in one transaction' })
  @ApiCreatedResponse({ type: DecisionResultDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async decideOn(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Body() body: DecisionDto,
    @CurrentActor() actor: Actor,
  ): Promise<DecisionResultDto> {
    const result = await this.decide.execute(id, body, actor);
    return { decision: decisionDto(result.decision), consortium: result.consortium };
  }

  @Get('consortia/:consortiumId/decisions')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], ...SECRETARIAT_OF })
  @ApiOkResponse({ type: DecisionListDto })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'The decisions about a consortium (status and tier changes), oldest first' })
  async history(@Param('consortiumId', new UuidParam('consortiumId')) id: string): Promise<DecisionListDto> {
    return { items: (await this.decisions.execute(id)).map(decisionDto) };
  }

  @Post('consortia/:consortiumId/memberships')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], ...SECRETARIAT_OF })
  @ApiOperation({ summary: 'An organization joins on a date; the answer carries composition warnings' })
  @ApiCreatedResponse({ type: MembershipChangeDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  joinConsortium(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: JoinDto): Promise<MembershipChangeDto> {
    return this.join.execute(id, body);
  }

  @Post('consortia/:consortiumId/memberships/:membershipId/exit')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], ...SECRETARIAT_OF })
  @ApiOperation({ summary: 'A membership ends on a date with a reason; the lead unit names a successor' })
  @ApiCreatedResponse({ type: MembershipChangeDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  exit(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Param('membershipId', new UuidParam('membershipId')) membershipId: string,
    @Body() body: ExitDto,
  ): Promise<MembershipChangeDto> {
    return this.leave.execute(id, membershipId, body);
  }

  @Post('consortia/:consortiumId/memberships/:membershipId/role-change')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], ...SECRETARIAT_OF })
  @ApiOperation({ summary: 'Change a member’s role from a date (closes one interval, opens the next)' })
  @ApiCreatedResponse({ type: MembershipChangeDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  roleChange(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Param('membershipId', new UuidParam('membershipId')) membershipId: string,
    @Body() body: RoleChangeDto,
  ): Promise<MembershipChangeDto> {
    return this.changeRole.execute(id, membershipId, body);
  }

  @Get('consortia/:consortiumId/members')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({ summary: 'Members on a date (default today), with the composition warnings of that day' })
  @ApiOkResponse({ type: MembersDto })
  @ApiProblems(400, 401, 403, 404)
  membersOf(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor): Promise<MembersDto> {
    return this.members.execute(id, query.asOf, districtScopeOf(actor));
  }

  @Get('organizations/:organizationId/consortia')
  @Allow({ roles: ['admin', 'taskforce', 'member'], organizationParam: 'organizationId', scopes: ['registry:read'] })
  @ApiOperation({ summary: 'The consortia an organization belonged to on a date' })
  @ApiOkResponse({ type: OrganizationConsortiaDto })
  @ApiProblems(400, 401, 403, 404)
  consortiaOfOrganization(
    @Param('organizationId', new UuidParam('organizationId')) id: string,
    @Query() query: AsOfQueryDto,
    @CurrentActor() actor: Actor,
  ): Promise<OrganizationConsortiaDto> {
    return this.consortiaOf.execute(id, query.asOf, districtScopeOf(actor));
  }

  @Get('official-list')
  @Public()
  @ApiOperation({ summary: '建设名单: the consortia on the official list on a date (default today); public' })
  @ApiOkResponse({ type: OfficialListDto })
  @ApiProblems(400)
  async official(@Query() query: AsOfQueryDto): Promise<OfficialListDto> {
    const asOf = query.asOf ?? todayInShanghai();
    return { asOf, items: await this.officialList.execute(asOf) };
  }
}
