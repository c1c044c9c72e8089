import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { nullableEnum } from '#platform';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { IsCalendarDate } from '#platform';
import { CONSORTIUM_KINDS, CONSORTIUM_STATUSES, type ConsortiumKind, type ConsortiumStatus, type Tier, TIERS } from '../domain/consortium.js';
import { APPLICATION_KINDS, APPLICATION_STATUSES, type ApplicationKind, type ApplicationStatus } from '../domain/application.js';
import { EXIT_REASONS, type ExitReason, MEMBERSHIP_ROLES, type MembershipRole } from '../domain/membership.js';
import { IsName } from '#platform';

export class CreateConsortiumDto {
  @ApiProperty({ example: '重庆市智能网联新能源汽车产教联合体' }) @IsString() @IsName({ min: 2, max: 128 }) name!: string;
  @ApiProperty({ enum: CONSORTIUM_KINDS }) @IsIn(CONSORTIUM_KINDS) kind!: ConsortiumKind;
  @ApiProperty({ enum: TIERS }) @IsIn(TIERS) tier!: Tier;
  @ApiProperty({ example: ['500118'], description: 'GB/T 2260 codes; several for a cross-region consortium' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^\d{6}$/, { each: true, message: 'each districtCodes entry must be 6 digits' })
  districtCodes!: string[];
  @ApiPropertyOptional({ example: 'ICV-NEV', nullable: true, type: String }) @IsOptional() @IsString() @MaxLength(32) clusterCode?: string | null;
  @ApiProperty({ format: 'date', example: '2023-10-27' }) @IsCalendarDate() establishedOn!: string;
}

export class CorrectConsortiumDto {
  @ApiPropertyOptional({ example: '重庆市智能网联新能源汽车产教联合体' })
  @ValidateIf((_, v) => v !== undefined)
  @IsString()
  @IsName({ max: 128 })
  @Length(2, 128)
  name?: string;
  @ApiPropertyOptional({ example: ['500118'], description: 'GB/T 2260 codes; several for a cross-region consortium' })
  @ValidateIf((_, v) => v !== undefined)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @Matches(/^\d{6}$/, { each: true, message: 'each districtCodes entry must be 6 digits' })
  districtCodes?: string[];
  @ApiPropertyOptional({ example: 'ICV-NEV', nullable: true, type: String, description: 'null clears it' })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  clusterCode?: string | null;
  @ApiProperty({ example: '登记时区县代码录入错误', description: 'why the record was wrong' }) @IsString() @Length(2, 2000) reason!: string;
}

export class ConsortiumDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: CONSORTIUM_KINDS }) kind!: ConsortiumKind;
  @ApiProperty({ type: [String] }) districtCodes!: string[];
  @ApiProperty({ nullable: true, type: String }) clusterCode!: string | null;
  @ApiProperty() establishedOn!: string;
  @ApiProperty({ enum: CONSORTIUM_STATUSES }) status!: ConsortiumStatus;
  @ApiProperty({ enum: TIERS }) tier!: Tier;
  @ApiProperty({ enum: ['L1', 'L2', 'L3'] }) level!: string;
  @ApiProperty({ description: 'start of the current status/tier period' }) since!: string;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) leadOrganizationId!: string | null;
  @ApiProperty({ type: [String], description: '联合牵头单位 on that date' }) coLeadOrganizationIds!: string[];
  @ApiProperty() version!: number;
}

export class ConsortiumPageDto {
  @ApiProperty({ type: [ConsortiumDto] }) items!: ConsortiumDto[];
  @ApiProperty({ nullable: true, type: String }) nextCursor!: string | null;
}

export class AsOfQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-03-31', description: 'a date (Asia/Shanghai); default today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
}

export class ConsortiumQueryDto extends AsOfQueryDto {
  @ApiPropertyOptional({ example: '汽车' }) @IsOptional() @IsString() @Length(1, 64) nameContains?: string;
  @ApiPropertyOptional({ enum: TIERS }) @IsOptional() @IsIn(TIERS) tier?: Tier;
  @ApiPropertyOptional({ enum: CONSORTIUM_STATUSES }) @IsOptional() @IsIn(CONSORTIUM_STATUSES) status?: ConsortiumStatus;
  @ApiPropertyOptional({ enum: CONSORTIUM_KINDS }) @IsOptional() @IsIn(CONSORTIUM_KINDS) kind?: ConsortiumKind;
  @ApiPropertyOptional({ example: '500118' }) @IsOptional() @Matches(/^\d{6}$/) districtCode?: string;
  @ApiPropertyOptional({ example: 'ICV-NEV' }) @IsOptional() @IsString() @MaxLength(32) clusterCode?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(512) after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class DecisionDto {
  @ApiPropertyOptional({ enum: CONSORTIUM_STATUSES }) @IsOptional() @IsIn(CONSORTIUM_STATUSES) toStatus?: ConsortiumStatus;
  @ApiPropertyOptional({ enum: TIERS }) @IsOptional() @IsIn(TIERS) toTier?: Tier;
  @ApiProperty({ format: 'date', example: '2026-07-01' }) @IsCalendarDate() effectiveOn!: string;
  @ApiProperty({ example: '连续两个季度位列本层级后10%' }) @IsString() @Length(2, 2000) reason!: string;
  @ApiPropertyOptional({ example: 'adjustment-rules@1#rule-1' }) @IsOptional() @IsString() @MaxLength(128) ruleRef?: string;
  @ApiPropertyOptional({ example: '2026Q2' }) @IsOptional() @IsString() @MaxLength(64) roundRef?: string;
  @ApiPropertyOptional({ enum: CONSORTIUM_STATUSES, description: 'the status you decided on; 409 STALE_DECISION if it changed meanwhile' })
  @IsOptional()
  @IsIn(CONSORTIUM_STATUSES)
  expectedStatus?: ConsortiumStatus;
}

export class DecisionRecordDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty(nullableEnum(CONSORTIUM_STATUSES)) fromStatus!: string | null;
  @ApiProperty({ enum: CONSORTIUM_STATUSES }) toStatus!: string;
  @ApiProperty(nullableEnum(TIERS)) fromTier!: string | null;
  @ApiProperty({ enum: TIERS }) toTier!: string;
  @ApiProperty() effectiveOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ nullable: true, type: String }) ruleRef!: string | null;
  @ApiProperty({ nullable: true, type: String }) roundRef!: string | null;
  @ApiProperty() decidedBy!: string;
  @ApiProperty({ format: 'date-time' }) decidedAt!: string;
}

export class DecisionResultDto {
  @ApiProperty({ type: DecisionRecordDto }) decision!: DecisionRecordDto;
  @ApiProperty({ type: ConsortiumDto }) consortium!: ConsortiumDto;
}

export class DecisionListDto {
  @ApiProperty({ type: [DecisionRecordDto] }) items!: DecisionRecordDto[];
}

export class JoinDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) @IsIn(MEMBERSHIP_ROLES) role!: MembershipRole;
  @ApiPropertyOptional({ description: '牵头单位' }) @IsOptional() @IsBoolean() isLead?: boolean;
  @ApiPropertyOptional({ description: '联合牵头单位' }) @IsOptional() @IsBoolean() isCoLead?: boolean;
  @ApiPropertyOptional({ description: '秘书处挂靠单位' }) @IsOptional() @IsBoolean() isSecretariatHost?: boolean;
  @ApiPropertyOptional({ description: '运营平台运营方' }) @IsOptional() @IsBoolean() isPlatformOperator?: boolean;
  @ApiProperty({ format: 'date', example: '2026-01-01' }) @IsCalendarDate() validFrom!: string;
}

export class ExitDto {
  @ApiProperty({ format: 'date', example: '2026-07-01', description: 'first day no longer a member' }) @IsCalendarDate() effectiveOn!: string;
  @ApiProperty({ enum: EXIT_REASONS }) @IsIn(EXIT_REASONS) reason!: ExitReason;
  @ApiPropertyOptional({ format: 'uuid', description: 'required when the lead unit leaves' }) @IsOptional() @IsUUID() successorMembershipId?: string;
}

export class RoleChangeDto {
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) @IsIn(MEMBERSHIP_ROLES) role!: MembershipRole;
  @ApiProperty({ format: 'date', example: '2026-07-01' }) @IsCalendarDate() effectiveOn!: string;
}

export class CompositionWarningDto {
  @ApiProperty({ example: 'NO_SCHOOL' }) code!: string;
  @ApiProperty() message!: string;
}

export class MembershipDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: string;
  @ApiProperty() isLead!: boolean;
  @ApiProperty() isCoLead!: boolean;
  @ApiProperty() isSecretariatHost!: boolean;
  @ApiProperty() isPlatformOperator!: boolean;
  @ApiProperty() validFrom!: string;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
  @ApiProperty({ nullable: true, type: String }) endReason!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) previousId!: string | null;
}

export class MembershipChangeDto {
  @ApiProperty({ type: MembershipDto }) membership!: MembershipDto;
  @ApiProperty({ type: [CompositionWarningDto] }) warnings!: CompositionWarningDto[];
}

export class MemberDto {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty() organizationType!: string;
  @ApiProperty() uscc!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: string;
  @ApiProperty() isLead!: boolean;
  @ApiProperty() isCoLead!: boolean;
  @ApiProperty() isSecretariatHost!: boolean;
  @ApiProperty() isPlatformOperator!: boolean;
  @ApiProperty() validFrom!: string;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
}

export class MembersDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [MemberDto] }) members!: MemberDto[];
  @ApiProperty({ type: [CompositionWarningDto] }) warnings!: CompositionWarningDto[];
}

export class OrganizationConsortiumDto {
  @ApiProperty({ format: 'uuid' }) membershipId!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() consortiumName!: string;
  @ApiProperty({ enum: MEMBERSHIP_ROLES }) role!: string;
  @ApiProperty() isLead!: boolean;
  @ApiProperty() validFrom!: string;
  @ApiProperty({ nullable: true, type: String }) validTo!: string | null;
}

export class OrganizationConsortiaDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [OrganizationConsortiumDto] }) consortia!: OrganizationConsortiumDto[];
}

export class OfficialListEntryDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TIERS }) tier!: string;
  @ApiProperty({ enum: ['L1', 'L2', 'L3'] }) level!: string;
  @ApiProperty({ enum: ['ACTIVE', 'WARNED', 'PROBATION'] }) status!: string;
  @ApiProperty({ type: [String] }) districtCodes!: string[];
  @ApiProperty() since!: string;
}

export class OfficialListDto {
  @ApiProperty() asOf!: string;
  @ApiProperty({ type: [OfficialListEntryDto] }) items!: OfficialListEntryDto[];
}

export class SubmitApplicationDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() organizationId!: string;
  @ApiProperty({ enum: APPLICATION_KINDS }) @IsIn(APPLICATION_KINDS) kind!: ApplicationKind;
  @ApiPropertyOptional({ enum: MEMBERSHIP_ROLES, description: 'JOIN and ROLE_CHANGE' }) @IsOptional() @IsIn(MEMBERSHIP_ROLES) requestedRole?: MembershipRole;
  @ApiPropertyOptional({ enum: EXIT_REASONS, description: 'EXIT and EXPEL' }) @IsOptional() @IsIn(EXIT_REASONS) exitReason?: ExitReason;
  @ApiProperty({ format: 'date', example: '2026-07-01' }) @IsCalendarDate() effectiveOn!: string;
  @ApiPropertyOptional({ example: '申请加入理事会' }) @IsOptional() @IsString() @MaxLength(4000) statement?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'EXIT / EXPEL of the lead unit (牵头单位): the member that takes over as lead unit' })
  @IsOptional()
  @IsUUID()
  successorOrganizationId?: string;
}

export class ApplicationDecisionDto {
  @ApiProperty({ enum: ['APPROVED', 'REJECTED'] }) @IsIn(['APPROVED', 'REJECTED']) outcome!: 'APPROVED' | 'REJECTED';
  @ApiPropertyOptional({
    example: '理事会决议〔2026〕3号',
    description: 'required to approve: the number of a resolution recorded in the council’s resolutions',
  })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  resolutionRef?: string;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'approving the lead unit’s EXIT / EXPEL: the member that takes over as lead unit (replaces the one the application named)',
  })
  @IsOptional()
  @IsUUID()
  successorOrganizationId?: string;
  @ApiPropertyOptional({ description: 'required to reject: the reason' }) @IsOptional() @IsString() @Length(1, 4000) note?: string;
}

export class ApplicationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ nullable: true, type: String, example: '西部职教基地国家级产教联合体', description: '联合体名称: the consortium’s current name' })
  consortiumName!: string | null;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ nullable: true, type: String, example: '重庆长安汽车股份有限公司', description: '单位名称: the applying (or expelled) unit’s current name' })
  organizationName!: string | null;
  @ApiProperty({ enum: APPLICATION_KINDS }) kind!: string;
  @ApiProperty(nullableEnum(MEMBERSHIP_ROLES)) requestedRole!: string | null;
  @ApiProperty(nullableEnum(EXIT_REASONS)) exitReason!: string | null;
  @ApiProperty() effectiveOn!: string;
  @ApiProperty({ nullable: true, type: String }) statement!: string | null;
  @ApiProperty({ enum: APPLICATION_STATUSES }) status!: string;
  @ApiProperty() submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ format: 'date-time', nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) resolutionRef!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String }) membershipId!: string | null;
  @ApiProperty({ format: 'uuid', nullable: true, type: String, description: 'the successor lead unit named for an EXIT / EXPEL' }) successorOrganizationId!:
    string | null;
  @ApiProperty({ nullable: true, type: String, description: 'the successor’s current name' }) successorOrganizationName!: string | null;
  @ApiPropertyOptional({ type: [CompositionWarningDto], description: 'after an approval: composition warnings of the effective date' })
  warnings?: CompositionWarningDto[];
}

export class ApplicationListDto {
  @ApiProperty({ type: [ApplicationDto] }) items!: ApplicationDto[];
}

export class ApplicationQueryDto {
  @ApiPropertyOptional({ enum: APPLICATION_STATUSES }) @IsOptional() @IsIn(APPLICATION_STATUSES) status?: ApplicationStatus;
}
