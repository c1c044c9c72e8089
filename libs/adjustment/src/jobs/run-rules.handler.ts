import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventHandlerContext, type EventOf, OnEvent } from '#platform';
import { ParticipationLookup } from '#registry';
import type { ConsortiumFacts } from '../domain/rules.js';
import { RulesRunner } from '../application/rules-runner.js';
import { AdjustmentJobs } from '../contracts/index.js';

/** The day an event happened, in Asia/Shanghai: the date the rules run "as of". */
const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Runs the adjustment rules after every published round and annual competition, on the
 * adjustment queue, inside the job's transaction (with the consumption log: a redelivered event
 * has its effect once; the proposals' unique key covers a correction published again).
 */
@Injectable()
export class RunRulesHandler {
  constructor(
    private readonly runner: RulesRunner,
    private readonly participation: ParticipationLookup,
  ) {}

  @OnEvent(AdjustmentJobs.rulesAfterRound)
  async afterRound(event: EventOf<typeof AdjustmentJobs.rulesAfterRound>, { manager }: EventHandlerContext): Promise<void> {
    await this.runner.afterRound(manager, event.payload.code, shanghaiDay(event.occurredAt), (m, ids, date) => this.memberActivity(m, ids, date));
  }

  @OnEvent(AdjustmentJobs.rulesAfterYear)
  async afterYear(event: EventOf<typeof AdjustmentJobs.rulesAfterYear>, { manager }: EventHandlerContext): Promise<void> {
    await this.runner.afterYear(manager, event.payload.year);
  }

  /** Rule 7's facts: per member unit on `date`, its unbroken membership's start and its latest quarter with participation. */
  private async memberActivity(manager: EntityManager, consortiumIds: readonly string[], date: string): Promise<Map<string, ConsortiumFacts['members']>> {
    const result = new Map<string, ConsortiumFacts['members']>();
    for (const id of consortiumIds) {
      const members = await this.participation.lastQuarterByMember(id, date, manager);
      result.set(
        id,
        members.map((m) => ({ organizationId: m.organizationId, memberSince: m.memberSince, lastParticipation: m.lastQuarter })),
      );
    }
    return result;
  }
}
