import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiOkResponse } from '@nestjs/swagger';
import { type Actor, Allow, ApiProblems, CurrentActor, UuidParam } from '#platform';
import { BestPracticesUseCases } from '../application/best-practices.use-cases.js';
import { ReviewBestPracticeDto, SubmitBestPracticeDto } from './best-practice.dto.js';
import { BestPracticeDto, BestPracticeListDto } from './evaluation-responses.dto.js';

const TASKFORCE = { roles: ['taskforce'] } as const;

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
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case' })
  get(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @CurrentActor() actor: Actor,
  ) {
    return this.cases.get(roundId, consortiumId, actor);
  }

  @Put(':consortiumId')
  @Allow({ roles: ['secretariat'], consortiumParam: 'consortiumId' })
  @ApiOperation({ summary: 'Submit or rewrite the consortium’s case while the round is open (one case per consortium and quarter)' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case as submitted' })
  submit(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: SubmitBestPracticeDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.cases.submit(roundId, consortiumId, { ...body, evidence: body.evidence ?? [], participants: body.participants ?? [] }, actor);
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
  @ApiOperation({ summary: 'The acting reviewer’s score (0–100) and comment on a shortlisted case; sent again, it revises them' })
  @ApiProblems(400, 401, 403, 404, 409)
  @ApiOkResponse({ type: BestPracticeDto, description: 'the case with the review' })
  review(
    @Param('roundId', new UuidParam('roundId')) roundId: string,
    @Param('consortiumId', new UuidParam('consortiumId')) consortiumId: string,
    @Body() body: ReviewBestPracticeDto,
    @CurrentActor() actor: Actor,
  ) {
    return this.cases.review(roundId, consortiumId, body, actor);
  }

  @Post(':consortiumId/selection')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Select the case as its level’s best practice of the quarter: every shortlisted case reviewed, and this one has the highest mean score' })
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
