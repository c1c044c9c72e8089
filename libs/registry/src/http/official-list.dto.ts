import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { TIERS } from '../domain/consortium.js';

export class SnapshotSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) roundId!: string;
  @ApiProperty({ example: '2026Q3' }) roundCode!: string;
  @ApiProperty({ example: 1, description: 'the published scoring revision; a correction makes the next one' }) revision!: number;
  @ApiProperty({ example: '2026-09-30', description: 'the date the list is taken on: the quarter end' }) asOf!: string;
  @ApiProperty({ example: 36 }) count!: number;
  @ApiProperty({ format: 'date-time' }) takenAt!: string;
}

export class SnapshotListDto {
  @ApiProperty({ type: [SnapshotSummaryDto] }) items!: SnapshotSummaryDto[];
}

export class SnapshotEntryDto {
  @ApiProperty({ format: 'uuid' }) consortiumId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TIERS }) tier!: string;
  @ApiProperty({ enum: ['L1', 'L2', 'L3'] }) level!: string;
  @ApiProperty({ enum: ['ACTIVE', 'WARNED', 'PROBATION'] }) status!: string;
  @ApiProperty({ type: [String] }) districtCodes!: string[];
}

export class SnapshotDto extends SnapshotSummaryDto {
  @ApiProperty({ type: [SnapshotEntryDto] }) items!: SnapshotEntryDto[];
}

export class SnapshotQueryDto {
  @ApiPropertyOptional({ minimum: 1, description: 'a given revision; default the latest' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  revision?: number;
}

export class TierProgressDto {
  @ApiProperty({ enum: TIERS }) tier!: string;
  @ApiProperty({ example: 3, description: 'consortia of the tier on the list on asOf' }) count!: number;
  @ApiProperty({ example: 8, description: 'the 2027 target' }) target!: number;
  @ApiProperty({ example: 5, description: 'still missing to reach the target (0 once met)' }) gap!: number;
  @ApiProperty() met!: boolean;
}

export class NamedOrganizationDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class CoverageDto {
  @ApiProperty({ enum: ['KEY_PARKS', 'HIGHER_VOCATIONAL_COLLEGES', 'ABOVE_SCALE_FIRMS'] }) population!: string;
  @ApiProperty({ description: 'members of at least one listed consortium on asOf' }) covered!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ example: 66.7, description: 'covered / total in percent, one decimal; 0 when total is 0' }) percent!: number;
  @ApiProperty() uncoveredCount!: number;
  @ApiProperty({ type: [NamedOrganizationDto], description: 'the first 50 uncovered, by name' }) uncovered!: NamedOrganizationDto[];
}

/** The official list per tier against the 2027 targets on a date (public). */
export class ListProgressDto {
  @ApiProperty({ example: '2026-09-30' }) asOf!: string;
  @ApiProperty({ example: 2027 }) targetYear!: number;
  @ApiProperty({ description: 'consortia on the official list on asOf' }) listed!: number;
  @ApiProperty({ type: [TierProgressDto] }) tiers!: TierProgressDto[];
}

export class DashboardDto {
  @ApiProperty({ example: '2026-09-30' }) asOf!: string;
  @ApiProperty({ example: 2027 }) targetYear!: number;
  @ApiProperty({ description: 'consortia on the official list on asOf' }) listed!: number;
  @ApiProperty({ type: [TierProgressDto] }) tiers!: TierProgressDto[];
  @ApiProperty({ type: [CoverageDto] }) coverage!: CoverageDto[];
}
