import { Injectable, Logger } from '@nestjs/common';
import { type EventHandlerContext, type EventOf, OnEvent } from '#platform';
import { SupplyDemandJobs } from '../contracts/index.js';
import { MatchDemandCommand } from '../application/use-cases/match-demand/match-demand.command.js';
import { MatchDemandUseCase } from '../application/use-cases/match-demand/match-demand.use-case.js';

const MATCHING = { type: 'system', id: 'supply-demand.matching', name: '精准推送' } as const;

/**
 * 精准推送 as a queued job: runs on each `demand.published` event in the worker, in the event's
 * transaction (matches, pushes and the consumption log commit together, so a retried or
 * duplicated job pushes once).
 */
@Injectable()
export class MatchDemandHandler {
  private readonly logger = new Logger(MatchDemandHandler.name);

  constructor(private readonly match: MatchDemandUseCase) {}

  @OnEvent(SupplyDemandJobs.matchDemand)
  async handle(event: EventOf<typeof SupplyDemandJobs.matchDemand>, { manager }: EventHandlerContext): Promise<void> {
    const payload = event.payload;
    const ranked = await this.match.executeIn(manager, new MatchDemandCommand(MATCHING, payload.id));
    this.logger.debug({ demandId: payload.id, pushed: ranked.length }, 'demand matched');
  }
}
