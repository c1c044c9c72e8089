import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { type Actor, Allow, ApiProblems, CurrentActor, etagOf, UuidParam } from '#platform';
import { BestPracticesUseCases } from '../application/best-practices.use-cases.js';
import { ReviewBestPracticeDto, SubmitBestPracticeDto } from './best-practice.dto.js';
import { BestPracticeDto, BestPracticeListDto } from './evaluation-responses.dto.js';

const TASKFORCE = { roles: ['taskforce'] } as const;
const etag = (what: string) => ({
  ETag: { description: `Version of the ${what}; send it back in If-Match to change it`, schema: { type: 'string', example: '"v2"' } },
});

/**
 * 最佳实践 of a round: the consortium's case, the task force's shortlist, reviewers' scores and the
 * selection of one case per level. The selected cases are public with the published ranking.
 */
@ApiTags('evaluation')
@ApiBearerAuth()
@Controller('api/v1/evaluation/rounds/:roundId/best-practices')
export class BestPracticeController {
  constructor(private readonly cases: BestPracticesUseCases) {}

  @Get()
  @Allow({ roles: ['admin', 'taskforce'] })
  @ApiOperation({ summary: 'Every case of the round by level, with reviews and mean review score' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: BestPracticeListDto, description: 'every case of the round' })
  list(@Param('roundId', new UuidParam('roundId')) roundId: string) {
    return this.cases.list(roundId).then((items) => ({ items }));
  }

  @Get(':consortiumId')
  @Allow({ roles: ['admin', 'taskforce', 'secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: 'The consortium’s case in the round (reviews only for the task force)' })
  @ApiProblems(400, 401, 403, 404)
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case', headers: etag('case') })
  async get(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const found = await this.cases.get(roundId, consortiumId, actor);
    void reply.header('etag', etagOf(found.version));
    return found;
  }

  @Put(':consortiumId')
  @Allow({ roles: ['secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: 'Submit or rewrite the consortium’s case while the round is open (one case per consortium and quarter); rewriting needs If-Match' })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description: 'Required to rewrite an existing case: the ETag of your last read (428 without, 412 when stale). Leave it out to submit the first one.',
    example: '"v1"',
  })
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case', headers: etag('case') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422, 428)
  async submit(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: SubmitBestPracticeDto,
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const submitted = await this.cases.submit(
      roundId,
      consortiumId,
      { ...body, evidence: body.evidence ?? [], participants: body.participants ?? [] },
      actor,
      ifMatch,
    );
    void reply.header('etag', etagOf(submitted.version));
    return submitted;
  }

  @Post(':consortiumId/shortlist')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Shortlist a case for review (after the round has closed, before publication)' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case, shortlisted' })
  shortlist(@Param('roundId', new UuidParam('roundId')) roundId: string, @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string) {
    return this.cases.shortlist(roundId, consortiumId);
  }

  @Put(':consortiumId/review')
  @Allow(TASKFORCE)
  @ApiOperation({
    summary:
      'The acting reviewer’s score (0–100) and comment on a shortlisted case; sent again with If-Match, it revises them. Answers the case; the ETag is the review’s',
  })
  @ApiHeader({
    name: 'If-Match',
    required: false,
    description:
      'Required to revise your review: its ETag (the `version` of your entry in the case’s `reviews`, or the ETag of your last PUT); 428 without, 412 when stale. Leave it out for your first review.',
    example: '"v1"',
  })
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case, with reviews', headers: etag('acting reviewer’s review') })
  @ApiProblems(400, 401, 403, 404, 409, 412, 428)
  async review(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: ReviewBestPracticeDto,
    @CurrentActor() actor: Actor,
    @Headers('if-match') ifMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const { view, version } = await this.cases.review(roundId, consortiumId, body, actor, ifMatch);
    void reply.header('etag', etagOf(version));
    return view;
  }

  @Post(':consortiumId/selection')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({
    summary: 'Select the case as its level’s best practice of the quarter: every shortlisted case reviewed, and this one has the highest mean score',
  })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case, selected' })
  select(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.cases.select(roundId, consortiumId, actor);
  }
}
