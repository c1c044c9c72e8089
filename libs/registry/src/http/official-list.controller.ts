import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow, ApiProblems, DomainError, Public } from '#platform';
import { DashboardQuery } from '../application/dashboard/dashboard.query.js';
import { OfficialListSnapshotsQuery, type SnapshotSummary } from '../application/official-list/official-list-snapshots.js';
import { todayInShanghai } from '../domain/dates.js';
import { isQuarter } from '../domain/quarter.js';
import { AsOfQueryDto } from './consortium.dto.js';
import { DashboardDto, ListProgressDto, SnapshotDto, SnapshotListDto, SnapshotQueryDto, type SnapshotSummaryDto } from './official-list.dto.js';

const summaryDto = (s: SnapshotSummary): SnapshotSummaryDto => ({ ...s, takenAt: s.takenAt.toISOString() });

@ApiTags('registry')
@ApiBearerAuth()
@Controller('api/v1')
export class OfficialListController {
  constructor(
    private readonly snapshots: OfficialListSnapshotsQuery,
    private readonly dashboard: DashboardQuery,
  ) {}

  @Get('official-list/snapshots')
  @Public()
  @ApiOperation({ summary: '建设名单 snapshots: one per published round revision, taken as of the quarter end; public' })
  @ApiOkResponse({ type: SnapshotListDto })
  async allSnapshots(): Promise<SnapshotListDto> {
    return { items: (await this.snapshots.list()).map(summaryDto) };
  }

  @Get('official-list/snapshots/:roundCode')
  @Public()
  @ApiOperation({ summary: 'The official list as snapshotted with a round (latest revision, or ?revision=); public' })
  @ApiOkResponse({ type: SnapshotDto })
  @ApiProblems(400, 404)
  async snapshot(@Param('roundCode') roundCode: string, @Query() query: SnapshotQueryDto): Promise<SnapshotDto> {
    if (!isQuarter(roundCode)) {
      throw new DomainError('MALFORMED', 'INVALID_ROUND_CODE', 'A round code is a quarter, YYYYQn', [
        { field: 'roundCode', code: 'INVALID_ROUND_CODE', message: 'e.g. 2026Q3' },
      ]);
    }
    const found = await this.snapshots.get(roundCode, query.revision);
    return { ...summaryDto(found), items: found.items };
  }

  @Get('official-list/progress')
  @Public()
  @ApiOperation({
    summary: 'The official list per tier against the 2027 targets, and the gap, on a date (default today): the dashboard’s public figures; public',
  })
  @ApiOkResponse({ type: ListProgressDto })
  @ApiProblems(400)
  progress(@Query() query: AsOfQueryDto): Promise<ListProgressDto> {
    return this.dashboard.progress(query.asOf ?? todayInShanghai());
  }

  @Get('dashboard')
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({
    summary: 'The list per tier against the 2027 targets, and coverage of key parks, higher-vocational colleges and above-scale firms on a date',
  })
  @ApiOkResponse({ type: DashboardDto })
  @ApiProblems(400, 401, 403)
  show(@Query() query: AsOfQueryDto): Promise<DashboardDto> {
    return this.dashboard.execute(query.asOf ?? todayInShanghai());
  }
}
