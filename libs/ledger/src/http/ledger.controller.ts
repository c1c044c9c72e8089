import { Body, Controller, Get, Header, HttpCode, Param, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Allow, ApiFileResponse, ApiProblems, CurrentActor, RequestValidationError, UuidParam, XLSX_CONTENT_TYPE } from '#platform';
import { writeTable } from '#registry';
import { DistrictScorecardQuery, SCORECARD_COLUMNS } from '../application/district-scorecard.query.js';
import { ImportTaskListUseCase, TASK_LIST_FILE } from '../application/import-task-list.use-case.js';
import { LedgerUseCases } from '../application/ledger.use-cases.js';
import { LedgerViewsQuery } from '../application/ledger-views.query.js';
import { SuperviseLedgerUseCase } from '../application/supervise.use-case.js';
import { shanghaiToday } from '../domain/ledger.js';
import {
  AddDependencyDto,
  AsOfQueryDto,
  CreateTaskDto,
  CreateUnitDto,
  ImportQueryDto,
  ImportResultDto,
  MilestoneInputDto,
  NoticeListDto,
  NoticeQueryDto,
  ReportDto,
  ReviewReportDto,
  RollupsDto,
  ScorecardDto,
  ScorecardQueryDto,
  SubmitReportDto,
  SupervisionRunDto,
  SupervisionSummaryDto,
  TaskDto,
  TaskListDto,
  TaskMapDto,
  TaskQueryDto,
  TimetableDto,
  UnitDto,
  UnitListDto,
  ViewQueryDto,
  YearQueryDto,
  yearAndDate,
} from './ledger.dto.js';

const TASKFORCE = { roles: ['taskforce'] } as const;
const CITY = { roles: ['admin', 'taskforce'] } as const;
/** Secretariats see their consortium's tasks, member staff their unit's: filtered per object in the use case. */
const LEDGER_READERS = { roles: ['admin', 'taskforce', 'secretariat', 'member'] } as const;

/**
 * 工作台账: the task force writes the ledger, responsible units report their own progress, the
 * secretariat of a consortium sees its consortium's ledger; supervision notices land in each
 * unit's inbox and, escalated, with the task force.
 */
@ApiTags('ledger')
@ApiBearerAuth()
@Controller('api/v1/ledger')
export class LedgerController {
  constructor(
    private readonly ledger: LedgerUseCases,
    private readonly views: LedgerViewsQuery,
    private readonly supervision: SuperviseLedgerUseCase,
    private readonly importer: ImportTaskListUseCase,
    private readonly scorecards: DistrictScorecardQuery,
  ) {}

  @Get('units')
  @Allow(LEDGER_READERS)
  @ApiOperation({ summary: 'The units that lead or carry tasks (牵头单位 / 责任单位): task force departments, district agencies, organizations, groups' })
  @ApiProblems(401, 403)
  @ApiOkResponse({ type: UnitListDto, description: 'the dictionary of units' })
  units() {
    return this.ledger.listUnits().then((items) => ({ items }));
  }

  @Post('units')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Add a unit to the dictionary' })
  @ApiProblems(400, 401, 403, 409, 422)
  @ApiCreatedResponse({ type: UnitDto, description: 'the unit' })
  createUnit(@Body() body: CreateUnitDto, @CurrentActor() actor: Actor) {
    return this.ledger.createUnit(body, actor);
  }

  @Get('units/:unitId/inbox')
  @Allow({ roles: ['admin', 'taskforce', 'member'] })
  @ApiOperation({ summary: "A unit's inbox: the reminders and supervision notices raised for it, newest first (its own staff, or the task force)" })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: NoticeListDto, description: 'the notices' })
  async inbox(@Param('unitId', new UuidParam('unitId')) unitId: string, @Query() query: NoticeQueryDto, @CurrentActor() actor: Actor) {
    await this.ledger.assertUnitVisible(unitId, actor);
    return { items: await this.views.notices({ unitId, ...query }) };
  }

  @Post('tasks')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Add a target task (目标任务) with its target, lead and responsible units, milestones and dependencies' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiCreatedResponse({ type: TaskDto, description: 'the task with its status today' })
  createTask(@Body() body: CreateTaskDto, @CurrentActor() actor: Actor) {
    return this.ledger.createTask(body, actor);
  }

  @Get('tasks')
  @Allow(LEDGER_READERS)
  @ApiOperation({ summary: "The ledger of a year with each task's status as of a date (the caller's part of it)" })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: TaskListDto, description: 'the tasks in ledger order' })
  list(@Query() query: TaskQueryDto, @CurrentActor() actor: Actor) {
    const { year, asOf } = yearAndDate(query, shanghaiToday());
    return this.ledger.list({ ...query, year, asOf }, actor).then((items) => ({ items }));
  }

  @Get('tasks/:taskId')
  @Allow(LEDGER_READERS)
  @ApiOperation({ summary: 'One task with its milestones, reports and status as of a date' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: TaskDto, description: 'the task' })
  get(@Param('taskId', new UuidParam('taskId')) id: string, @Query() query: AsOfQueryDto, @CurrentActor() actor: Actor) {
    return this.ledger.get(id, actor, query.asOf ?? shanghaiToday());
  }

  @Post('tasks/:taskId/milestones')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Add a milestone (时间表节点) to a task' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiCreatedResponse({ type: TaskDto, description: 'the task' })
  addMilestone(@Param('taskId', new UuidParam('taskId')) id: string, @Body() body: MilestoneInputDto, @CurrentActor() actor: Actor) {
    return this.ledger.addMilestone(id, body, actor);
  }

  @Post('tasks/:taskId/dependencies')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'The task depends on another (it cannot be done before); 422 DEPENDENCY_CYCLE naming the cycle it would close' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiCreatedResponse({ type: TaskDto, description: 'the task' })
  addDependency(@Param('taskId', new UuidParam('taskId')) id: string, @Body() body: AddDependencyDto, @CurrentActor() actor: Actor) {
    return this.ledger.addDependency(id, body.dependsOnId, actor);
  }

  @Post('milestones/:milestoneId/reports')
  @Allow({ roles: ['taskforce', 'member'] })
  @ApiOperation({
    summary:
      "A progress report (进展报送) on a milestone: value reached, narrative, evidence; by the task's lead or a responsible unit (its own staff, or the task force for a department)",
  })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiCreatedResponse({ type: ReportDto, description: 'the report, waiting for review' })
  report(@Param('milestoneId', new UuidParam('milestoneId')) id: string, @Body() body: SubmitReportDto, @CurrentActor() actor: Actor) {
    return this.ledger.submitReport(id, body, actor);
  }

  @Post('reports/:reportId/review')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Accept or return (with the reason) a progress report; accepting the report that completes a task needs what it depends on done' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOkResponse({ type: ReportDto, description: 'the report, reviewed' })
  review(@Param('reportId', new UuidParam('reportId')) id: string, @Body() body: ReviewReportDto, @CurrentActor() actor: Actor) {
    return this.ledger.review(id, body, actor);
  }

  @Post('supervision/runs')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({
    summary: 'Run supervision (督办) as of a day, as the daily scheduled job does: reminders, overdue notices, escalations, pace flags; idempotent per day',
  })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: SupervisionSummaryDto, description: 'what this run raised' })
  supervise(@Body() body: SupervisionRunDto, @CurrentActor() actor: Actor) {
    return this.supervision.run(body.asOf, actor);
  }

  @Get('supervision/notices')
  @Allow(CITY)
  @ApiOperation({ summary: "The task force's inbox: escalations (提级督办) and pace flags (进度异常), newest first" })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: NoticeListDto, description: 'the notices to the task force' })
  async taskforceInbox(@Query() query: NoticeQueryDto) {
    return { items: await this.views.notices({ unitId: null, ...query }) };
  }

  @Post('imports')
  @Allow(TASKFORCE)
  @ApiConsumes(XLSX_CONTENT_TYPE, 'text/csv')
  @ApiBody({
    description: `A task list with the headers ${TASK_LIST_FILE.map((c) => c.labels[0]).join(', ')} (序号 and 任务内容 required; 牵头单位 or 责任单位)`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'Import a task list (任务清单) into the ledger of a year, all or nothing; 422 names each bad row and column' })
  @ApiProblems(400, 401, 403, 409, 413, 415, 422)
  @ApiCreatedResponse({ type: ImportResultDto, description: 'the tasks created' })
  import(@Body() body: Buffer, @Query() query: ImportQueryDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!Buffer.isBuffer(body)) {
      throw new RequestValidationError([{ field: 'body', code: 'NOT_A_FILE', message: `send the file itself as ${XLSX_CONTENT_TYPE} or text/csv` }]);
    }
    const format = String(reply.request.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx';
    return this.importer.execute(body, { ...query, format }, actor);
  }

  @Get('rollups')
  @Allow(CITY)
  @ApiOperation({ summary: 'Completion of the year as of a date: city-wide, by unit, by consortium, by district' })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: RollupsDto, description: 'the rollups' })
  rollups(@Query() query: YearQueryDto) {
    const { year, asOf } = yearAndDate(query, shanghaiToday());
    return this.views.rollups(year, asOf);
  }

  @Get('timetable')
  @Allow(LEDGER_READERS)
  @ApiOperation({ summary: '时间表: each task as a bar from start to due with its milestones (the caller’s part of the ledger)' })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: TimetableDto, description: 'the timetable' })
  timetable(@Query() query: ViewQueryDto, @CurrentActor() actor: Actor) {
    const { year, asOf } = yearAndDate(query, shanghaiToday());
    return this.views.timetable(year, query.consortiumId, asOf, actor);
  }

  @Get('task-map')
  @Allow(LEDGER_READERS)
  @ApiOperation({ summary: '任务图: tasks as nodes, sub-task and dependency edges (the caller’s part of the ledger)' })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: TaskMapDto, description: 'the task map' })
  taskMap(@Query() query: ViewQueryDto, @CurrentActor() actor: Actor) {
    const { year, asOf } = yearAndDate(query, shanghaiToday());
    return this.views.taskMap(year, query.consortiumId, asOf, actor);
  }

  @Get('district-scorecard')
  @Allow(CITY)
  @ApiOperation({
    summary:
      '区县履职评价: per district, consortium results (annual competition), ledger completion and on-time share, membership coverage against the directories, supply–demand figures where provided; a score by the versioned method, and a rank',
  })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: ScorecardDto, description: 'the scorecard' })
  scorecard(@Query() query: ScorecardQueryDto) {
    const { year, asOf } = yearAndDate(query, shanghaiToday());
    return this.scorecards.scorecard(year, asOf, query.method);
  }

  @Get('district-scorecard/export')
  @Allow(CITY)
  @Header('cache-control', 'no-store')
  @ApiProduces(XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The district scorecard as XLSX with Chinese headers, for the annual evaluation of districts' })
  @ApiProblems(400, 401, 403)
  @ApiFileResponse('the scorecard as XLSX', XLSX_CONTENT_TYPE)
  async exportScorecard(@Query() query: ScorecardQueryDto, @Res({ passthrough: true }) reply: FastifyReply): Promise<StreamableFile> {
    const { year, asOf } = yearAndDate(query, shanghaiToday());
    const card = await this.scorecards.scorecard(year, asOf, query.method);
    void reply.header('content-type', XLSX_CONTENT_TYPE).header('content-disposition', `attachment; filename="district-scorecard-${card.year}.xlsx"`);
    return new StreamableFile(
      await writeTable(SCORECARD_COLUMNS, DistrictScorecardQuery.tableRows(card.rows, card.methodVersion), 'xlsx', `区县履职评价 ${card.year}`),
    );
  }
}
