import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDateTime } from '#platform';
import { TABLE_FORMATS, type TableFormat } from '#registry';
import { EXPORT_LABEL_MODES, EXPORT_LABELS_DESCRIPTION, type ExportLabelMode, ExportQueryOptionsDto } from '#platform';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsNumber,
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
import { ROUND_STATUSES, type RoundStatus } from '../domain/round.js';
import { INDICATOR_NORMALIZATIONS, type IndicatorNormalization, VALUE_TYPES, type ValueType } from '../domain/scheme.js';
import { IsName } from '#platform';

const CODE = /^[A-Z][A-Z0-9_-]{0,63}$/;

class DimensionDto {
  @ApiProperty({ example: 'ENTITY_OPERATION' }) @Matches(CODE, { message: 'code must be upper-case letters, digits, _ or -' }) code!: string;
  @ApiProperty({ example: '实体化运行' }) @IsString() @IsName({ max: 64 }) name!: string;
  @ApiProperty({ example: 0.2 }) @IsNumber() @Min(0) weight!: number;
}

class RangeDto {
  @ApiProperty() @IsNumber() min!: number;
  @ApiProperty() @IsNumber() max!: number;
}

class LevelTargetDto {
  @ApiPropertyOptional({ nullable: true, type: Number }) @IsOptional() @IsNumber() target!: number | null;
}

class LevelsDto {
  @ApiPropertyOptional({ type: LevelTargetDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LevelTargetDto) L1?: LevelTargetDto;
  @ApiPropertyOptional({ type: LevelTargetDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LevelTargetDto) L2?: LevelTargetDto;
  @ApiPropertyOptional({ type: LevelTargetDto }) @IsOptional() @IsObject() @ValidateNested() @Type(() => LevelTargetDto) L3?: LevelTargetDto;
}

class IndicatorDto {
  @ApiProperty({ example: 'DUAL_QUALIFIED_RATIO' }) @Matches(CODE, { message: 'code must be upper-case letters, digits, _ or -' }) code!: string;
  @ApiProperty({ example: '双师型教师占比' }) @IsString() @IsName({ max: 128 }) name!: string;
  @ApiProperty({ example: '%' }) @IsString() @Length(0, 32) unit!: string;
  @ApiProperty({ example: 'TALENT_CULTIVATION' }) @IsString() dimension!: string;
  @ApiProperty({ enum: ['benefit', 'cost'] }) @IsIn(['benefit', 'cost']) direction!: 'benefit' | 'cost';
  @ApiProperty({ enum: VALUE_TYPES }) @IsIn(VALUE_TYPES) valueType!: ValueType;
  @ApiProperty({ enum: INDICATOR_NORMALIZATIONS }) @IsIn(INDICATOR_NORMALIZATIONS) normalization!: IndicatorNormalization;
  @ApiProperty({ example: 0.3 }) @IsNumber() @Min(0) weight!: number;
  @ApiProperty() @IsBoolean() required!: boolean;
  @ApiProperty() @IsBoolean() evidenceRequired!: boolean;
  @ApiProperty({ type: RangeDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => RangeDto) range!: RangeDto;
  @ApiProperty({ type: LevelsDto, description: 'levels it applies to, each with its target' })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => LevelsDto)
  levels!: LevelsDto;
  @ApiPropertyOptional({
    type: String,
    nullable: true,
    example: 'SD_SERVICE_INCOME',
    description:
      'source PLATFORM: the platform metric (GET /dictionaries, PlatformMetric) the value is taken from for the round’s quarter; the secretariat does not answer it',
  })
  @IsOptional()
  @Matches(CODE, { message: 'platformSource must be upper-case letters, digits, _ or -' })
  platformSource?: string | null;
}

class GradesDto {
  @ApiProperty({ enum: ['PERCENTILE', 'ABSOLUTE'] }) @IsIn(['PERCENTILE', 'ABSOLUTE']) method!: 'PERCENTILE' | 'ABSOLUTE';
  @ApiProperty({ type: [Number], minItems: 3, maxItems: 3, example: [85, 70, 60], description: 'lower bounds of A, B and C (D below)' })
  @IsArray()
  @ArrayMinSize(3)
  @ArrayMaxSize(3)
  @IsNumber({}, { each: true })
  bounds!: [number, number, number];
}

class SettingsDto {
  @ApiProperty({ enum: ['WEIGHTED_SUM', 'TOPSIS'] }) @IsIn(['WEIGHTED_SUM', 'TOPSIS']) aggregation!: 'WEIGHTED_SUM' | 'TOPSIS';
  @ApiProperty({ enum: ['EXPERT', 'ENTROPY', 'COMBINED'] }) @IsIn(['EXPERT', 'ENTROPY', 'COMBINED']) weighting!: 'EXPERT' | 'ENTROPY' | 'COMBINED';
  @ApiProperty({ example: 0.5 }) @IsNumber() @Min(0) @Max(1) alpha!: number;
  @ApiProperty({ example: 0.2 }) @IsNumber() @Min(0) @Max(1) beta!: number;
  @ApiProperty({ enum: ['RENORMALIZE', 'GROUP_MINIMUM'] }) @IsIn(['RENORMALIZE', 'GROUP_MINIMUM']) missingOptional!: 'RENORMALIZE' | 'GROUP_MINIMUM';
  @ApiProperty({ example: 1 }) @IsNumber() @Min(1) cap!: number;
  @ApiProperty({ type: GradesDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => GradesDto) grades!: GradesDto;
}

export class DefinitionDto {
  @ApiProperty({ type: [DimensionDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DimensionDto)
  dimensions!: DimensionDto[];
  @ApiProperty({ type: [IndicatorDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(300)
  @ValidateNested({ each: true })
  @Type(() => IndicatorDto)
  indicators!: IndicatorDto[];
  @ApiProperty({ type: SettingsDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => SettingsDto) settings!: SettingsDto;
}

export class CreateSchemeDto {
  @ApiProperty({ example: 'CQ-CONSORTIUM' }) @Matches(CODE, { message: 'code must be upper-case letters, digits, _ or -' }) code!: string;
  @ApiProperty({ example: '市域产教联合体考核方案' }) @IsString() @IsName({ max: 128 }) name!: string;
  @ApiProperty({ type: DefinitionDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => DefinitionDto) definition!: DefinitionDto;
}

export class UpdateSchemeDto {
  @ApiProperty({ example: '市域产教联合体考核方案' }) @IsString() @IsName({ max: 128 }) name!: string;
  @ApiProperty({ type: DefinitionDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => DefinitionDto) definition!: DefinitionDto;
}

export class CreateRoundDto {
  @ApiProperty({ example: '2026Q3' }) @Matches(/^\d{4}Q[1-4]$/, { message: 'code must be a quarter such as 2026Q3' }) code!: string;
  @ApiProperty({ format: 'uuid' }) @IsUUID() schemeId!: string;
  @ApiProperty({ format: 'date-time', example: '2026-10-15T23:59:59+08:00' }) @IsDateTime() deadline!: string;
}

export class RoundTransitionDto {
  @ApiProperty({ enum: ['OPEN', 'CLOSED', 'ARCHIVED'] }) @IsIn(ROUND_STATUSES) to!: RoundStatus;
}

/** Which published revision of a round's ranking to read; the latest published one by default. */
export class RankingQueryDto {
  @ApiPropertyOptional({ minimum: 1, example: 1, description: 'a published revision of the round (every one stays readable); default: the latest published' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  revision?: number;
}

export class RankingExportQueryDto extends RankingQueryDto {
  @ApiPropertyOptional({ enum: TABLE_FORMATS, default: 'xlsx' }) @IsOptional() @IsIn(TABLE_FORMATS) format?: TableFormat;
  @ApiPropertyOptional({ enum: EXPORT_LABEL_MODES, default: 'zh', description: EXPORT_LABELS_DESCRIPTION })
  @IsOptional()
  @IsIn(EXPORT_LABEL_MODES)
  labels?: ExportLabelMode;
}

/** `format` and `labels` of an export without a revision. */
export class ResultsExportQueryDto extends ExportQueryOptionsDto {}

export class ScoringRequestDto {
  @ApiPropertyOptional({ example: '更正了两份答卷后重新计分' }) @IsOptional() @IsString() @Length(2, 1000) reason?: string;
}

export class ExtensionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() consortiumId!: string;
  @ApiProperty({ format: 'date-time' }) @IsDateTime() until!: string;
  @ApiProperty({ example: '汛期停电，材料报送延期' }) @IsString() @Length(2, 1000) reason!: string;
}

export class TargetOverrideDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() consortiumId!: string;
  @ApiProperty({ example: 'DUAL_QUALIFIED_RATIO' }) @IsString() @Length(1, 64) indicatorCode!: string;
  @ApiProperty({ example: 55 }) @IsNumber() target!: number;
  @ApiProperty({ example: '新组建的联合体，目标值按基础调整' }) @IsString() @Length(2, 1000) reason!: string;
}

export class SaveAnswersDto {
  @ApiProperty({
    example: { DUAL_QUALIFIED_RATIO: 62.5, STUDENT_TEACHER_RATIO: 17 },
    description: 'indicator code → value (number, true/false, or a grade A–E)',
  })
  @IsObject()
  answers!: Record<string, number | boolean | string>;
}

class ReviewCommentDto {
  @ApiPropertyOptional({ nullable: true, type: String, example: 'DUAL_QUALIFIED_RATIO' }) @IsOptional() @IsString() @Length(1, 64) indicatorCode!:
    string | null;
  @ApiProperty({ example: '请补充双师型教师认定材料' }) @IsString() @Length(1, 2000) comment!: string;
}

export class ReturnSheetDto {
  @ApiProperty({ type: [ReviewCommentDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReviewCommentDto)
  comments!: ReviewCommentDto[];
}

export class ReopenSheetDto {
  @ApiProperty({ example: '技术服务产值口径有误，请按审计报告更正' }) @IsString() @Length(2, 1000) reason!: string;
  @ApiPropertyOptional({ type: [ReviewCommentDto], description: 'comments on single indicators, besides the reason' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReviewCommentDto)
  comments?: ReviewCommentDto[];
}

export class PatchAnswersDto {
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number', nullable: true }, { type: 'boolean' }, { type: 'string' }] },
    example: { DUAL_QUALIFIED_RATIO: 64, STUDENT_TEACHER_RATIO: null },
    description: 'indicator code → new value; null removes that answer; codes left out keep their answers (JSON Merge Patch, RFC 7396, on `answers`)',
  })
  @IsObject()
  answers!: Record<string, number | boolean | string | null>;
}

export const SHEET_OVERVIEW_STATUSES = ['NOT_STARTED', 'DRAFT', 'SUBMITTED', 'RETURNED', 'ACCEPTED'] as const;

export class SheetOverviewQueryDto {
  @ApiPropertyOptional({ enum: SHEET_OVERVIEW_STATUSES, description: 'only sheets in this state (NOT_STARTED: no sheet yet)' })
  @IsOptional()
  @IsIn(SHEET_OVERVIEW_STATUSES)
  status?: (typeof SHEET_OVERVIEW_STATUSES)[number];
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'only late (true) or only on-time (false) sheets' })
  @IsOptional()
  @IsIn(['true', 'false'])
  late?: 'true' | 'false';
}

export class EvidenceDownloadQueryDto {
  @ApiPropertyOptional({ enum: ['attachment', 'inline'], default: 'attachment', description: 'inline: shown in the browser rather than saved' })
  @IsOptional()
  @IsIn(['attachment', 'inline'])
  disposition?: 'attachment' | 'inline';
}

export class EvidenceQueryDto {
  @ApiProperty({ example: 'DUAL_QUALIFIED_RATIO' }) @IsString() @Length(1, 64) indicatorCode!: string;
  @ApiProperty({ example: '双师型教师认定名单.pdf' }) @IsString() @IsName({ max: 255 }) @Length(1, 255) fileName!: string;
}
