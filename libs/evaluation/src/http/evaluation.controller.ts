import { Body, Controller, Get, Header, Headers, HttpCode, Param, Patch, Post, Put, Query, Res, StreamableFile } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
  ApiAcceptedResponse,
} from '@nestjs/swagger';
import { create as contentDisposition } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import {
  type Actor,
  Allow,
  ApiFileResponse,
  ApiProblems,
  attachmentDisposition,
  CurrentActor,
  etagOf,
  EXPORT_CONTENT_TYPES,
  hasRole,
  type ExportFormat,
  type ExportLabelMode,
  exportTable,
  Public,
  RequestValidationError,
  ROLES,
  UuidParam,
  XLSX_CONTENT_TYPE,
} from '#platform';
import { RANKING_EXPORT, type RankingExportRow, ResultExportsQuery } from '../application/result-exports.js';
import { EVIDENCE_MEDIA_TYPES } from '../domain/evidence.js';
import { AnswerSheetsUseCases } from '../application/answer-sheets.use-cases.js';
import { ConsortiumResultQuery } from '../application/consortium-result.query.js';
import { RoundScoringUseCases } from '../application/round-scoring.use-cases.js';
import { SchemesAndRoundsUseCases } from '../application/schemes-and-rounds.use-cases.js';
import {
  CreateRoundDto,
  CreateSchemeDto,
  EvidenceDownloadQueryDto,
  EvidenceQueryDto,
  ExtensionDto,
  PatchAnswersDto,
  RankingExportQueryDto,
  ResultsExportQueryDto,
  RankingQueryDto,
  ReopenSheetDto,
  ReturnSheetDto,
  RoundTransitionDto,
  SaveAnswersDto,
  ScoringRequestDto,
  SheetOverviewQueryDto,
  TargetOverrideDto,
  UpdateSchemeDto,
} from './evaluation.dto.js';
import {
  AnswerSheetDto,
  ConsortiumResultDto,
  ExtensionResultDto,
  SheetOverviewDto,
  PaperDto,
  PublishedRankingDto,
  PublishedRoundListDto,
  RoundDto,
  RoundListDto,
  RoundResultsDto,
  SchemeDto,
  SchemeListDto,
  ScoringDto,
  TargetOverrideResultDto,
} from './evaluation-responses.dto.js';

const TASKFORCE = { roles: ['taskforce'] } as const;
/** Unpublished results: the task force and administrators only (晾晒 comes with publication). */
const READERS_OF_RESULTS = { roles: ['admin', 'taskforce'] } as const;
const etag = (what: string) => ({
  ETag: { description: `Version of the ${what}; send it back in If-Match to change it`, schema: { type: 'string', example: '"v2"' } },
});
/** If-Match on a PUT that creates the object the first time (as organizations): required once it exists. */
const ifMatchToChange = (what: string, read: string) =>
  ApiHeader({
    name: 'If-Match',
    required: false,
    description: `Required to change an existing ${what}: the ETag of your last read (${read}); 428 without, 412 when stale. Leave it out to create one.`,
    example: '"v1"',
  });

/** 赛马比拼: schemes (考核方案), rounds, extensions, target overrides and papers (考卷). */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/evaluation')
export class EvaluationController {
  constructor(
    private readonly evaluation: SchemesAndRoundsUseCases,
    private readonly sheets: AnswerSheetsUseCases,
    private readonly scoring: RoundScoringUseCases,
    private readonly consortiumResult: ConsortiumResultQuery,
    private readonly exports: ResultExportsQuery,
  ) {}

  @Post('schemes')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Define a scheme; the same code again makes its next version (a version is frozen once a round opens with it)' })
  @ApiCreatedResponse({ type: SchemeDto, description: 'the scheme version', headers: etag('scheme version (its revision)') })
  @ApiProblems(400, 401, 403, 422)
  async createScheme(@Body() body: CreateSchemeDto, @CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply) {
    const scheme = await this.evaluation.createScheme(body, actor);
    void reply.header('etag', etagOf(scheme.revision));
    return scheme;
  }

  @Get('schemes')
  @Allow({ roles: ROLES })
  @ApiProblems(401, 403)
  @ApiOperation({ summary: 'Every scheme version (考核方案)' })
  @ApiOkResponse({ type: SchemeListDto, description: 'every scheme version' })
  schemes() {
    return this.evaluation.listSchemes().then((items) => ({ items }));
  }

  @Get('schemes/:schemeId')
  @Allow({ roles: ROLES })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'One scheme version' })
  @ApiOkResponse({ type: SchemeDto, description: 'the scheme version', headers: etag('scheme version (its revision)') })
  async scheme(@Param('schemeId', new UuidParam('schemeId')) id: string, @Res({ passthrough: true }) reply: FastifyReply) {
    const scheme = await this.evaluation.getScheme(id);
    void reply.header('etag', etagOf(scheme.revision));
    return scheme;
  }

  @Put('schemes/:schemeId')
  @Allow(TASKFORCE)
  @ApiOperation({
    summary: 'Correct a scheme version no round has used yet; a used one is frozen (409 SCHEME_IN_USE): make the next version instead. If-Match required',
  })
  @ApiHeader({
    name: 'If-Match',
    required: true,
    description: 'The ETag ("v<revision>") of your last read; 428 without, 412 when the scheme was corrected since',
    example: '"v1"',
  })
  @ApiOkResponse({ type: SchemeDto, description: 'the scheme version, corrected', headers: etag('scheme version (its revision)') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async updateScheme(
    @Param('schemeId', new UuidParam('schemeId')) id: string,
    @Body() body: UpdateSchemeDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const scheme = await this.evaluation.updateScheme(id, body, ifMatch);
    void reply.header('etag', etagOf(scheme.revision));
    return scheme;
  }

  @Post('rounds')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Create a quarterly round (code YYYYQn; quarter in Asia/Shanghai days) with its scheme and deadline' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiCreatedResponse({ type: RoundDto, description: 'the round, in DRAFT' })
  createRound(@Body() body: CreateRoundDto) {
    return this.evaluation.createRound({ ...body, deadline: new Date(body.deadline) });
  }

  @Get('rounds')
  @Allow({ roles: ROLES })
  @ApiProblems(401, 403)
  @ApiOperation({ summary: 'Every quarterly round' })
  @ApiOkResponse({ type: RoundListDto, description: 'every round' })
  rounds() {
    return this.evaluation.listRounds().then((items) => ({ items }));
  }

  @Get('rounds/:roundId')
  @Allow({ roles: ROLES })
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'One quarterly round' })
  @ApiOkResponse({ type: RoundDto, description: 'the round' })
  round(@Param('roundId', new UuidParam('roundId')) id: string) {
    return this.evaluation.getRound(id);
  }

  @Post('rounds/:roundId/transitions')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Open (freezes the scheme version), close, reopen, or archive (after publication) a round' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: RoundDto, description: 'the round in its new status' })
  transition(@Param('roundId', new UuidParam('roundId')) id: string, @Body() body: RoundTransitionDto) {
    return this.evaluation.transitionRound(id, body.to);
  }

  @Post('rounds/:roundId/scoring')
  @HttpCode(202)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Score a closed round (or score a scored one again) in the worker, as the next revision' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiAcceptedResponse({ type: ScoringDto, description: 'the scoring, queued' })
  requestScoring(@Param('roundId', new UuidParam('roundId')) id: string, @Body() body: ScoringRequestDto) {
    return this.scoring.request(id, body.reason);
  }

  @Get('rounds/:roundId/scoring')
  @Allow(READERS_OF_RESULTS)
  @ApiOperation({ summary: 'The latest scoring of a round and its progress' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: ScoringDto, description: 'the latest scoring' })
  scoringStatus(@Param('roundId', new UuidParam('roundId')) id: string) {
    return this.scoring.latest(id);
  }

  @Get('rounds/:roundId/results')
  @Allow(READERS_OF_RESULTS)
  @ApiOperation({ summary: 'Results of the latest finished scoring: per level, rank, grade, rank interval and explanation' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: RoundResultsDto, description: 'the results' })
  results(@Param('roundId', new UuidParam('roundId')) id: string) {
    return this.scoring.results(id);
  }

  @Get('rounds/:roundId/results/:consortiumId')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({
    summary:
      'One consortium’s result with its explanation: its secretariat reads the latest published revision (404 ROUND_NOT_PUBLISHED before); the task force and admins the latest finished scoring',
  })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: ConsortiumResultDto, description: 'the consortium’s result' })
  consortiumResultOf(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.consortiumResult.execute(id, consortiumId, !hasRole(actor, 'admin', 'taskforce'));
  }

  @Post('rounds/:roundId/publication')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: '晾晒: publish the latest scoring of a scored round; it becomes immutable and public' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: ScoringDto, description: 'the published scoring' })
  publish(@Param('roundId', new UuidParam('roundId')) id: string, @CurrentActor() actor: Actor) {
    return this.scoring.publish(id, actor);
  }

  @Get('rankings')
  @Public()
  @ApiOperation({ summary: 'Rounds with a published ranking, newest first; public' })
  @ApiOkResponse({ type: PublishedRoundListDto, description: 'rounds with a published ranking' })
  rankings() {
    return this.scoring.publishedRounds().then((items) => ({ items }));
  }

  @Get('rankings/:roundId')
  @Public()
  @ApiOperation({
    summary:
      'The published ranking of a round (the latest published revision, or ?revision=n for any earlier published one): rank, grade and rank interval per level, with the revision’s reason and the list of published revisions; public',
  })
  @ApiProblems(400, 404)
  @ApiOkResponse({ type: PublishedRankingDto, description: 'the published ranking' })
  ranking(@Param('roundId', new UuidParam('roundId')) id: string, @Query() query: RankingQueryDto) {
    return this.scoring.publishedResults(id, query.revision);
  }

  @Get('rankings/:roundId/export')
  @Public()
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary:
      'The published ranking of a round as XLSX or CSV: level, rank, consortium name and id, total on 0–100, level score, improvement (进步), grade, Monte Carlo rank interval and the quarter’s best practice; Chinese headers and labels unless ?labels=codes; public',
  })
  @ApiProblems(400, 404)
  @ApiFileResponse('the published ranking as a file', 'text/csv', XLSX_CONTENT_TYPE)
  async exportRanking(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Query() query: RankingExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.rankingFile(await this.exports.round(id, { unpublished: false, revision: query.revision }), query, reply);
  }

  @Get('rounds/:roundId/results/export')
  @Allow(READERS_OF_RESULTS)
  @Header('cache-control', 'no-store')
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary:
      'The latest finished scoring of a round as XLSX or CSV, before publication too (the task force and administrators): the columns of the published ranking export',
  })
  @ApiProblems(400, 401, 403, 404)
  @ApiFileResponse('the results as a file', 'text/csv', XLSX_CONTENT_TYPE)
  async exportResults(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Query() query: ResultsExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.rankingFile(await this.exports.round(id, { unpublished: true }), query, reply);
  }

  private async rankingFile(
    ranking: { code: string; revision: number; published: boolean; rows: RankingExportRow[] },
    query: { format?: ExportFormat; labels?: ExportLabelMode },
    reply: FastifyReply,
  ): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const draft = ranking.published ? '' : '-unpublished';
    const chinese = `${ranking.code}赛马比拼${ranking.published ? '排名' : '结果（未晾晒）'}-第${ranking.revision}版.${format}`;
    void reply
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', attachmentDisposition(`ranking-${ranking.code}-r${ranking.revision}${draft}.${format}`, chinese, query.labels));
    return new StreamableFile(
      await exportTable(
        RANKING_EXPORT,
        ranking.rows,
        format,
        query.labels ?? 'zh',
        query.labels === 'codes' ? `ranking ${ranking.code}` : `${ranking.code} 排名`,
      ),
    );
  }

  @Put('rounds/:roundId/extensions')
  @Allow(TASKFORCE)
  @ApiOperation({
    summary: 'Extend one consortium’s deadline, with the reason; changing an extension needs If-Match (its version is on the paper, `extensionVersion`)',
  })
  @ifMatchToChange('extension', 'the paper’s `extensionVersion`, or the ETag of the last PUT')
  @ApiOkResponse({ type: ExtensionResultDto, description: 'the extension', headers: etag('extension') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async extend(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Body() body: ExtensionDto,
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const extension = await this.evaluation.grantExtension(id, { ...body, until: new Date(body.until) }, actor, ifMatch);
    void reply.header('etag', etagOf(extension.version));
    return extension;
  }

  @Put('rounds/:roundId/target-overrides')
  @Allow(TASKFORCE)
  @ApiOperation({
    summary:
      'Override one indicator’s target for one consortium in this round; changing an override needs If-Match (its version is on the paper, `targetOverrideVersions`)',
  })
  @ifMatchToChange('override', 'the paper’s `targetOverrideVersions[indicatorCode]`, or the ETag of the last PUT')
  @ApiOkResponse({ type: TargetOverrideResultDto, description: 'the override', headers: etag('override') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async override(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Body() body: TargetOverrideDto,
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const override = await this.evaluation.setTargetOverride(id, body, actor, ifMatch);
    void reply.header('etag', etagOf(override.version));
    return override;
  }

  @Get('rounds/:roundId/papers/:consortiumId')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: '考卷: the consortium’s paper — indicators of its level, targets (with overrides), its deadline' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: PaperDto, description: 'the resolved paper' })
  paper(@Param('roundId', new UuidParam('roundId')) id: string, @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string) {
    return this.evaluation.paper(id, consortiumId);
  }

  @Get('rounds/:roundId/answer-sheets/:consortiumId')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: '答卷: the consortium’s answers in this round, with status, late flag and review comments' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet', headers: etag('answer sheet') })
  async answerSheet(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const sheet = await this.sheets.get(id, consortiumId);
    void reply.header('etag', etagOf(sheet.version));
    return sheet;
  }

  @Get('rounds/:roundId/answer-sheets')
  @Allow(READERS_OF_RESULTS)
  @ApiOperation({
    summary:
      '答卷一览: every consortium on the list at the round’s period end with its sheet’s state (not started, draft, submitted, returned, accepted), late flag, submission time and counts; filter by state or lateness',
  })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: SheetOverviewDto, description: 'the sheets of the round, with counts per state' })
  sheetOverview(@Param('roundId', new UuidParam('roundId')) id: string, @Query() query: SheetOverviewQueryDto) {
    return this.sheets.overview(id, { status: query.status, late: query.late === undefined ? undefined : query.late === 'true' });
  }

  @Put('rounds/:roundId/answer-sheets/:consortiumId')
  @Allow({ roles: ['secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({
    summary:
      'Replace the whole set of answers (draft or corrections): answers left out are removed, and the answer lists them in `warnings` (ANSWERS_REMOVED). To change some answers only, use PATCH',
    description:
      'PUT states the whole sheet: saving 6 answers and then 4 leaves 4. Values are checked against the paper. The first save creates the sheet; every later one needs If-Match.',
  })
  @ifMatchToChange('answer sheet', 'GET of the sheet, or the ETag of the last write')
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet, with `warnings` when answers were removed', headers: etag('answer sheet') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async saveAnswers(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: SaveAnswersDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const sheet = await this.sheets.save(id, consortiumId, { mode: 'replace', answers: body.answers }, ifMatch);
    void reply.header('etag', etagOf(sheet.version));
    return sheet;
  }

  @Patch('rounds/:roundId/answer-sheets/:consortiumId')
  @Allow({ roles: ['secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({
    summary:
      'Merge answers into the sheet: only the codes sent change (null removes one), the others stay — what a form saving one field at a time calls. PUT replaces the whole set instead',
    description:
      'JSON Merge Patch (RFC 7396) semantics on `answers`. Values are checked against the paper. The first save creates the sheet; every later one needs If-Match.',
  })
  @ifMatchToChange('answer sheet', 'GET of the sheet, or the ETag of the last write')
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet', headers: etag('answer sheet') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async mergeAnswers(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: PatchAnswersDto,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const sheet = await this.sheets.save(id, consortiumId, { mode: 'merge', patch: body.answers }, ifMatch);
    void reply.header('etag', etagOf(sheet.version));
    return sheet;
  }

  @Get('rounds/:roundId/answer-sheets/:consortiumId/evidence/:sha256')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @Header('cache-control', 'private, max-age=3600')
  @Header('x-content-type-options', 'nosniff')
  @ApiProduces(...EVIDENCE_MEDIA_TYPES)
  @ApiOperation({
    summary:
      'Download an evidence file the sheet cites (by its SHA-256), with its type and its file name (Content-Disposition, RFC 6266 with the UTF-8 name of RFC 5987/8187)',
  })
  @ApiProblems(400, 401, 403, 404)
  @ApiFileResponse('the evidence file', ...EVIDENCE_MEDIA_TYPES)
  async downloadEvidence(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Param('sha256') sha256: string,
    @Query() query: EvidenceDownloadQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    if (!/^[0-9a-f]{64}$/.test(sha256)) {
      throw new RequestValidationError([
        { field: 'sha256', code: 'INVALID_SHA256', message: 'sha256 must be 64 lowercase hexadecimal digits (as the sheet lists it)' },
      ]);
    }
    const file = await this.sheets.evidenceFile(id, consortiumId, sha256);
    void reply
      .header('content-type', file.mediaType)
      .header('content-length', String(file.sizeBytes))
      .header('content-disposition', contentDisposition(file.fileName, { type: query.disposition ?? 'attachment' }));
    return new StreamableFile(file.content);
  }

  @Post('rounds/:roundId/answer-sheets/:consortiumId/submit')
  @HttpCode(200)
  @Allow({ roles: ['secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: 'Submit the answers (every required indicator answered); after the deadline the sheet is flagged late' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet, submitted' })
  submit(@Param('roundId', new UuidParam('roundId')) id: string, @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string) {
    return this.sheets.submit(id, consortiumId);
  }

  @Post('rounds/:roundId/answer-sheets/:consortiumId/return')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Return a submitted sheet for correction, with comments' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet, returned' })
  returnSheet(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: ReturnSheetDto,
  ) {
    return this.sheets.returnForCorrection(
      id,
      consortiumId,
      body.comments.map((c) => ({ indicatorCode: c.indicatorCode ?? null, comment: c.comment })),
    );
  }

  @Post('rounds/:roundId/answer-sheets/:consortiumId/reopen')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({
    summary:
      'Reopen a sheet with the reason: an accepted one while the round is open; a submitted or accepted one for a correction once the round is closed, scored or published (then a new scoring makes a new revision). The secretariat corrects and submits it again',
  })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet, reopened for correction' })
  reopenSheet(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: ReopenSheetDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.sheets.reopen(
      id,
      consortiumId,
      { reason: body.reason, comments: (body.comments ?? []).map((c) => ({ indicatorCode: c.indicatorCode ?? null, comment: c.comment })) },
      actor,
    );
  }

  @Post('rounds/:roundId/answer-sheets/:consortiumId/accept')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Accept a submitted sheet' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet, accepted' })
  acceptSheet(@Param('roundId', new UuidParam('roundId')) id: string, @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string) {
    return this.sheets.accept(id, consortiumId);
  }

  @Post('rounds/:roundId/answer-sheets/:consortiumId/evidence')
  @HttpCode(200)
  @Allow({ roles: ['secretariat'], consortiumParam: 'consortiumId' })
  @ApiConsumes(...EVIDENCE_MEDIA_TYPES)
  @ApiBody({ description: 'the file itself (PDF, JPEG or PNG), up to EVIDENCE_MAX_BYTES', schema: { type: 'string', format: 'binary' } })
  @ApiOperation({ summary: 'Attach an evidence file to one indicator of the sheet (stored once by its SHA-256)' })
  @ApiProblems(400, 401, 403, 404, 409, 413, 415, 422)
  @ApiOkResponse({ type: AnswerSheetDto, description: 'the answer sheet with its evidence files' })
  attachEvidence(
    @Param('roundId', new UuidParam('roundId')) id: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Query() query: EvidenceQueryDto,
    @Body() body: Buffer,
    @Headers('content-type') contentType: string | undefined,
    @CurrentActor() actor: Actor,
  ) {
    const mediaType = EVIDENCE_MEDIA_TYPES.find((t) => contentType?.startsWith(t));
    if (!Buffer.isBuffer(body) || !mediaType) {
      throw new RequestValidationError([{ field: 'body', code: 'NOT_A_FILE', message: `send the file itself as ${EVIDENCE_MEDIA_TYPES.join(', ')}` }]);
    }
    return this.sheets.attachEvidence(id, consortiumId, { indicatorCode: query.indicatorCode, fileName: query.fileName, mediaType, content: body }, actor);
  }
}
