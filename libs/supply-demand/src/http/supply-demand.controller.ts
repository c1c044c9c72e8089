import { Body, Controller, Get, HttpCode, Param, Post, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Allow, ApiProblems, CurrentActor, RequestValidationError, scopeOf, UuidParam, XLSX_CONTENT_TYPE } from '#platform';
import { ComputeFiguresCommand } from '../application/use-cases/compute-figures/compute-figures.command.js';
import { ComputeFiguresUseCase } from '../application/use-cases/compute-figures/compute-figures.use-case.js';
import { CorrectPaymentCommand } from '../application/use-cases/correct-payment/correct-payment.command.js';
import { CorrectPaymentUseCase } from '../application/use-cases/correct-payment/correct-payment.use-case.js';
import { CreateDemandCommand } from '../application/use-cases/create-demand/create-demand.command.js';
import { CreateDemandUseCase } from '../application/use-cases/create-demand/create-demand.use-case.js';
import { FulfilDemandCommand } from '../application/use-cases/fulfil-demand/fulfil-demand.command.js';
import { FulfilDemandUseCase } from '../application/use-cases/fulfil-demand/fulfil-demand.use-case.js';
import { GetDemandCommand, GetOutcomeCommand } from '../application/use-cases/get-demand/get-demand.command.js';
import { GetDemandUseCase } from '../application/use-cases/get-demand/get-demand.use-case.js';
import { ImportProgramsCommand } from '../application/use-cases/import-programs/import-programs.command.js';
import { ImportProgramsUseCase, PROGRAM_FILE } from '../application/use-cases/import-programs/import-programs.use-case.js';
import { ListProgramsCommand } from '../application/use-cases/list-programs/list-programs.command.js';
import { ListProgramsUseCase } from '../application/use-cases/list-programs/list-programs.use-case.js';
import { ListRecommendationsCommand } from '../application/use-cases/list-recommendations/list-recommendations.command.js';
import { ListRecommendationsUseCase } from '../application/use-cases/list-recommendations/list-recommendations.use-case.js';
import { PublishDemandCommand } from '../application/use-cases/publish-demand/publish-demand.command.js';
import { PublishDemandUseCase } from '../application/use-cases/publish-demand/publish-demand.use-case.js';
import { RecordOutcomeCommand } from '../application/use-cases/record-outcome/record-outcome.command.js';
import { RecordOutcomeUseCase } from '../application/use-cases/record-outcome/record-outcome.use-case.js';
import { RecordPaymentCommand } from '../application/use-cases/record-payment/record-payment.command.js';
import { RecordPaymentUseCase } from '../application/use-cases/record-payment/record-payment.use-case.js';
import { RegisterCapabilityCommand } from '../application/use-cases/register-capability/register-capability.command.js';
import { RegisterCapabilityUseCase } from '../application/use-cases/register-capability/register-capability.use-case.js';
import { RegisterProgramCommand } from '../application/use-cases/register-program/register-program.command.js';
import { RegisterProgramUseCase } from '../application/use-cases/register-program/register-program.use-case.js';
import { RespondToDemandCommand } from '../application/use-cases/respond-to-demand/respond-to-demand.command.js';
import { RespondToDemandUseCase } from '../application/use-cases/respond-to-demand/respond-to-demand.use-case.js';
import { SearchDemandsCommand } from '../application/use-cases/search-demands/search-demands.command.js';
import { SearchDemandsUseCase } from '../application/use-cases/search-demands/search-demands.use-case.js';
import { ShortlistResponseCommand } from '../application/use-cases/shortlist-response/shortlist-response.command.js';
import { ShortlistResponseUseCase } from '../application/use-cases/shortlist-response/shortlist-response.use-case.js';
import { WithdrawDemandCommand } from '../application/use-cases/withdraw-demand/withdraw-demand.command.js';
import { WithdrawDemandUseCase } from '../application/use-cases/withdraw-demand/withdraw-demand.use-case.js';
import { shanghaiToday } from '../application/supply-demand.support.js';
import { supplyDemandError } from '../domain/supply-demand.errors.js';
import type { FigureScope } from '../domain/figures.js';
import {
  CapabilityDto,
  CreateCapabilityDto,
  CreateDemandDto,
  CreateProgramDto,
  DemandDetailDto,
  DemandDto,
  DemandPageDto,
  FiguresDto,
  FiguresQueryDto,
  HallQueryDto,
  LimitQueryDto,
  OutcomeWithPaymentsDto,
  PaymentCorrectionDto,
  PaymentDto,
  PaymentInputDto,
  ProgramDto,
  ProgramImportResultDto,
  ProgramListDto,
  ReasonDto,
  RecommendationListDto,
  RecordOutcomeDto,
  RespondDto,
  ResponseDto,
} from './supply-demand.dto.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Signed-in users of every role; each object is checked in its use case (publisher, supplier, members-only). */
const USERS = { roles: ['admin', 'taskforce', 'secretariat', 'member'] } as const;
/** A member unit's staff for their own organization (the route's `organizationId`), or the city. */
const ORGANIZATION_STAFF = { roles: ['admin', 'taskforce', 'member'], organizationParam: 'organizationId' } as const;

/**
 * 供需对接: the demand hall and a demand's lifecycle for publishers (firms, parks, consortia and
 * communities), programs and capabilities for suppliers (schools and institutes), the "for you"
 * list the matching fills, docking (responses, shortlisting, outcomes, payments) and the figures.
 */
@ApiTags('supply-demand')
@ApiBearerAuth()
@Controller('api/v1/supply-demand')
export class SupplyDemandController {
  constructor(
    private readonly registerProgram: RegisterProgramUseCase,
    private readonly importPrograms: ImportProgramsUseCase,
    private readonly listPrograms: ListProgramsUseCase,
    private readonly registerCapability: RegisterCapabilityUseCase,
    private readonly createDemand: CreateDemandUseCase,
    private readonly publishDemand: PublishDemandUseCase,
    private readonly withdrawDemand: WithdrawDemandUseCase,
    private readonly fulfilDemand: FulfilDemandUseCase,
    private readonly getDemand: GetDemandUseCase,
    private readonly recommendations: ListRecommendationsUseCase,
    private readonly respond: RespondToDemandUseCase,
    private readonly shortlist: ShortlistResponseUseCase,
    private readonly recordOutcome: RecordOutcomeUseCase,
    private readonly recordPayment: RecordPaymentUseCase,
    private readonly correctPayment: CorrectPaymentUseCase,
    private readonly figures: ComputeFiguresUseCase,
    private readonly search: SearchDemandsUseCase,
  ) {}

  @Post('organizations/:organizationId/programs')
  @Allow(ORGANIZATION_STAFF)
  @ApiOperation({ summary: 'Register a program (专业布点) of a school for a year' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiCreatedResponse({ type: ProgramDto, description: 'the program' })
  createProgram(
    @Param('organizationId', new UuidParam('organizationId')) organizationId: string,
    @Body() body: CreateProgramDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.registerProgram.execute(new RegisterProgramCommand(actor, organizationId, body));
  }

  @Get('organizations/:organizationId/programs')
  @Allow(USERS)
  @ApiOperation({ summary: "A school's programs (专业布点), newest year first" })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: ProgramListDto, description: 'the programs' })
  programs(@Param('organizationId', new UuidParam('organizationId')) organizationId: string, @CurrentActor() actor: Actor) {
    return this.listPrograms.execute(new ListProgramsCommand(actor, organizationId));
  }

  @Post('organizations/:organizationId/capabilities')
  @Allow(ORGANIZATION_STAFF)
  @ApiOperation({ summary: 'Register a capability of a school or institute (a lab, a team, a service)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiCreatedResponse({ type: CapabilityDto, description: 'the capability' })
  createCapability(
    @Param('organizationId', new UuidParam('organizationId')) organizationId: string,
    @Body() body: CreateCapabilityDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.registerCapability.execute(new RegisterCapabilityCommand(actor, organizationId, body));
  }

  @Get('organizations/:organizationId/recommendations')
  @Allow(ORGANIZATION_STAFF)
  @ApiOperation({ summary: '为你推荐: the open demands pushed to an organization by the matching, best score first, each with why' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: RecommendationListDto, description: 'the recommendations' })
  forYou(@Param('organizationId', new UuidParam('organizationId')) organizationId: string, @Query() query: LimitQueryDto, @CurrentActor() actor: Actor) {
    return this.recommendations.execute(new ListRecommendationsCommand(actor, organizationId, query.limit ?? 50));
  }

  @Post('imports/programs')
  @Allow({ roles: ['admin', 'taskforce', 'member'] })
  @ApiConsumes(XLSX_CONTENT_TYPE, 'text/csv')
  @ApiBody({
    description: `Programs with the headers ${PROGRAM_FILE.map((c) => c.labels[0]).join(', ')}; member staff import their own organization's only`,
    schema: { type: 'string', format: 'binary' },
  })
  @ApiOperation({ summary: 'Import programs (专业布点) from XLSX or CSV with Chinese headers, all or nothing; 422 names each bad row and column' })
  @ApiProblems(400, 401, 403, 413, 415, 422)
  @ApiCreatedResponse({ type: ProgramImportResultDto, description: 'the programs created' })
  importProgramFile(@Body() body: Buffer, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    if (!Buffer.isBuffer(body))
      throw new RequestValidationError([{ field: 'body', code: 'NOT_A_FILE', message: `send the file itself as ${XLSX_CONTENT_TYPE} or text/csv` }]);
    const format = String(reply.request.headers['content-type'] ?? '').startsWith('text/csv') ? 'csv' : 'xlsx';
    return this.importPrograms.execute(new ImportProgramsCommand(actor, body, format));
  }

  @Post('demands')
  @Allow(USERS)
  @ApiOperation({ summary: 'Draft a demand (需求: 人才, 专业, 技术, 出海) for a publisher the caller acts for' })
  @ApiProblems(400, 401, 403, 422)
  @ApiCreatedResponse({ type: DemandDto, description: 'the draft' })
  create(@Body() body: CreateDemandDto, @CurrentActor() actor: Actor) {
    return this.createDemand.execute(new CreateDemandCommand(actor, body));
  }

  @Get('demands')
  @Allow(USERS)
  @ApiOperation({ summary: '需求大厅: open demands the caller may see (public, and members-only of its consortia), newest first' })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: DemandPageDto, description: 'a page of demands' })
  hall(@Query() query: HallQueryDto, @CurrentActor() actor: Actor) {
    return this.search.execute(
      new SearchDemandsCommand(actor, {
        kinds: query.kind,
        clusterCode: query.clusterCode,
        districtCode: query.districtCode,
        q: query.q,
        after: query.after,
        limit: query.limit ?? 50,
      }),
    );
  }

  @Get('demands/:demandId')
  @Allow(USERS)
  @ApiOperation({ summary: 'One demand: the publisher sees the responses, matches (with why) and outcomes; a supplier its own' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: DemandDetailDto, description: 'the demand' })
  get(@Param('demandId', new UuidParam('demandId')) demandId: string, @CurrentActor() actor: Actor) {
    return this.getDemand.execute(new GetDemandCommand(actor, demandId));
  }

  @Post('demands/:demandId/publication')
  @HttpCode(200)
  @Allow(USERS)
  @ApiOperation({ summary: 'Publish a draft (DRAFT → PUBLISHED); the matching job then pushes it to the suppliers that fit' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: DemandDto, description: 'the demand' })
  publish(@Param('demandId', new UuidParam('demandId')) demandId: string, @CurrentActor() actor: Actor) {
    return this.publishDemand.execute(new PublishDemandCommand(actor, demandId));
  }

  @Post('demands/:demandId/withdrawal')
  @HttpCode(200)
  @Allow(USERS)
  @ApiOperation({ summary: 'Withdraw a demand (its publisher), with the reason' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: DemandDto, description: 'the demand' })
  withdraw(@Param('demandId', new UuidParam('demandId')) demandId: string, @Body() body: ReasonDto, @CurrentActor() actor: Actor) {
    return this.withdrawDemand.execute(new WithdrawDemandCommand(actor, demandId, body.reason));
  }

  @Post('demands/:demandId/fulfilment')
  @HttpCode(200)
  @Allow(USERS)
  @ApiOperation({ summary: 'Close a demand in docking as fulfilled (its publisher; at least one outcome recorded)' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: DemandDto, description: 'the demand' })
  fulfil(@Param('demandId', new UuidParam('demandId')) demandId: string, @CurrentActor() actor: Actor) {
    return this.fulfilDemand.execute(new FulfilDemandCommand(actor, demandId));
  }

  @Post('demands/:demandId/responses')
  @Allow({ roles: ['admin', 'taskforce', 'member'] })
  @ApiOperation({ summary: '应答: a school or institute answers an open demand (its staff); recorded as its participation (DEMAND_RESPONSE)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiCreatedResponse({ type: ResponseDto, description: 'the response' })
  answer(@Param('demandId', new UuidParam('demandId')) demandId: string, @Body() body: RespondDto, @CurrentActor() actor: Actor) {
    return this.respond.execute(new RespondToDemandCommand(actor, demandId, body.organizationId, body.message, body.programIds ?? []));
  }

  @Post('demands/:demandId/responses/:responseId/shortlist')
  @HttpCode(200)
  @Allow(USERS)
  @ApiOperation({ summary: 'Shortlist a response (its publisher); the first takes the demand into docking (IN_DOCKING)' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: ResponseDto, description: 'the response' })
  shortlistResponse(
    @Param('demandId', new UuidParam('demandId')) demandId: string,
    @Param('responseId', new UuidParam('responseId')) responseId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.shortlist.execute(new ShortlistResponseCommand(actor, demandId, responseId));
  }

  @Post('demands/:demandId/outcomes')
  @Allow(USERS)
  @ApiOperation({ summary: 'Record an outcome with a shortlisted response: 订单班, 就业安置, 技术服务合同, 培训项目 (its publisher)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiCreatedResponse({ type: OutcomeWithPaymentsDto, description: 'the outcome' })
  async outcome(@Param('demandId', new UuidParam('demandId')) demandId: string, @Body() body: RecordOutcomeDto, @CurrentActor() actor: Actor) {
    return { ...(await this.recordOutcome.execute(new RecordOutcomeCommand(actor, demandId, body))), payments: [] };
  }

  @Get('outcomes/:outcomeId')
  @Allow(USERS)
  @ApiOperation({ summary: 'One outcome with its payments (whoever may see its demand; the evidence behind a PLATFORM answer links here)' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: OutcomeWithPaymentsDto, description: 'the outcome' })
  async getOutcome(@Param('outcomeId', new UuidParam('outcomeId')) outcomeId: string, @CurrentActor() actor: Actor) {
    return this.getDemand.outcome(new GetOutcomeCommand(actor, outcomeId));
  }

  @Post('outcomes/:outcomeId/payments')
  @Allow(USERS)
  @ApiOperation({ summary: 'Record a payment received (到款) on a technical-service contract (the demand’s publisher)' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiCreatedResponse({ type: PaymentDto, description: 'the payment' })
  payment(@Param('outcomeId', new UuidParam('outcomeId')) outcomeId: string, @Body() body: PaymentInputDto, @CurrentActor() actor: Actor) {
    return this.recordPayment.execute(new RecordPaymentCommand(actor, outcomeId, body));
  }

  @Post('payments/:paymentId/corrections')
  @HttpCode(200)
  @Allow(USERS)
  @ApiOperation({ summary: 'Correct a payment (amount, date) with the reason; open rounds’ answer sheets follow it' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiOkResponse({ type: PaymentDto, description: 'the payment as corrected' })
  correct(@Param('paymentId', new UuidParam('paymentId')) paymentId: string, @Body() body: PaymentCorrectionDto, @CurrentActor() actor: Actor) {
    return this.correctPayment.execute(new CorrectPaymentCommand(actor, paymentId, body));
  }

  @Get('figures')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'] })
  @ApiOperation({ summary: 'Figures of the city, a district or a consortium/community for a period (a secretariat: its own consortium)' })
  @ApiProblems(400, 401, 403, 404, 422)
  @ApiOkResponse({ type: FiguresDto, description: 'the figures' })
  figuresOf(@Query() query: FiguresQueryDto, @CurrentActor() actor: Actor) {
    const scope = scopeOf(actor);
    const to = query.to ?? (query.from ? `${query.from.slice(0, 4)}-12-31` : shanghaiToday());
    const from = query.from ?? `${to.slice(0, 4)}-01-01`;
    let figureScope: FigureScope;
    if ((query.scope ?? 'CITY') === 'CITY') figureScope = { kind: 'CITY' };
    else if (query.scope === 'DISTRICT' && query.id && /^\d{6}$/.test(query.id)) figureScope = { kind: 'DISTRICT', code: query.id };
    else if (query.scope === 'CONSORTIUM' && query.id && UUID.test(query.id)) figureScope = { kind: 'CONSORTIUM', id: query.id };
    else throw supplyDemandError('FIGURES_SCOPE', 'id', query.scope === 'DISTRICT' ? '区县范围须给出六位区县代码' : '联合体范围须给出联合体编号');
    if (to < from) throw supplyDemandError('VALID_TO_BEFORE_FROM', 'to', `${to} < ${from}`);
    if (!scope.cityWide && !(figureScope.kind === 'CONSORTIUM' && scope.consortiumIds.includes(figureScope.id)))
      throw supplyDemandError('FIGURES_NOT_YOURS', 'id', '秘书处只能查看本联合体的统计');
    return this.figures.execute(new ComputeFiguresCommand(actor, figureScope, from, to));
  }
}
