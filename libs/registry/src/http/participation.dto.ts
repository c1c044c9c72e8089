import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PARTICIPATION_SOURCES, type ParticipationSource } from '../domain/participation.js';

const QUARTER = /^\d{4}Q[1-4]$/;
const quarterMessage = { message: 'quarter must be a quarter YYYYQn, e.g. 2026Q3' };

export class RecordParticipationDto {
  @ApiProperty({ format: 'uuid', description: 'a member unit of the consortium during the quarter' }) @IsUUID() organizationId!: string;
  @ApiProperty({ example: '2026Q3' }) @Matches(QUARTER, quarterMessage) quarter!: string;
  @ApiProperty({ enum: PARTICIPATION_SOURCES }) @IsIn(PARTICIPATION_SOURCES) source!: ParticipationSource;
  @ApiProperty({ example: '需求响应〔2026〕12号', description: 'what shows it: an evidence file, a case id, a demand-response number…' })
  @IsString()
  @Length(1, 200)
  ref!: string;
}

export class ParticipationQueryDto {
  @ApiPropertyOptional({ example: '2026Q3' }) @IsOptional() @Matches(QUARTER, quarterMessage) quarter?: string;
}

export class ParticipationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty({ format: 'uuid' }) organizationId!: string;
  @ApiProperty() organizationName!: string;
  @ApiProperty({ example: '2026Q3' }) quarter!: string;
  @ApiProperty({ enum: PARTICIPATION_SOURCES }) source!: string;
  @ApiProperty() ref!: string;
  @ApiProperty({ format: 'date-time' }) recordedAt!: string;
  @ApiProperty({ example: 'user:…' }) recordedBy!: string;
}

export class ParticipationListDto {
  @ApiProperty({ type: [ParticipationDto] }) items!: ParticipationDto[];
}
