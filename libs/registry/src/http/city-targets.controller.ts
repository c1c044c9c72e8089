import { Body, Controller, Get, Headers, Post, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { Allow, ApiProblems, etagOf, IsCalendarDate, IsDecimalNumber, RequestValidationError, XLSX_CONTENT_TYPE } from '#platform';
import { DashboardQuery } from '../application/dashboard/dashboard.query.js';
import { CityStatisticsUseCases, DIRECTORY_FILE, ImportDirectoryUseCase, ListDirectoryQuery } from '../application/directory/reference-directories.js';
import { todayInShanghai } from '../domain/dates.js';
import { CITY_STATISTICS, type CityStatistic, DIRECTORY_KINDS, type DirectoryKind } from '../domain/reference-directory.js';
import { TrendDto } from './official-list.dto.js';

const TASKFORCE = { roles: ['admin', 'taskforce'] } as const;
const YEAR = { minimum: 1900, maximum: 9999, example: 2026 };

class DirectoryImportQueryDto {
  @ApiProperty({ ...YEAR, description: 'the directory’s year' }) @Type(() => Number) @IsInt() @Min(1900) @Max(9999) year!: number;
}

class DirectoryQueryDto {
  @ApiProperty({ ...YEAR }) @Type(() => Number) @IsInt() @Min(1900) @Max(9999) year!: number;
  @ApiPropertyOptional({ enum: DIRECTORY_KINDS }) @IsOptional() @IsIn(DIRECTORY_KINDS) kind?: DirectoryKind;
}

class DirectoryImportedDto {
  @ApiProperty({ enum: DIRECTORY_KINDS }) kind!: DirectoryKind;
  @ApiProperty({ description: 'units in the directory now' }) entries!: number;
  @ApiProperty({ description: 'units of the former directory of that year and kind, replaced' }) replaced!: number;
}

class DirectoryImportResultDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [DirectoryImportedDto] }) directories!: DirectoryImportedDto[];
}

class DirectoryEntryDto {
  @ApiProperty({ enum: DIRECTORY_KINDS }) kind!: DirectoryKind;
  @ApiProperty({ description: '统一社会信用代码' }) uscc!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) districtCode!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'the registered organization of that USCC' }) organizationId!: string | null;
}

class DirectoryDto {
  @ApiProperty() year!: number;
  @ApiProperty({ type: [DirectoryEntryDto] }) items!: DirectoryEntryDto[];
}

class RecordStatisticDto {
  @ApiProperty({ enum: CITY_STATISTICS, description: '高技能人才占比 (per cent of skilled workers)' }) @IsIn(CITY_STATISTICS) indicator!: CityStatistic;
  @ApiProperty({ ...YEAR }) @IsInt() @Min(1900) @Max(9999) year!: number;
  @ApiProperty({ minimum: 0, maximum: 100, example: 38.5, description: 'per cent, two decimals' })
  @IsDecimalNumber(2)
  @Min(0)
  @Max(100)
  value!: number;
  @ApiProperty({ example: '市人力社保局 2026 年技能人才统计公报' }) @IsString() @Length(2, 500) source!: string;
  @ApiProperty({ format: 'date', example: '2027-02-15', description: 'the day the figure was reported' }) @IsCalendarDate() reportedOn!: string;
}

class CityStatisticDto {
  @ApiProperty({ enum: CITY_STATISTICS }) indicator!: CityStatistic;
  @ApiProperty() year!: number;
  @ApiProperty() value!: number;
  @ApiProperty() source!: string;
  @ApiProperty({ format: 'date' }) reportedOn!: string;
  @ApiProperty({ description: 'the ETag is "v<version>"' }) version!: number;
}

class CityStatisticListDto {
  @ApiProperty({ type: [CityStatisticDto] }) items!: CityStatisticDto[];
}

class StatisticQueryDto {
  @ApiPropertyOptional({ enum: CITY_STATISTICS }) @IsOptional() @IsIn(CITY_STATISTICS) indicator?: CityStatistic;
}

class TrendQueryDto {
  @ApiPropertyOptional({ format: 'date', example: '2026-09-30', description: 'a date (Asia/Shanghai); default today' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string;
  @ApiPropertyOptional({ minimum: 1900, maximum: 2027, example: 2024, description: 'the first year shown (default 2024, the year the plan began)' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2027)
  fromYear?: number;
}

/** The 2027 targets' real denominators: the directories (名录) and the statistics the task force enters, and the trend. */
@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1')
export class CityTargetsController {
  constructor(
    private readonly importer: ImportDirectoryUseCase,
    private readonly directory: ListDirectoryQuery,
    private readonly statistics: CityStatisticsUseCases,
    private readonly dashboard: DashboardQuery,
  ) {}

  @Post('reference-directories/imports')
  @Allow(TASKFORCE)
  @ApiConsumes(XLSX_CONTENT_TYPE, 'text/csv')
  @ApiBody({
    description: `A directory with the headers ${DIRECTORY_FILE.map((c) => c.labels[0]).join(', ')} (所在区县 optional)`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({
    summary:
      'Import the reference directories (名录) of a year, all or nothing: each 名录类型 in the file replaces that year’s directory of the kind; 422 names each bad row and column',
  })
  @ApiCreatedResponse({ type: DirectoryImportResultDto })
  @ApiProblems(400, 401, 403, 413, 415, 422)
  import(@Body() body: Buffer, @Query() query: DirectoryImportQueryDto, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!Buffer.isBuffer(body)) {
      throw new RequestValidationError([{ field: 'body', code: 'NOT_A_FILE', message: `send the file itself as ${XLSX_CONTENT_TYPE} or text/csv` }]);
    }
    const format = String(reply.request.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx';
    return this.importer.execute(body, query.year, format);
  }

  @Get('reference-directories')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'The reference directory (名录) of a year, each unit with its registered organization when there is one' })
  @ApiOkResponse({ type: DirectoryDto })
  @ApiProblems(400, 401, 403)
  list(@Query() query: DirectoryQueryDto) {
    return this.directory.execute(query.year, query.kind);
  }

  @Post('city-statistics')
  @Allow({ roles: ['taskforce'] })
  @ApiOperation({ summary: 'Enter a yearly statistic (高技能人才占比) with its source; a year that has one is replaced with If-Match' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required when the year has a value: "v<version>" of your last read (428 without, 412 when stale)',
    example: '"v1"',
  })
  @ApiCreatedResponse({ type: CityStatisticDto, headers: { ETag: { description: '"v<version>"', schema: { type: 'string' } } } })
  @ApiProblems(400, 401, 403, 412, 428)
  async record(@Body() body: RecordStatisticDto, @Headers('if-match') ifMatch: string | undefined, @Res({ passthrough: true }) reply: FastifyReply) {
    const { indicator, year, ...value } = body;
    const result = await this.statistics.record(indicator, year, value, ifMatch);
    void reply.header('etag', etagOf(result.version));
    return result;
  }

  @Get('city-statistics')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'The yearly statistics entered, by indicator and year' })
  @ApiOkResponse({ type: CityStatisticListDto })
  @ApiProblems(400, 401, 403)
  async statisticsList(@Query() query: StatisticQueryDto) {
    return { items: await this.statistics.list(query.indicator) };
  }

  @Get('dashboard/trend')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Each 2027 target year by year towards 2027: tiers, coverage against the directories, 高技能人才占比; value and gap' })
  @ApiOkResponse({ type: TrendDto })
  @ApiProblems(400, 401, 403)
  trend(@Query() query: TrendQueryDto) {
    return this.dashboard.trend(query.asOf ?? todayInShanghai(), query.fromYear ?? 2024);
  }
}
