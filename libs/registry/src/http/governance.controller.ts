import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { type Actor, Allow, ApiProblems, CurrentActor, IsCalendarDate, ROLES, UuidParam } from '#platform';
import { GetGovernanceQuery, GovernanceUseCases } from '../application/governance/governance.use-cases.js';
import { districtScopeOf } from '../application/organization/organizations.use-cases.js';
import {
  COUNCIL_POSITIONS,
  type CouncilPosition,
  DELEGATED_POWER_ITEMS,
  type DelegatedPowerItem,
  PLATFORM_SERVICES,
  type PlatformService,
} from '../domain/governance.js';
import { AsOfQueryDto } from './consortium.dto.js';

class SeatDto {
  @ApiProperty({ format: 'uuid', description: 'the member unit the person represents' }) @IsUUID() organizationId!: string;
  @ApiProperty({ example: '张某（演示）' }) @IsString() @Length(1, 64) personName!: string;
  @ApiProperty({ enum: COUNCIL_POSITIONS, description: '理事长 / 副理事长 / 理事 / 监事' }) @IsIn(COUNCIL_POSITIONS) position!: CouncilPosition;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) @IsCalendarDate() termStart!: string;
}

class EndSeatDto {
  @ApiProperty({ format: 'date', example: '2028-12-31' }) @IsCalendarDate() termEnd!: string;
}

class ResolutionDto {
  @ApiProperty({ example: '理事会决议〔2026〕1号' }) @IsString() @Length(1, 64) number!: string;
  @ApiProperty({ format: 'date', example: '2026-03-15' }) @IsCalendarDate() adoptedOn!: string;
  @ApiProperty({ example: '关于吸收新成员单位的决议' }) @IsString() @Length(1, 256) title!: string;
  @ApiProperty() @IsString() @Length(1, 20_000) text!: string;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1000) votesFor!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1000) votesAgainst!: number;
  @ApiProperty({ minimum: 0 }) @IsInt() @Min(0) @Max(1000) abstentions!: number;
}

class SecretariatDto {
  @ApiProperty({ format: 'uuid', description: 'host unit (挂靠单位), a current member' }) @IsUUID() hostOrganizationId!: string;
  @ApiProperty({ example: '李某（演示）' }) @IsString() @Length(1, 64) secretaryGeneral!: string;
}

class PlatformDto {
  @ApiProperty({ format: 'uuid', description: 'operator unit, a current member (often a company)' }) @IsUUID() operatorOrganizationId!: string;
  @ApiProperty({ description: '独立法人 (实体化运行)' }) @IsBoolean() independentLegalEntity!: boolean;
  @ApiProperty({ enum: PLATFORM_SERVICES, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(PLATFORM_SERVICES.length)
  @IsIn(PLATFORM_SERVICES, { each: true })
  services!: PlatformService[];
}

class PowerDto {
  @ApiProperty({ enum: DELEGATED_POWER_ITEMS }) @IsIn(DELEGATED_POWER_ITEMS) item!: DelegatedPowerItem;
  @ApiProperty({ example: '永川区人民政府' }) @IsString() @Length(1, 128) grantedBy!: string;
  @ApiProperty({ format: 'date', example: '2024-03-01' }) @IsCalendarDate() grantedOn!: string;
  @ApiProperty({ example: '区级专项资金的项目评审与分配' }) @IsString() @Length(1, 1000) scope!: string;
}

class GovernanceDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ description: 'seats in office on asOf, and resolutions (newest first)' }) council!: object;
  @ApiPropertyOptional({ nullable: true, type: Object }) secretariat!: object | null;
  @ApiPropertyOptional({ nullable: true, type: Object }) operationsPlatform!: object | null;
  @ApiProperty({ type: [Object] }) delegatedPowers!: object[];
}

const MANAGERS = { roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' } as const;

/** 三级组织管理架构 (DESIGN §2.4): 理事会, 秘书处, 运营平台, and 赋权清单. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1/consortia/:consortiumId')
export class GovernanceController {
  constructor(
    private readonly governance: GovernanceUseCases,
    private readonly read: GetGovernanceQuery,
  ) {}

  @Get('governance')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({ summary: 'Council seats (as of a date) and resolutions, secretariat, operations platform, delegated powers' })
  @ApiOkResponse({ type: GovernanceDto })
  @ApiProblems(400, 401, 403, 404)
  get(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor) {
    return this.read.execute(id, query.asOf, districtScopeOf(actor));
  }

  @Post('council-seats')
  @Allow(MANAGERS)
  @ApiCreatedResponse({ description: 'the seat' })
  @ApiProblems(400, 401, 403, 404, 422)
  seat(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: SeatDto) {
    return this.governance.recordSeat(id, body);
  }

  @Post('council-seats/:seatId/end')
  @Allow(MANAGERS)
  @ApiCreatedResponse({ description: 'the seat, with its term end' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  endSeat(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Param('seatId', new UuidParam('seatId')) seatId: string, @Body() body: EndSeatDto) {
    return this.governance.endSeat(id, seatId, body.termEnd);
  }

  @Post('resolutions')
  @Allow(MANAGERS)
  @ApiCreatedResponse({ description: 'the resolution (决议)' })
  @ApiProblems(400, 401, 403, 404, 409)
  resolution(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: ResolutionDto) {
    return this.governance.recordResolution(id, body);
  }

  @Put('secretariat')
  @Allow(MANAGERS)
  @ApiOkResponse({ description: 'the secretariat (秘书处)' })
  @ApiProblems(400, 401, 403, 404, 422)
  secretariat(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: SecretariatDto) {
    return this.governance.setSecretariat(id, body);
  }

  @Put('operations-platform')
  @Allow(MANAGERS)
  @ApiOkResponse({ description: 'the operations platform (运营平台)' })
  @ApiProblems(400, 401, 403, 404, 422)
  platform(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: PlatformDto) {
    return this.governance.setPlatform(id, body);
  }

  @Post('delegated-powers')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiCreatedResponse({ description: 'the delegated power (赋权清单 item)' })
  @ApiProblems(400, 401, 403, 404)
  power(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: PowerDto) {
    return this.governance.grantPower(id, body);
  }
}
