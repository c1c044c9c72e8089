import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { Allow, ApiProblems, nullableEnum, UuidParam } from '#platform';
import { ListApplicationsQuery } from '../application/application/applications.use-cases.js';
import { MembershipHistoryQuery } from '../application/membership/membership-history.query.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../domain/application.js';
import { EXIT_REASONS, MEMBERSHIP_ROLES } from '../domain/membership.js';
import { ORGANIZATION_TYPES } from '../domain/organization.js';
import { toApplicationDto } from './applications.controller.js';
import { ApplicationDto } from './consortium.dto.js';

class MembershipHistoryQueryDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'one member unit’s intervals only' }) @IsOptional() @IsUUID() organizationId?: string;
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: ended intervals only (with their end reason); false: current and future ones only' })
  @IsOptional()
  @IsIn(['true', 'false'])
  ended?: 'true' | 'false';
}

class MembershipHistoryItemDto {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ description: '成员单位名称 (current name)' }) organizationName!: string;
  @ApiProperty({ example: '91500000202805720T' }) uscc!: string;
  @ApiProperty({ enum: ORGANIZATION_TYPES }) organizationType!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: string;
  @ApiProperty() isLead!: boolean;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'first day no longer a member in this interval (null: open)' }) validTo!:
    string | null;
  @ApiProperty({
    ...nullableEnum([...EXIT_REASONS, 'ROLE_CHANGE']),
    description:
      'why it ended: VOLUNTARY 主动退出, EXPELLED 除名, ADJUSTMENT 动态调整, DISSOLVED 解散, ROLE_CHANGE 角色变更 (the next interval carries on); null while open',
  })
  endReason!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the interval a role change continued' }) previousMembershipId!: string | null;
}

class MembershipHistoryDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ description: '联合体名称' }) consortiumName!: string;
  @ApiProperty({ type: [MembershipHistoryItemDto], description: 'newest start first, then by member name' }) items!: MembershipHistoryItemDto[];
}

class OrganizationApplicationQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: ApplicationStatus;
}

class OrganizationApplicationListDto {
  @ApiProperty({ type: [ApplicationDto], description: 'newest first (at most 500), names beside ids' }) items!: ApplicationDto[];
}

/** What a secretariat and a member unit read about their own memberships and applications. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1')
export class MemberRecordsController {
  constructor(
    private readonly history: MembershipHistoryQuery,
    private readonly applications: ListApplicationsQuery,
  ) {}

  @Get('consortia/:consortiumId/memberships')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: '成员变动记录: every membership interval of the consortium, current and ended, with the reason each ended; names beside ids' })
  @ApiOkResponse({ type: MembershipHistoryDto })
  @ApiProblems(400, 401, 403, 404)
  membershipHistory(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Query() query: MembershipHistoryQueryDto,
  ): Promise<MembershipHistoryDto> {
    return this.history.execute(id, { organizationId: query.organizationId, ended: query.ended === undefined ? undefined : query.ended === 'true' });
  }

  @Get('organizations/:organizationId/applications')
  @Allow({ roles: ['admin', 'taskforce', 'member'], organizationParam: 'organizationId' })
  @ApiOperation({
    summary: 'A member unit’s own membership applications in every consortium (join, exit, role change, expulsion), with their state and the consortium’s name',
  })
  @ApiOkResponse({ type: OrganizationApplicationListDto })
  @ApiProblems(400, 401, 403, 404)
  async applicationsOf(
    @Param('organizationId', new UuidParam('organizationId')) id: string,
    @Query() query: OrganizationApplicationQueryDto,
  ): Promise<OrganizationApplicationListDto> {
    const items = await this.applications.ofOrganization(id, query.status);
    return { items: items.map((a) => ({ ...toApplicationDto(a), consortiumName: a.consortiumName, organizationName: a.organizationName })) };
  }
}
