import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate, nullableEnum } from '#platform';
import { PROPOSAL_KINDS, type ProposalKind } from '../domain/rules.js';

export class DecideProposalDto {
  @ApiProperty({ enum: ['APPROVE', 'REJECT'] }) @IsIn(['APPROVE', 'REJECT']) outcome!: 'APPROVE' | 'REJECT';
  @ApiProperty({ example: '连续两个季度位列本层级末位，给予黄牌警示' }) @IsString() @Length(2, 2000) reason!: string;
  @ApiPropertyOptional({ format: 'date', example: '2026-01-15', description: 'required to approve: the day the change takes effect' })
  @ValidateIf((o: DecideProposalDto) => o.outcome === 'APPROVE' || o.effectiveOn !== undefined)
  @IsCalendarDate()
  effectiveOn?: string;
  @ApiPropertyOptional({ format: 'date', description: 'probation only: the rectification deadline (default: the one proposed)' })
  @IsOptional()
  @IsCalendarDate()
  rectificationDeadline?: string;
}

export class ProposalQueryDto {
  @ApiPropertyOptional({ enum: ['PENDING', 'APPROVED', 'REJECTED'] }) @IsOptional() @IsIn(['PENDING', 'APPROVED', 'REJECTED']) status?:
    'PENDING' | 'APPROVED' | 'REJECTED';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consortiumId?: string;
  @ApiPropertyOptional({ enum: PROPOSAL_KINDS, description: 'STATUS 状态调整, TIER 层级调整, MEMBER_EXIT 成员退出' })
  @IsOptional()
  @IsIn(PROPOSAL_KINDS)
  kind?: ProposalKind;
  @ApiPropertyOptional({ description: 'the nextCursor of the previous page' }) @IsOptional() @IsString() @Length(1, 512) after?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
}

export class ThresholdsDto {
  @ApiProperty({ example: 0.1 }) @IsNumber() @Min(0) @Max(1) bottomShare!: number;
  @ApiProperty({ example: 'D' }) @IsString() @Length(1, 8) failingGrade!: string;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(12) warnAfterRounds!: number;
  @ApiProperty({ example: 2 }) @IsInt() @Min(1) @Max(12) liftAfterRounds!: number;
  @ApiProperty({ example: 0.5 }) @IsNumber() @Min(0) @Max(1) topShare!: number;
  @ApiProperty({ example: 180 }) @IsInt() @Min(1) @Max(3650) rectificationDays!: number;
  @ApiProperty({ example: '不合格' }) @IsString() @Length(1, 8) delistAnnualGrade!: string;
  @ApiProperty({ example: '优秀' }) @IsString() @Length(1, 8) promotionAnnualGrade!: string;
  @ApiProperty({ example: 90 }) @IsInt() @Min(1) @Max(3650) compositionGraceDays!: number;
  @ApiProperty({ example: 4 }) @IsInt() @Min(1) @Max(40) idleQuarters!: number;
  @ApiPropertyOptional({
    example: 5,
    default: 5,
    description: 'the fewest ranked consortia a level needs for its bottom and top to count; a smaller level is judged by the round grade',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  minGroupSize?: number;
}

export class CreateRuleSetDto {
  @ApiProperty({ type: ThresholdsDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ThresholdsDto) thresholds!: ThresholdsDto;
  @ApiProperty({ example: '末位比例调整为 15%' }) @IsString() @Length(2, 1000) note!: string;
}

const CONSORTIUM_STATUSES = ['PREPARING', 'ACTIVE', 'WARNED', 'PROBATION', 'DELISTED'];
const TIERS = ['NATIONAL', 'MUNICIPAL', 'PARK_LED', 'INDUSTRY_LED', 'SCHOOL_LED'];

/** A version of the rule set (规则集). */
export class RuleSetDto {
  @ApiProperty({ minimum: 1 }) version!: number;
  @ApiProperty({ type: ThresholdsDto }) thresholds!: ThresholdsDto;
  @ApiProperty() note!: string;
  @ApiProperty() createdBy!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
}

export class RuleSetListDto {
  @ApiProperty({ type: [RuleSetDto] }) items!: RuleSetDto[];
}

/** A proposal a rule wrote (调整建议), with its evidence and, once decided, the decision. */
export class ProposalDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() ruleSetVersion!: number;
  @ApiProperty({ minimum: 1, maximum: 7 }) rule!: number;
  @ApiProperty({ example: 'round:2026Q3', description: 'what raised it' }) trigger!: string;
  @ApiProperty({ enum: ['STATUS', 'TIER', 'MEMBER_EXIT'] }) kind!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ type: String, nullable: true, example: '西部职教基地国家级产教联合体', description: '联合体名称: the consortium’s current name' })
  consortiumName!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the member unit (MEMBER_EXIT)' }) organizationId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: '重庆长安汽车股份有限公司', description: '单位名称: the member unit’s current name (MEMBER_EXIT)' })
  organizationName!: string | null;
  @ApiProperty({ enum: CONSORTIUM_STATUSES }) fromStatus!: string;
  @ApiProperty(nullableEnum(CONSORTIUM_STATUSES)) toStatus!: string | null;
  @ApiProperty({ enum: TIERS }) fromTier!: string;
  @ApiProperty(nullableEnum(TIERS)) toTier!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) rectificationDeadline!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'what the rule saw' }) evidence!: Record<string, unknown>;
  @ApiProperty({ enum: ['PENDING', 'APPROVED', 'REJECTED'] }) status!: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) decidedBy!: string | null;
  @ApiProperty({ type: String, nullable: true }) decisionReason!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) effectiveOn!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the registry decision an approval made' }) decisionId!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the membership application an approval filed' }) applicationId!: string | null;
  @ApiProperty() version!: number;
}

export class ProposalKindCountDto {
  @ApiProperty({ enum: PROPOSAL_KINDS }) kind!: string;
  @ApiProperty() count!: number;
}

export class ProposalListDto {
  @ApiProperty({ type: [ProposalDto] }) items!: ProposalDto[];
  @ApiProperty({ type: String, nullable: true, description: 'pass it as `after` for the next page; null on the last one' }) nextCursor!: string | null;
  @ApiProperty({ description: 'proposals matching every filter, over all pages' }) total!: number;
  @ApiProperty({
    type: [ProposalKindCountDto],
    description: 'proposals of each kind under the status and consortium filters (whatever `kind` asks), every kind listed',
  })
  byKind!: ProposalKindCountDto[];
}
