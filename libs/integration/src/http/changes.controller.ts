import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type Actor, Allow, ApiProblems, CurrentActor } from '#platform';
import { ReadChangesQuery } from '../application/read-changes/read-changes.query.js';
import { ChangeDto, ChangeHeadDto, ChangePageDto, ChangesQueryDto } from './changes.dto.js';

@ApiTags('integration')
@ApiBearerAuth()
@Controller('api/v1/changes')
export class ChangesController {
  constructor(private readonly changes: ReadChangesQuery) {}

  @Get()
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['feed:read'] })
  @ApiOperation({
    summary: 'The change feed: every event in commit order, each once',
    description:
      'Start without `after`, then pass back `nextCursor`. A district system sees the events concerning its district (as its REST ' +
      'reads do) and the publication of rounds. An event is served only once its transaction has committed, and no event ' +
      'that commits later can appear before a cursor already returned, so following `nextCursor` never skips one. ' +
      'Event types: consortia (created, decided), organizations, memberships (joined, left, role-changed), applications, published rounds.',
  })
  @ApiOkResponse({ type: ChangePageDto })
  @ApiProblems(400, 401, 403)
  async list(@Query() query: ChangesQueryDto, @CurrentActor() actor: Actor): Promise<ChangePageDto> {
    const scope = actor.type === 'client' ? { district: actor.district } : {};
    const page = await this.changes.execute({ after: query.after, limit: query.limit ?? 100, scope });
    return { items: page.items.map(ChangeDto.from), nextCursor: page.nextCursor, hasMore: page.hasMore };
  }

  @Get('head')
  @Allow({ roles: ['admin', 'taskforce'], scopes: ['feed:read'] })
  @ApiOperation({ summary: 'The feed’s newest position: take it before a full load, then follow the feed from it (nothing is missed)' })
  @ApiOkResponse({ type: ChangeHeadDto })
  @ApiProblems(401, 403)
  async head(): Promise<ChangeHeadDto> {
    return { cursor: await this.changes.head() };
  }
}
