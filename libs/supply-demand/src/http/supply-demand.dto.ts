import { ApiProperty, ApiPropertyOptional, type ApiPropertyOptions } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsCalendarDate, IsDecimalNumber, IsName } from '#platform';
import { DEMAND_KINDS, DEMAND_STATUSES, OUTCOME_KINDS, PROGRAM_LEVELS, RESPONSE_STATUSES, VISIBILITIES } from '../domain/supply-demand.js';

const CLUSTER: ApiPropertyOptions = {
  type: [String],
  example: ['ICV-NEV'],
  description: 'industry cluster codes (GET /api/v1/industry-clusters, the 33618 dictionary)',
};
const DISTRICTS: ApiPropertyOptions = { type: [String], example: ['500118'], description: 'GB/T 2260 district codes' };
const CODE_LIST = (max: number) => [IsArray(), ArrayMaxSize(max), IsString({ each: true }), Length(1, 64, { each: true })];
const apply =
  (...ds: PropertyDecorator[]): PropertyDecorator =>
  (t, k) =>
    ds.forEach((d) => d(t, k));
const DISTRICT_CODE = /^\d{6}$/;
const toList = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.split(',').filter(Boolean) : value);

// ---------- programs and capabilities ----------

export class CreateProgramDto {
  @ApiProperty({ example: '460702', description: '专业代码 (vocational program catalogue, six digits)' }) @IsString() @Length(6, 7) code!: string;
  @ApiProperty({ example: '新能源汽车技术' }) @IsString() @IsName({ max: 100 }) name!: string;
  @ApiProperty({ enum: PROGRAM_LEVELS }) @IsIn(PROGRAM_LEVELS) level!: (typeof PROGRAM_LEVELS)[number];
  @ApiProperty({ example: 2026, minimum: 1900, maximum: 9999 }) @IsInt() @Min(1900) @Max(9999) year!: number;
  @ApiProperty({ example: 120, description: '年招生人数' }) @IsInt() @Min(0) @Max(100000) enrolment!: number;
  @ApiProperty({ example: 110, description: '年毕业生人数' }) @IsInt() @Min(0) @Max(100000) graduates!: number;
  @ApiProperty(CLUSTER) @apply(...CODE_LIST(20)) clusterCodes!: string[];
}

export class ProgramDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty({ description: '学校名称' }) organizationName!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROGRAM_LEVELS }) level!: string;
  @ApiProperty() year!: number;
  @ApiProperty() enrolment!: number;
  @ApiProperty() graduates!: number;
  @ApiProperty({ type: [String] }) clusterCodes!: string[];
  @ApiProperty() districtCode!: string;
}

export class ProgramListDto {
  @ApiProperty({ type: [ProgramDto] }) items!: ProgramDto[];
}

export class CreateCapabilityDto {
  @ApiProperty({ example: '智能网联汽车测试验证中心' }) @IsString() @IsName({ max: 100 }) name!: string;
  @ApiProperty({ example: '整车及零部件测试、标定技术服务' }) @IsString() @Length(0, 2000) description!: string;
  @ApiProperty(CLUSTER) @apply(...CODE_LIST(20)) clusterCodes!: string[];
}

export class CapabilityDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: [String] }) clusterCodes!: string[];
  @ApiProperty() districtCode!: string;
}

export class ProgramImportResultDto {
  @ApiProperty() created!: number;
  @ApiProperty({ type: [String], format: 'uuid' }) programIds!: string[];
}

// ---------- demands ----------

export class PositionDto {
  @ApiProperty({ example: '智能网联汽车测试工程师' }) @IsString() @IsName({ max: 100 }) title!: string;
  @ApiProperty({ example: 20 }) @IsInt() @Min(1) @Max(100000) headcount!: number;
  @ApiProperty({ type: [String], example: ['460702'], description: 'program codes of the majors wanted' }) @apply(...CODE_LIST(20)) majors!: string[];
  @ApiProperty({ type: [String], example: ['CAN 总线调试'] })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  skills!: string[];
}

export class TalentDetailsDto {
  @ApiProperty({ type: [PositionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => PositionDto)
  positions!: PositionDto[];
  @ApiProperty({ format: 'date', example: '2026-09-01' }) @IsCalendarDate() neededBy!: string;
}

export class ProgramDetailsDto {
  @ApiProperty({ example: '460702' }) @IsString() @Length(6, 7) programCode!: string;
  @ApiProperty({ example: '新能源汽车技术' }) @IsString() @IsName({ max: 100 }) programName!: string;
  @ApiProperty({ enum: PROGRAM_LEVELS }) @IsIn(PROGRAM_LEVELS) level!: (typeof PROGRAM_LEVELS)[number];
  @ApiProperty({ enum: ['OPEN', 'ADJUST'], description: 'OPEN 新设专业, ADJUST 调整专业方向' }) @IsIn(['OPEN', 'ADJUST']) action!: 'OPEN' | 'ADJUST';
  @ApiProperty({ example: 80, description: '期望招生规模' }) @IsInt() @Min(0) @Max(100000) places!: number;
}

export class TechnologyDetailsDto {
  @ApiProperty({ example: '动力电池热失控预警算法' }) @IsString() @Length(1, 2000) problem!: string;
  @ApiProperty({ example: 500000, description: '预算（元）' }) @IsDecimalNumber(2) @Min(0) @Max(1e11) budget!: number;
  @ApiProperty({ format: 'date', example: '2026-12-31' }) @IsCalendarDate() deadline!: string;
}

export class OverseasDetailsDto {
  @ApiProperty({ type: [String], example: ['泰国', '印度尼西亚'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @Length(1, 64, { each: true })
  countries!: string[];
  @ApiProperty({ example: 30 }) @IsInt() @Min(0) @Max(100000) headcount!: number;
  @ApiProperty({ example: '海外工厂本地员工技能培训' }) @IsString() @Length(0, 2000) trainingNeeds!: string;
  @ApiProperty({ format: 'date', example: '2026-10-01' }) @IsCalendarDate() startsOn!: string;
}

export class CreateDemandDto {
  @ApiProperty({ enum: DEMAND_KINDS }) @IsIn(DEMAND_KINDS) kind!: (typeof DEMAND_KINDS)[number];
  @ApiProperty({ example: '动力电池热失控预警技术攻关' }) @IsString() @IsName({ max: 200 }) title!: string;
  @ApiProperty({ example: '' }) @IsString() @Length(0, 5000) description!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the publishing member firm, park or other organization' })
  @IsOptional()
  @IsUUID()
  publisherOrganizationId?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true, description: 'the publishing consortium or industry community (行业产教融合共同体)' })
  @IsOptional()
  @IsUUID()
  publisherConsortiumId?: string | null;
  @ApiProperty(CLUSTER) @apply(...CODE_LIST(20)) @ArrayMinSize(1) clusterCodes!: string[];
  @ApiProperty(DISTRICTS)
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(DISTRICT_CODE, { each: true, message: 'districtCodes must be 6-digit GB/T 2260 codes' })
  districtCodes!: string[];
  @ApiProperty({ enum: VISIBILITIES }) @IsIn(VISIBILITIES) visibility!: (typeof VISIBILITIES)[number];
  @ApiProperty({ format: 'date', example: '2026-07-01' }) @IsCalendarDate() validFrom!: string;
  @ApiPropertyOptional({ type: String, format: 'date', nullable: true, example: '2026-12-31' }) @IsOptional() @IsCalendarDate() validTo?: string | null;
  @ApiPropertyOptional({ type: TalentDetailsDto, description: 'TALENT only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TalentDetailsDto)
  talent?: TalentDetailsDto;
  @ApiPropertyOptional({ type: ProgramDetailsDto, description: 'PROGRAM only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ProgramDetailsDto)
  program?: ProgramDetailsDto;
  @ApiPropertyOptional({ type: TechnologyDetailsDto, description: 'TECHNOLOGY only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TechnologyDetailsDto)
  technology?: TechnologyDetailsDto;
  @ApiPropertyOptional({ type: OverseasDetailsDto, description: 'OVERSEAS only' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => OverseasDetailsDto)
  overseas?: OverseasDetailsDto;
}

export class ReasonDto {
  @ApiProperty({ example: '需求已由企业内部解决' }) @IsString() @IsName({ max: 500 }) reason!: string;
}

export class DemandDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: DEMAND_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) publisherOrganizationId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '发布单位名称' }) publisherOrganizationName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) publisherConsortiumId!: string | null;
  @ApiProperty({ type: String, nullable: true, description: '发布的联合体（共同体）名称' }) publisherConsortiumName!: string | null;
  @ApiProperty({ type: [String] }) clusterCodes!: string[];
  @ApiProperty({ type: [String] }) districtCodes!: string[];
  @ApiProperty({ type: [String], description: 'program codes the demand names (majors wanted, the program asked for)' }) programCodes!: string[];
  @ApiProperty({ enum: VISIBILITIES }) visibility!: string;
  @ApiProperty({ enum: DEMAND_STATUSES, description: 'as of today (EXPIRED: open and past validTo)' }) status!: string;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'the details of its kind' }) details!: Record<string, unknown>;
  @ApiProperty({ format: 'date' }) validFrom!: string;
  @ApiProperty({ type: String, format: 'date', nullable: true }) validTo!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) publishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) closedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) closeReason!: string | null;
  @ApiProperty({ description: 'demo data (演示数据)' }) demo!: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty() version!: number;
}

export class DemandPageDto {
  @ApiProperty({ type: [DemandDto] }) items!: DemandDto[];
  @ApiProperty({ type: String, nullable: true, description: 'pass as `after` for the next page' }) nextCursor!: string | null;
}

export class HallQueryDto {
  @ApiPropertyOptional({ enum: DEMAND_KINDS, isArray: true, description: 'comma-separated' })
  @IsOptional()
  @Transform(toList)
  @IsArray()
  @IsIn(DEMAND_KINDS, { each: true })
  kind?: (typeof DEMAND_KINDS)[number][];
  @ApiPropertyOptional({ example: 'ICV-NEV' }) @IsOptional() @IsString() @Length(1, 64) clusterCode?: string;
  @ApiPropertyOptional({ example: '500118' })
  @IsOptional()
  @Matches(DISTRICT_CODE, { message: 'districtCode must be a 6-digit GB/T 2260 code' })
  districtCode?: string;
  @ApiPropertyOptional({ description: 'words of the title' }) @IsOptional() @IsString() @Length(1, 100) q?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @Length(1, 500) after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export class MatchReasonDto {
  @ApiProperty({ enum: ['CLUSTER', 'PROGRAM', 'DISTRICT', 'FULFILMENT'] }) factor!: string;
  @ApiProperty() weight!: number;
  @ApiProperty({ description: 'the factor’s value in [0, 1]' }) value!: number;
  @ApiProperty({ description: 'points it adds to the score (0–100 scale, two decimals)' }) points!: number;
  @ApiProperty({ example: '服务需求所属产业集群 ICV-NEV' }) text!: string;
}

export class MatchDto {
  @ApiProperty({ format: 'uuid' }) demandId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ description: '0–100, two decimals' }) score!: number;
  @ApiProperty() rank!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReasonDto[];
  @ApiProperty({ format: 'date-time' }) matchedAt!: string;
}

export class RespondDto {
  @ApiProperty({ format: 'uuid', description: 'the responding school or institute' }) @IsUUID() organizationId!: string;
  @ApiProperty({ example: '我校新能源汽车技术专业团队可承接' }) @IsString() @Length(1, 2000) message!: string;
  @ApiPropertyOptional({ type: [String], format: 'uuid' }) @IsOptional() @IsArray() @ArrayMaxSize(20) @IsUUID('all', { each: true }) programIds?: string[];
}

export class ResponseDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) demandId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) programIds!: string[];
  @ApiProperty({ enum: RESPONSE_STATUSES }) status!: string;
  @ApiProperty({ format: 'date-time' }) respondedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) shortlistedAt!: string | null;
}

export class RecordOutcomeDto {
  @ApiProperty({ format: 'uuid', description: 'the shortlisted response it came of' }) @IsUUID() responseId!: string;
  @ApiProperty({ enum: OUTCOME_KINDS }) @IsIn(OUTCOME_KINDS) kind!: (typeof OUTCOME_KINDS)[number];
  @ApiProperty({ example: '热失控预警算法联合开发合同' }) @IsString() @IsName({ max: 200 }) name!: string;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'students (ORDER_CLASS, PLACEMENT) or trainees (TRAINING)' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100000)
  students?: number | null;
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'contract amount in yuan (SERVICE_CONTRACT)' })
  @IsOptional()
  @IsDecimalNumber(2)
  @Min(0)
  @Max(1e11)
  amount?: number | null;
  @ApiProperty({ format: 'date', example: '2026-08-01' }) @IsCalendarDate() occurredOn!: string;
}

export class PaymentInputDto {
  @ApiProperty({ example: 200000, description: '到款额（元）' }) @IsDecimalNumber(2) @Min(0) @Max(1e11) amount!: number;
  @ApiProperty({ format: 'date', example: '2026-08-20' }) @IsCalendarDate() receivedOn!: string;
}

export class PaymentCorrectionDto extends PaymentInputDto {
  @ApiProperty({ example: '财务核对后更正到款金额' }) @IsString() @IsName({ max: 500 }) reason!: string;
}

export class PaymentDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) outcomeId!: string;
  @ApiProperty() amount!: number;
  @ApiProperty({ format: 'date' }) receivedOn!: string;
  @ApiProperty({ type: String, nullable: true }) correctionReason!: string | null;
  @ApiProperty() version!: number;
}

export class OutcomeDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) demandId!: string;
  @ApiProperty({ format: 'uuid' }) responseId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ enum: OUTCOME_KINDS }) kind!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: Number, nullable: true }) students!: number | null;
  @ApiProperty({ type: Number, nullable: true }) amount!: number | null;
  @ApiProperty({ format: 'date' }) occurredOn!: string;
  @ApiProperty({ description: 'payments received so far (yuan)' }) received!: number;
}

export class OutcomeWithPaymentsDto extends OutcomeDto {
  @ApiProperty({ type: [PaymentDto] }) payments!: PaymentDto[];
}

export class DemandDetailDto extends DemandDto {
  @ApiProperty({ type: [ResponseDto] }) responses!: ResponseDto[];
  @ApiProperty({ type: [MatchDto], description: 'the publisher’s side only: who was pushed the demand, and why' }) matches!: MatchDto[];
  @ApiProperty({ type: [OutcomeWithPaymentsDto] }) outcomes!: OutcomeWithPaymentsDto[];
}

export class RecommendationDto {
  @ApiProperty({ type: DemandDto }) demand!: DemandDto;
  @ApiProperty() score!: number;
  @ApiProperty() rank!: number;
  @ApiProperty({ type: [MatchReasonDto] }) reasons!: MatchReasonDto[];
  @ApiProperty({ format: 'date-time' }) matchedAt!: string;
}

export class RecommendationListDto {
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ type: [RecommendationDto] }) items!: RecommendationDto[];
}

export class LimitQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(200) limit?: number;
}

export const FIGURE_SCOPES = ['CITY', 'DISTRICT', 'CONSORTIUM'] as const;

export class FiguresQueryDto {
  @ApiPropertyOptional({ enum: FIGURE_SCOPES, default: 'CITY' }) @IsOptional() @IsIn(FIGURE_SCOPES) scope?: (typeof FIGURE_SCOPES)[number];
  @ApiPropertyOptional({ description: 'district code (DISTRICT) or consortium/community id (CONSORTIUM)' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  id?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-07-01', description: 'first day counted (default: 1 January of the year of `to`)' })
  @IsOptional()
  @IsCalendarDate()
  from?: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-09-30', description: 'last day counted (default: 31 December of the year of `from`, or today)' })
  @IsOptional()
  @IsCalendarDate()
  to?: string;
}

export class DemandsByKindDto {
  @ApiProperty() TALENT!: number;
  @ApiProperty() PROGRAM!: number;
  @ApiProperty() TECHNOLOGY!: number;
  @ApiProperty() OVERSEAS!: number;
}

export class FiguresDto {
  @ApiProperty({ enum: FIGURE_SCOPES }) scope!: string;
  @ApiProperty({ type: String, nullable: true }) scopeId!: string | null;
  @ApiProperty({ example: '永川区' }) scopeName!: string;
  @ApiProperty({ format: 'date' }) from!: string;
  @ApiProperty({ format: 'date' }) to!: string;
  @ApiProperty({ description: 'demands published in the period' }) demands!: number;
  @ApiProperty({ type: DemandsByKindDto }) demandsByKind!: DemandsByKindDto;
  @ApiProperty() responded!: number;
  @ApiProperty({ type: Number, nullable: true, description: '需求响应率 %, two decimals' }) responseRate!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'mean hours to the first response' }) hoursToFirstResponse!: number | null;
  @ApiProperty() fulfilled!: number;
  @ApiProperty({ type: Number, nullable: true, description: '对接完成率 %' }) fulfilmentRate!: number | null;
  @ApiProperty({ description: '订单班人数' }) orderClassStudents!: number;
  @ApiProperty({ description: '就业安置人数' }) studentsPlaced!: number;
  @ApiProperty({ description: '培训项目数' }) trainings!: number;
  @ApiProperty({ description: '技术服务到款额（元）' }) serviceIncome!: number;
  @ApiProperty({ type: Number, nullable: true, description: '专业-产业匹配度 %: program places serving a key cluster' }) programMatch!: number | null;
  @ApiProperty({ description: 'program places (yearly enrolment) of the year of `to`' }) programPlaces!: number;
}
