import { SUPPLY_DEMAND_EVENTS } from './supply-demand.events.js';

/** The context's BullMQ queue (declared in the platform's queue list, which the relay serves). */
export const SUPPLY_DEMAND_QUEUE = 'supply-demand' as const;

/**
 * Jobs of the context: each runs on the outbox event that requests it, so it is enqueued only
 * once the change commits; the consumer name is the BullMQ job name and the key of the
 * consumption log that makes it run once per event.
 */
export const SUPPLY_DEMAND_JOBS = {
  /** 精准推送: rank suppliers for a published demand and push it to them. Payload: the event's `{ id }`. */
  matchDemand: { name: 'supply-demand.match-demand', queue: SUPPLY_DEMAND_QUEUE, on: SUPPLY_DEMAND_EVENTS.demandPublished },
} as const;
