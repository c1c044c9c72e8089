import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiCreatedResponse, ApiOkResponse } from '@nestjs/swagger';
import { type Actor, Allow, ApiProblems, CurrentActor, UuidParam } from '#platform';
import { ProposalsUseCases } from '../application/proposals.use-cases.js';
import { CreateRuleSetDto, DecideProposalDto, ProposalQueryDto, ProposalDto, ProposalListDto, RuleSetDto, RuleSetListDto } from './adjustment.dto.js';

const TASKFORCE = { roles: ['taskforce'] } as const;
const READERS = { roles: ['admin', 'taskforce'] } as const;

/** 有进有出、动态调整: rule sets, the proposals the rules write, and the task force's decisions. */
@ApiTags('adjustment')
@ApiBearerAuth()
@Controller('api/v1/adjustment')
export class AdjustmentController {
  constructor(private readonly proposals: ProposalsUseCases) {}

  @Get('rule-sets')
  @Allow(READERS)
  @ApiOperation({ summary: 'Every version of the rule set, newest first (the newest applies)' })
  @ApiProblems(401, 403)
  @ApiOkResponse({ type: RuleSetListDto, description: 'every version of the rule set' })
  ruleSets() {
    return this.proposals.listRuleSets().then((items) => ({ items }));
  }

  @Post('rule-sets')
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'A new version of the rule set with its thresholds; later rule runs use it' })
  @ApiProblems(400, 401, 403, 422)
  @ApiCreatedResponse({ type: RuleSetDto, description: 'the new version' })
  createRuleSet(@Body() body: CreateRuleSetDto, @CurrentActor() actor: Actor) {
    return this.proposals.createRuleSet(body, actor);
  }

  @Get('proposals')
  @Allow(READERS)
  @ApiOperation({
    summary: 'Proposals with their evidence, oldest first, in pages (cursor); filter by status, consortium and kind; with the total and the count of each kind',
  })
  @ApiProblems(400, 401, 403)
  @ApiOkResponse({ type: ProposalListDto, description: 'a page of proposals with counts' })
  list(@Query() query: ProposalQueryDto) {
    return this.proposals.list({ ...query, limit: query.limit ?? 100 });
  }

  @Get('proposals/:proposalId')
  @Allow(READERS)
  @ApiProblems(400, 401, 403, 404)
  @ApiOperation({ summary: 'One adjustment proposal with its evidence and decision' })
  @ApiOkResponse({ type: ProposalDto, description: 'the proposal' })
  get(@Param('proposalId', new UuidParam('proposalId')) id: string) {
    return this.proposals.get(id);
  }

  @Post('proposals/:proposalId/decision')
  @HttpCode(200)
  @Allow(TASKFORCE)
  @ApiOperation({ summary: 'Approve (with its effective date; the change applies at once) or reject (with the reason) a proposal; once' })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  @ApiOkResponse({ type: ProposalDto, description: 'the proposal, decided' })
  decide(@Param('proposalId', new UuidParam('proposalId')) id: string, @Body() body: DecideProposalDto, @CurrentActor() actor: Actor) {
    const decision =
      body.outcome === 'REJECT'
        ? { outcome: 'REJECT' as const, reason: body.reason }
        : { outcome: 'APPROVE' as const, reason: body.reason, effectiveOn: body.effectiveOn!, rectificationDeadline: body.rectificationDeadline };
    return this.proposals.decide(id, decision, actor);
  }
}
