import { Body, Controller, Get, Header, HttpCode, Injectable, Param, type PipeTransform, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiParam, ApiProduces, ApiTags, ApiAcceptedResponse, ApiOkResponse } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  type Actor,
  Allow,
  ApiFileResponse,
  ApiProblems,
  attachmentDisposition,
  CurrentActor,
  EXPORT_CONTENT_TYPES,
  exportTable,
  Public,
  RequestValidationError,
  XLSX_CONTENT_TYPE,
} from '#platform';
import { annualExportColumns, ResultExportsQuery } from '../application/result-exports.js';
import { AnnualCompetitionUseCases } from '../application/annual-competition.use-cases.js';
import { ResultsExportQueryDto, ScoringRequestDto } from './evaluation.dto.js';
import { AnnualResultsDto, AnnualScoringDto, PublishedAnnualRankingDto, PublishedYearListDto } from './evaluation-responses.dto.js';

/** A `:year` path parameter: four digits, 2000–2100; otherwise 400 naming the parameter. */
@Injectable()
export class YearParam implements PipeTransform<string, number> {
  transform(value: string): number {
    const year = Number(value);
    if (!/^\d{4}$/.test(value) || year < 2000 || year > 2100) {
      throw new RequestValidationError([{ field: 'year', code: 'INVALID_YEAR', message: 'year must be four digits, 2000–2100' }]);
    }
    return year;
  }
}

const TASKFORCE = { roles: ['taskforce'] } as const;
/** Unpublished results: the task force and administrators only (晾晒 comes with publication). */
const READERS_OF_RESULTS = { roles: ['admin', 'taskforce'] } as const;
const YEAR = { name: 'year', example: 2025, description: 'four digits, 2000–2100' };

/** 年度公平比拼: the annual competition of a year, from its four published quarterly rounds. */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/evaluation')
export class AnnualController {
  constructor(
    private readonly annual: AnnualCompetitionUseCases,
    private readonly exports: ResultExportsQuery,
  ) {}

  @Get('annual-rankings/:year/export')
  @Public()
  @ApiParam(YEAR)
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({
    summary:
      'The published annual competition (年度公平比拼) of a year as XLSX or CSV: level, rank, consortium, annual total on 0–100, grade, unsubmitted quarters, each quarter’s counted total; Chinese headers unless ?labels=codes; public',
  })
  @ApiProblems(400, 404)
  @ApiFileResponse('the published annual ranking as a file', 'text/csv', XLSX_CONTENT_TYPE)
  async exportRanking(
    @Param('year', YearParam) year: number,
    @Query() query: ResultsExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.annualFile(year, false, query, reply);
  }

  @Get('years/:year/results/export')
  @Allow(READERS_OF_RESULTS)
  @Header('cache-control', 'no-store')
  @ApiParam(YEAR)
  @ApiProduces('text/csv', XLSX_CONTENT_TYPE)
  @ApiOperation({ summary: 'The latest finished annual scoring of a year as XLSX or CSV, before publication too (the task force and administrators)' })
  @ApiProblems(400, 401, 403, 404)
  @ApiFileResponse('the annual results as a file', 'text/csv', XLSX_CONTENT_TYPE)
  async exportResults(
    @Param('year', YearParam) year: number,
    @Query() query: ResultsExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return this.annualFile(year, true, query, reply);
  }

  private async annualFile(year: number, unpublished: boolean, query: ResultsExportQueryDto, reply: FastifyReply): Promise<StreamableFile> {
    const format = query.format ?? 'xlsx';
    const annual = await this.exports.year(year, { unpublished });
    const chinese = `${year}年度公平比拼${unpublished ? '结果' : '排名'}-第${annual.revision}版.${format}`;
    void reply
      .header('content-type', EXPORT_CONTENT_TYPES[format])
      .header('content-disposition', attachmentDisposition(`annual-${year}-r${annual.revision}.${format}`, chinese, query.labels));
    const sheet = query.labels === 'codes' ? `annual ${year}` : `${year} 年度比拼`;
    return new StreamableFile(await exportTable(annualExportColumns(annual.quarters), annual.rows, format, query.labels ?? 'zh', sheet));
  }

  @Post('years/:year/scoring')
  @HttpCode(202)
  @Allow(TASKFORCE)
  @ApiParam(YEAR)
  @ApiOperation({ summary: 'Score the annual competition of a year (its four quarters published) in the worker, as the next revision' })
  @ApiProblems(400, 401, 403, 409, 422)
  @ApiAcceptedResponse({ type: AnnualScoringDto, description: 'the annual scoring, queued' })
  requestScoring(@Param('year', YearParam) year: number, @Body() body: ScoringRequestDto) {
    return this.annual.request(year, body.reason);
  }

  @Get('years/:year/scoring')
  @Allow(READERS_OF_RESULTS)
  @ApiParam(YEAR)
  @ApiOperation({ summary: 'The latest scoring of the annual competition of a year and its progress' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: AnnualScoringDto, description: 'the latest annual scoring' })
  scoringStatus(@Param('year', YearParam) year: number) {
    return this.annual.latest(year);
  }

  @Get('years/:year/results')
  @Allow(READERS_OF_RESULTS)
  @ApiParam(YEAR)
  @ApiOperation({ summary: 'Annual results of the latest finished scoring: per level, annual total, rank, grade and each quarter’s contribution' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: AnnualResultsDto, description: 'the annual results' })
  results(@Param('year', YearParam) year: number) {
    return this.annual.results(year);
  }

  @Post('years/:year/publication')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiParam(YEAR)
  @ApiOperation({ summary: '晾晒: publish the latest scoring of a scored annual competition; it becomes immutable and public' })
  @ApiProblems(400, 401, 403, 409)
  @ApiOkResponse({ type: AnnualScoringDto, description: 'the published annual scoring' })
  publish(@Param('year', YearParam) year: number, @CurrentActor() actor: Actor) {
    return this.annual.publish(year, actor);
  }

  @Get('annual-rankings')
  @Public()
  @ApiOperation({ summary: 'Years with a published annual ranking, newest first; public' })
  @ApiOkResponse({ type: PublishedYearListDto, description: 'years with a published annual ranking' })
  async rankings(): Promise<PublishedYearListDto> {
    const years = await this.annual.publishedYears();
    return { items: years.map((y) => ({ ...y, publishedAt: y.publishedAt.toISOString() })) };
  }

  @Get('annual-rankings/:year')
  @Public()
  @ApiParam(YEAR)
  @ApiOperation({ summary: 'The published annual ranking of a year (latest published revision): annual total, rank and grade per level; public' })
  @ApiProblems(400, 404)
  @ApiOkResponse({ type: PublishedAnnualRankingDto, description: 'the published annual ranking' })
  ranking(@Param('year', YearParam) year: number) {
    return this.annual.publishedResults(year);
  }
}
