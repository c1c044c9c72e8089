import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { TIERS } from '../domain/consortium.js';
import { CITY_STATISTICS, DIRECTORY_KINDS } from '../domain/reference-directory.js';

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

/** A unit counted for coverage: a registered organization, or a directory unit (名录) not registered (`id` null). */
export class CoverageUnitDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the registered organization; null for a directory unit not registered' }) id!:
    string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ description: '统一社会信用代码' }) uscc!: string;
}

export class CoverageDto {
  @ApiProperty({ enum: DIRECTORY_KINDS }) population!: string;
  @ApiProperty({
    enum: ['DIRECTORY', 'REGISTRY_FLAGS'],
    description: 'counted against the imported directory (名录) of directoryYear, or, without one, the registry’s flags',
  })
  basis!: string;
  @ApiProperty({ type: Number, nullable: true, description: 'the directory’s year: the latest on or before asOf’s year' }) directoryYear!: number | null;
  @ApiProperty({ description: 'members of at least one listed consortium on asOf' }) covered!: number;
  @ApiProperty({ description: 'the directory’s units (or the flagged organizations)' }) total!: number;
  @ApiProperty({ example: 66.7, description: 'covered / total in percent, one decimal; 0 when total is 0' }) percent!: number;
  @ApiProperty() uncoveredCount!: number;
  @ApiProperty({ type: [CoverageUnitDto], description: 'the first 50 uncovered, by name' }) uncovered!: CoverageUnitDto[];
}

/** The official list per tier against the 2027 targets on a date (public). */
export class ListProgressDto {
  @ApiProperty({ example: '2026-09-30' }) asOf!: string;
  @ApiProperty({ example: 2027 }) targetYear!: number;
  @ApiProperty({ description: 'consortia on the official list on asOf' }) listed!: number;
  @ApiProperty({ type: [TierProgressDto] }) tiers!: TierProgressDto[];
}

export class StatisticProgressDto {
  @ApiProperty({ enum: CITY_STATISTICS }) indicator!: string;
  @ApiProperty({ example: 45, description: 'the 2027 target, per cent' }) target!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'the year of the value shown' }) year!: number | null;
  @ApiProperty({ type: Number, nullable: true, example: 38.5 }) value!: number | null;
  @ApiProperty({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ type: String, format: 'date', nullable: true }) reportedOn!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'target − value, 0 once met' }) gap!: number | null;
  @ApiProperty() met!: boolean;
}

export class DashboardDto {
  @ApiProperty({ example: '2026-09-30' }) asOf!: string;
  @ApiProperty({ example: 2027 }) targetYear!: number;
  @ApiProperty({ description: 'consortia on the official list on asOf' }) listed!: number;
  @ApiProperty({ type: [TierProgressDto] }) tiers!: TierProgressDto[];
  @ApiProperty({ type: [CoverageDto] }) coverage!: CoverageDto[];
  @ApiProperty({ type: StatisticProgressDto, description: '高技能人才占比: the latest value entered for asOf’s year or before, against 45 %' })
  highSkilledShare!: StatisticProgressDto;
}

export const TREND_TARGETS = [...TIERS, ...DIRECTORY_KINDS, ...CITY_STATISTICS] as const;

export class TrendPointDto {
  @ApiProperty({ example: 2026 }) year!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true, description: '31 December of a past year, asOf in its year, null for a later year' })
  measuredOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) value!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'goal − value, 0 once met' }) gap!: number | null;
}

export class TrendSeriesDto {
  @ApiProperty({ enum: TREND_TARGETS, description: 'a tier (consortia on the list), a coverage population (per cent) or a statistic (per cent)' })
  target!: string;
  @ApiProperty({ enum: ['CONSORTIA', 'PERCENT'] }) unit!: string;
  @ApiProperty({ description: 'the 2027 target' }) goal!: number;
  @ApiProperty({ type: [TrendPointDto] }) points!: TrendPointDto[];
}

export class TrendDto {
  @ApiProperty({ format: 'date' }) asOf!: string;
  @ApiProperty({ example: 2027 }) targetYear!: number;
  @ApiProperty({ type: [Number] }) years!: number[];
  @ApiProperty({ type: [TrendSeriesDto] }) series!: TrendSeriesDto[];
}
