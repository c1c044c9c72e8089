import { Injectable } from '@nestjs/common';
import { type EventEnvelope, type EventHandlerContext, OnEvent } from '#platform';
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
  constructor(private readonly runner: RulesRunner) {}

  @OnEvent({ type: 'evaluation.round.published', queue: 'evaluation', consumer: 'adjustment.rules-after-round' })
  async afterRound(event: EventEnvelope, { manager }: EventHandlerContext): Promise<void> {
    await this.runner.afterRound(manager, String(event.payload.code), shanghaiDay(event.occurredAt));
  }

  @OnEvent({ type: 'evaluation.annual.published', queue: 'evaluation', consumer: 'adjustment.rules-after-year' })
  async afterYear(event: EventEnvelope, { manager }: EventHandlerContext): Promise<void> {
    await this.runner.afterYear(manager, Number(event.payload.year), shanghaiDay(event.occurredAt));
  }
}
