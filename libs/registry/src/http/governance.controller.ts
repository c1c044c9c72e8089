import { Body, Controller, Get, Headers, Param, Patch, Post, Put, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBearerAuth,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiResponse,
  ApiTags,
} from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, Min } from 'class-validator';
import { type Actor, Allow, ApiProblems, CurrentActor, etagOf, ifNoneMatchHits, IsCalendarDate, ROLES, UuidParam, IsName, weakEtagOf } from '#platform';
import { GetGovernanceQuery, GovernanceUseCases, ListDelegatedPowersQuery } from '../application/governance/governance.use-cases.js';
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
  @ApiProperty({ example: '张某（演示）' }) @IsString() @IsName({ max: 64 }) personName!: string;
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
  @ApiProperty({ example: '李某（演示）' }) @IsString() @IsName({ max: 64 }) secretaryGeneral!: string;
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-01-01',
    description: 'from when this secretariat is in office (default today); the previous one ends that day',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string;
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
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-01-01',
    description: 'from when this platform set-up holds (default today); the previous one ends that day',
  })
  @IsOptional()
  @IsCalendarDate()
  effectiveFrom?: string;
}

class PowerDto {
  @ApiProperty({ enum: DELEGATED_POWER_ITEMS }) @IsIn(DELEGATED_POWER_ITEMS) item!: DelegatedPowerItem;
  @ApiProperty({ example: '永川区人民政府' }) @IsString() @Length(1, 128) grantedBy!: string;
  @ApiProperty({ format: 'date', example: '2024-03-01' }) @IsCalendarDate() grantedOn!: string;
  @ApiProperty({ example: '区级专项资金的项目评审与分配' }) @IsString() @Length(1, 1000) scope!: string;
}

class RevokePowerDto {
  @ApiProperty({ format: 'date', example: '2026-06-30', description: 'the first day the power is no longer held; after the grant, not after today' })
  @IsCalendarDate()
  revokedOn!: string;
  @ApiProperty({ example: '区政府收回项目评审权' }) @IsString() @Length(1, 1000) reason!: string;
}

class CorrectPowerDto {
  @ApiPropertyOptional({ example: '永川区人民政府' }) @IsOptional() @IsString() @Length(1, 128) grantedBy?: string;
  @ApiPropertyOptional({ format: 'date', example: '2024-03-01' }) @IsOptional() @IsCalendarDate() grantedOn?: string;
  @ApiPropertyOptional({ example: '区级专项资金的项目评审与分配' }) @IsOptional() @IsString() @Length(1, 1000) scope?: string;
}

class DelegatedPowerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DELEGATED_POWER_ITEMS }) item!: DelegatedPowerItem;
  @ApiProperty() grantedBy!: string;
  @ApiProperty({ example: '2024-03-01' }) grantedOn!: string;
  @ApiProperty() scope!: string;
  @ApiProperty({ nullable: true, type: String, description: 'first day no longer held' }) revokedOn!: string | null;
  @ApiProperty({ nullable: true, type: String }) revocationReason!: string | null;
  @ApiProperty({ description: 'the ETag is "v<version>"' }) version!: number;
}

class DelegatedPowersQueryDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2026-03-31',
    description: 'only the powers in force that day; leave out for the whole register, revoked grants included',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

/** A council seat (理事会席位): who holds it for which member unit, and its term. */
class CouncilSeatDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid', description: 'the member unit the person represents' }) organizationId!: string;
  @ApiProperty() personName!: string;
  @ApiProperty({ enum: COUNCIL_POSITIONS }) position!: CouncilPosition;
  @ApiProperty({ format: 'date' }) termStart!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'first day out of office; null while the term is open' }) termEnd!: string | null;
}

/** A council resolution (决议) as recorded. */
class CouncilResolutionDto extends ResolutionDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
}

class CouncilDto {
  @ApiProperty({ type: [CouncilSeatDto], description: 'seats in office on asOf' }) seats!: CouncilSeatDto[];
  @ApiProperty({ type: [CouncilResolutionDto], description: 'adopted on or before asOf, newest first' }) resolutions!: CouncilResolutionDto[];
}

/** One version of the secretariat (秘书处), in force over [validFrom, validTo). */
class SecretariatVersionDto {
  @ApiProperty({ format: 'uuid' }) hostOrganizationId!: string;
  @ApiProperty() secretaryGeneral!: string;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'first day no longer in office; null while current' }) validTo!: string | null;
  @ApiProperty({ description: 'the ETag is "v<version>"' }) version!: number;
}

/** One version of the operations platform (运营平台), in force over [validFrom, validTo). */
class PlatformVersionDto {
  @ApiProperty({ format: 'uuid' }) operatorOrganizationId!: string;
  @ApiProperty() independentLegalEntity!: boolean;
  @ApiProperty({ enum: PLATFORM_SERVICES, isArray: true }) services!: PlatformService[];
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'first day no longer in force; null while current' }) validTo!: string | null;
  @ApiProperty({ description: 'the ETag is "v<version>"' }) version!: number;
}

class GovernanceDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ type: CouncilDto }) council!: CouncilDto;
  @ApiProperty({ type: SecretariatVersionDto, nullable: true, description: 'the version in force on asOf' }) secretariat!: SecretariatVersionDto | null;
  @ApiProperty({ type: PlatformVersionDto, nullable: true, description: 'the version in force on asOf' }) operationsPlatform!: PlatformVersionDto | null;
  @ApiProperty({ type: [DelegatedPowerDto], description: 'the powers in force on asOf' }) delegatedPowers!: DelegatedPowerDto[];
}

const POWER_ETAG = { ETag: { description: 'Version of the grant; send it back in If-Match to correct it', schema: { type: 'string', example: '"v2"' } } };

const MANAGERS = { roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' } as const;

/** 三级组织管理架构 (DESIGN §2.4): 理事会, 秘书处, 运营平台, and 赋权清单. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1/consortia/:consortiumId')
export class GovernanceController {
  constructor(
    private readonly governance: GovernanceUseCases,
    private readonly read: GetGovernanceQuery,
    private readonly powers: ListDelegatedPowersQuery,
  ) {}

  @Get('governance')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({
    summary:
      'Council seats (as of a date) and resolutions, secretariat, operations platform, delegated powers. A weak ETag over the whole read answers If-None-Match with 304; it is not an If-Match of any part: a PUT or PATCH of a part sends that part’s "v<version>"',
  })
  @ApiHeader({
    name: 'If-None-Match',
    required: false,
    description: 'The ETag of your last read of this governance (same asOf): 304 when nothing changed',
    example: 'W/"c-…"',
  })
  @ApiOkResponse({ type: GovernanceDto, headers: { ETag: { description: 'Weak ETag of this read (every part, as of the date)', schema: { type: 'string' } } } })
  @ApiResponse({ status: 304, description: 'Not Modified: the If-None-Match ETag still matches the read' })
  @ApiProblems(400, 401, 403, 404)
  async get(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Query() query: AsOfQueryDto,
    @CurrentActor() actor: Actor,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const governance = await this.read.execute(id, query.asOf, districtScopeOf(actor));
    const etag = weakEtagOf(governance);
    void reply.header('etag', etag);
    if (!ifNoneMatchHits(ifNoneMatch, etag)) return governance;
    void reply.status(304);
    return undefined;
  }

  @Post('council-seats')
  @Allow(MANAGERS)
  @ApiCreatedResponse({ type: CouncilSeatDto, description: 'the seat' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiOperation({ summary: 'Seat a member unit’s representative on the council (理事会)' })
  seat(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: SeatDto) {
    return this.governance.recordSeat(id, body);
  }

  @Post('council-seats/:seatId/end')
  @Allow(MANAGERS)
  @ApiCreatedResponse({ type: CouncilSeatDto, description: 'the seat, with its term end' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOperation({ summary: 'End a council seat’s term' })
  endSeat(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Param('seatId', new UuidParam('seatId')) seatId: string,
    @Body() body: EndSeatDto,
  ) {
    return this.governance.endSeat(id, seatId, body.termEnd);
  }

  @Post('resolutions')
  @Allow(MANAGERS)
  @ApiCreatedResponse({ type: CouncilResolutionDto, description: 'the resolution (决议)' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOperation({ summary: 'Record a council resolution (决议)' })
  resolution(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: ResolutionDto) {
    return this.governance.recordResolution(id, body);
  }

  @Put('secretariat')
  @Allow(MANAGERS)
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required to change an existing secretariat: "v<version>" of your last read (428 without, 412 when stale)',
    example: '"v1"',
  })
  @ApiOperation({ summary: 'Set the consortium’s secretariat (秘书处) from a date' })
  @ApiOkResponse({ type: SecretariatVersionDto, description: 'the secretariat (秘书处) version now in force or to come' })
  @ApiProblems(400, 401, 403, 404, 412, 422, 428)
  async secretariat(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Body() body: SecretariatDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.governance.setSecretariat(id, body, ifMatch);
    void reply.header('etag', etagOf(result.version));
    return result;
  }

  @Put('operations-platform')
  @Allow(MANAGERS)
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required to change an existing platform: "v<version>" of your last read (428 without, 412 when stale)',
    example: '"v1"',
  })
  @ApiOperation({ summary: 'Set the consortium’s operations platform (运营平台) from a date' })
  @ApiOkResponse({ type: PlatformVersionDto, description: 'the operations platform (运营平台) version now in force or to come' })
  @ApiProblems(400, 401, 403, 404, 412, 422, 428)
  async platform(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Body() body: PlatformDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.governance.setPlatform(id, body, ifMatch);
    void reply.header('etag', etagOf(result.version));
    return result;
  }

  @Post('delegated-powers')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiCreatedResponse({ type: DelegatedPowerDto, description: 'the delegated power (赋权清单 item)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOperation({ summary: 'Record a delegated power (赋权清单 item)' })
  power(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Body() body: PowerDto) {
    return this.governance.grantPower(id, body);
  }

  @Get('delegated-powers')
  @Allow({ roles: ROLES, scopes: ['registry:read'] })
  @ApiOperation({ summary: '赋权清单 of the consortium: the whole register, or the powers in force on asOf' })
  @ApiOkResponse({ type: [DelegatedPowerDto] })
  @ApiProblems(400, 401, 403, 404)
  listPowers(@Param('consortiumId', new UuidParam('consortiumId')) id: string, @Query() query: DelegatedPowersQueryDto, @CurrentActor() actor: Actor) {
    return this.powers.ofConsortium(id, query.asOf, districtScopeOf(actor));
  }

  @Post('delegated-powers/:powerId/revocation')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({ summary: 'Revoke a delegated power from a date; the grant stays on record' })
  @ApiCreatedResponse({ type: DelegatedPowerDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  revokePower(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Param('powerId', new UuidParam('powerId')) powerId: string,
    @Body() body: RevokePowerDto,
  ) {
    return this.governance.revokePower(id, powerId, body);
  }

  @Patch('delegated-powers/:powerId')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({ summary: 'Correct how a grant was recorded (grantor, date, scope); If-Match required' })
  @ApiHeader({ name: 'If-Match', required: true, description: 'The ETag ("v<version>") of your last read; 428 without, 412 when stale', example: '"v1"' })
  @ApiOkResponse({ type: DelegatedPowerDto, headers: POWER_ETAG })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async correctPower(
    @Param('consortiumId', new UuidParam('consortiumId')) id: string,
    @Param('powerId', new UuidParam('powerId')) powerId: string,
    @Body() body: CorrectPowerDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const result = await this.governance.correctPower(id, powerId, ifMatch, body);
    void reply.header('etag', etagOf(result.version));
    return result;
  }
}

class CityPowersQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31', description: 'a date (Asia/Shanghai); default today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
  @ApiPropertyOptional({ enum: DELEGATED_POWER_ITEMS }) @IsOptional() @IsIn(DELEGATED_POWER_ITEMS) item?: DelegatedPowerItem;
}

class CityPowerDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() consortiumName!: string;
  @ApiProperty({ type: [String] }) districtCodes!: string[];
  @ApiProperty({ enum: DELEGATED_POWER_ITEMS }) item!: DelegatedPowerItem;
  @ApiProperty() grantedBy!: string;
  @ApiProperty() grantedOn!: string;
  @ApiProperty() scope!: string;
}

class CityPowersDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [CityPowerDto] }) items!: CityPowerDto[];
}

/** 赋权清单 across the city: which consortium holds which power on a date. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1/delegated-powers')
export class DelegatedPowersController {
  constructor(private readonly powers: ListDelegatedPowersQuery) {}

  @Get()
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['registry:read'] })
  @ApiOperation({ summary: 'Powers in force on asOf (default today) across consortia, by item; a district system sees its districts’ consortia' })
  @ApiOkResponse({ type: CityPowersDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: CityPowersQueryDto, @CurrentActor() actor: Actor) {
    return this.powers.cityWide(query, districtScopeOf(actor));
  }
}
