import { defineContracts, defineJob, defineQueue } from '#platform';
import { AnnualPublished, RoundPublished } from '#evaluation/contracts';
import { AdjustmentEvents } from './events.js';

export * from './events.js';

/** The adjustment rules run on a queue of their own (they ran on the evaluation queue before). */
export const AdjustmentQueues = { adjustment: defineQueue('adjustment') } as const;

export const AdjustmentJobs = {
  rulesAfterRound: defineJob('adjustment.rules-after-round', { on: RoundPublished, queue: AdjustmentQueues.adjustment, formerQueues: ['evaluation'] }),
  rulesAfterYear: defineJob('adjustment.rules-after-year', { on: AnnualPublished, queue: AdjustmentQueues.adjustment, formerQueues: ['evaluation'] }),
} as const;

export const AdjustmentContracts = defineContracts({
  context: 'adjustment',
  events: Object.values(AdjustmentEvents),
  jobs: Object.values(AdjustmentJobs),
  queues: Object.values(AdjustmentQueues),
});
