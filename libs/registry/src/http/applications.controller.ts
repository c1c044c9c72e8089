import { Body, Controller, Get, Param, Post, Query, UseInterceptors } from '@nestjs/common';
import { LocalizedWarningsInterceptor } from './localized-warnings.interceptor.js';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, ApiProblems, CurrentActor, DomainError, UuidParam } from '#platform';
import {
  type ApplicationView,
  ListApplicationsQuery,
  SubmitApplicationUseCase,
  TransitionApplicationUseCase,
} from '../application/application/applications.use-cases.js';
import type { MembershipChange } from '../application/membership/memberships.use-cases.js';
import { ApplicationDecisionDto, ApplicationDto, ApplicationListDto, ApplicationQueryDto, SubmitApplicationDto } from './consortium.dto.js';

export const toApplicationDto = (a: ApplicationView & { change?: MembershipChange }): ApplicationDto => ({
  id: a.id,
  consortiumId: a.consortiumId,
  consortiumName: a.consortiumName,
  organizationId: a.organizationId,
  organizationName: a.organizationName,
  kind: a.kind,
  requestedRole: a.requestedRole,
  exitReason: a.exitReason,
  effectiveOn: a.effectiveOn,
  statement: a.statement,
  status: a.status,
  submittedBy: a.submittedBy,
  submittedAt: a.submittedAt.toISOString(),
  decidedBy: a.decidedBy,
  decidedAt: a.decidedAt?.toISOString() ?? null,
  resolutionRef: a.resolutionRef,
  decisionNote: a.decisionNote,
  membershipId: a.membershipId,
  successorOrganizationId: a.successorOrganizationId,
  successorOrganizationName: a.successorOrganizationName,
  ...(a.change ? { warnings: a.change.warnings } : {}),
});

const STAFF = { roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' } as const;
const APPLICATION = (name: string) => new UuidParam(name);

/**
 * 成员动态调整 (DESIGN §2.5): SUBMITTED → UNDER_REVIEW (secretariat) → APPROVED (citing a council
 * resolution; the membership changes on the effective date) or REJECTED (with a reason);
 * WITHDRAWN by the applicant before a decision.
 */
@ApiTags('registry')
@ApiBearerAuth()
@UseInterceptors(LocalizedWarningsInterceptor)
@Controller('api/v1/consortia/:consortiumId/applications')
export class ApplicationsController {
  constructor(
    private readonly submit: SubmitApplicationUseCase,
    private readonly transition: TransitionApplicationUseCase,
    private readonly list: ListApplicationsQuery,
  ) {}

  @Post()
  @Allow({ roles: ['admin', 'taskforce', 'secretariat', 'member'], consortiumParam: 'consortiumId', scopes: ['registry:write'] })
  @ApiOperation({
    summary:
      'File an application (member units: for their own organization; district systems: for organizations of their district; EXPEL: secretariat and task force)',
  })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async file(
    @Param('consortiumId', APPLICATION('consortiumId')) consortiumId: string,
    @Body() body: SubmitApplicationDto,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.submit.execute(consortiumId, body, actor));
  }

  @Get()
  @Allow(STAFF)
  @ApiOkResponse({ type: ApplicationListDto })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'The membership applications of a consortium' })
  async findAll(@Param('consortiumId', APPLICATION('consortiumId')) consortiumId: string, @Query() query: ApplicationQueryDto): Promise<ApplicationListDto> {
    return { items: (await this.list.execute(consortiumId, query.status)).map(toApplicationDto) };
  }

  @Post(':applicationId/review')
  @Allow(STAFF)
  @ApiOperation({ summary: 'Take a submitted application under review (secretariat)' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async review(
    @Param('consortiumId', APPLICATION('consortiumId')) consortiumId: string,
    @Param('applicationId', APPLICATION('applicationId')) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.transition.execute(consortiumId, id, { to: 'UNDER_REVIEW' }, actor));
  }

  @Post(':applicationId/decision')
  @Allow(STAFF)
  @ApiOperation({ summary: 'Approve (citing the council resolution) or reject (with a reason); of two concurrent decisions one wins, the other gets 409' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  async decide(
    @Param('consortiumId', APPLICATION('consortiumId')) consortiumId: string,
    @Param('applicationId', APPLICATION('applicationId')) id: string,
    @Body() body: ApplicationDecisionDto,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationDto> {
    if (body.outcome === 'REJECTED' && !body.note) {
      throw new DomainError('INVALID', 'REJECTION_REASON_REQUIRED', 'A rejection says why', [
        { field: 'note', code: 'REQUIRED', message: 'note is required to reject' },
      ]);
    }
    const transition =
      body.outcome === 'APPROVED'
        ? { to: 'APPROVED' as const, resolutionRef: body.resolutionRef ?? '', note: body.note, successorOrganizationId: body.successorOrganizationId }
        : { to: 'REJECTED' as const, note: body.note! };
    return toApplicationDto(await this.transition.execute(consortiumId, id, transition, actor));
  }

  @Post(':applicationId/withdraw')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat', 'member'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: 'Withdraw an application before it is decided (member units: their own organization’s)' })
  @ApiCreatedResponse({ type: ApplicationDto })
  @ApiProblems(400, 401, 403, 404, 409)
  async withdraw(
    @Param('consortiumId', APPLICATION('consortiumId')) consortiumId: string,
    @Param('applicationId', APPLICATION('applicationId')) id: string,
    @CurrentActor() actor: Actor,
  ): Promise<ApplicationDto> {
    return toApplicationDto(await this.transition.execute(consortiumId, id, { to: 'WITHDRAWN' }, actor));
  }
}
