import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { type EventEnvelope, type EventHandlerContext, OnEvent } from '#platform';
import { ParticipationLookup } from '#registry';
import type { ConsortiumFacts } from '../domain/rules.js';
import { RulesRunner } from '../application/rules-runner.js';

/** The day an event happened, in Asia/Shanghai: the date the rules run "as of". */
const shanghaiDay = (iso: string) => new Date(Date.parse(iso) + 8 * 3600_000).toISOString().slice(0, 10);

/**
 * Runs the adjustment rules after every published round and annual competition, on the
 * `evaluation` queue, inside the job's transaction (with the consumption log: a redelivered event
 * has its effect once; the proposals' unique key covers a correction published again).
 */
@Injectable()
export class RunRulesHandler {
  constructor(
    private readonly runner: RulesRunner,
    private readonly participation: ParticipationLookup,
  ) {}

  @OnEvent({ type: 'evaluation.round.published', queue: 'evaluation', consumer: 'adjustment.rules-after-round' })
  async afterRound(event: EventEnvelope, { manager }: EventHandlerContext): Promise<void> {
    await this.runner.afterRound(manager, String(event.payload.code), shanghaiDay(event.occurredAt), (m, ids, date) => this.memberActivity(m, ids, date));
  }

  @OnEvent({ type: 'evaluation.annual.published', queue: 'evaluation', consumer: 'adjustment.rules-after-year' })
  async afterYear(event: EventEnvelope, { manager }: EventHandlerContext): Promise<void> {
    await this.runner.afterYear(manager, Number(event.payload.year));
  }

  /** Rule 7's facts: per member unit on `date`, its unbroken membership's start and its latest quarter with participation. */
  private async memberActivity(manager: EntityManager, consortiumIds: readonly string[], date: string): Promise<Map<string, ConsortiumFacts['members']>> {
    const result = new Map<string, ConsortiumFacts['members']>();
    for (const id of consortiumIds) {
      const members = await this.participation.lastQuarterByMember(id, date, manager);
      result.set(id, members.map((m) => ({ organizationId: m.organizationId, memberSince: m.memberSince, lastParticipation: m.lastQuarter })));
    }
    return result;
  }
}
