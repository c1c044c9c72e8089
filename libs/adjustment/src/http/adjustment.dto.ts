import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsInt, IsNumber, IsObject, IsOptional, IsString, IsUUID, Length, Max, Min, ValidateIf, ValidateNested } from 'class-validator';
import { IsCalendarDate } from '#platform';

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
  @ApiPropertyOptional({ enum: ['PENDING', 'APPROVED', 'REJECTED'] }) @IsOptional() @IsIn(['PENDING', 'APPROVED', 'REJECTED']) status?: 'PENDING' | 'APPROVED' | 'REJECTED';
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() consortiumId?: string;
}

class ThresholdsDto {
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
}

export class CreateRuleSetDto {
  @ApiProperty({ type: ThresholdsDto }) @IsDefined() @IsObject() @ValidateNested() @Type(() => ThresholdsDto) thresholds!: ThresholdsDto;
  @ApiProperty({ example: '末位比例调整为 15%' }) @IsString() @Length(2, 1000) note!: string;
}
