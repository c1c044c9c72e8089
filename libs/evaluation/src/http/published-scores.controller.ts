import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems, Public, UuidParam } from '#platform';
import { PublishedScoresQuery } from '../application/published-scores.query.js';
import { RankingQueryDto } from './evaluation.dto.js';
import { PublishedScoresDto } from './published-scores.dto.js';

/** 晾晒: the published figures the public board draws. */
@ApiTags('evaluation')
@Controller('api/v1/evaluation')
export class PublishedScoresController {
  constructor(private readonly scores: PublishedScoresQuery) {}

  @Get('rankings/:roundId/scores')
  @Public()
  @ApiOperation({
    summary:
      'The published ranking of a round with its scores: level score, improvement (进步), median rank and rank interval, and the score of each dimension, per consortium (same revision rules as the ranking); public',
  })
  @ApiProblems(400, 404)
  @ApiOkResponse({ type: PublishedScoresDto, description: 'the published scores' })
  published(@Param('roundId', new UuidParam('roundId')) id: string, @Query() query: RankingQueryDto): Promise<PublishedScoresDto> {
    return this.scores.execute(id, query.revision).then((s) => ({ ...s, publishedAt: s.publishedAt.toISOString() }));
  }
}
