import { defineContracts, defineJob, defineQueue } from '#platform';
import { DemandPublished, SupplyDemandEvents } from './events.js';

export * from './events.js';

/** 供需对接's matching (精准推送): several demands at a time, each job a short transaction of its own. */
export const SupplyDemandQueues = { supplyDemand: defineQueue('supply-demand', { concurrency: 4 }) } as const;

export const SupplyDemandJobs = {
  /** 精准推送: rank suppliers for a published demand and push it to them. */
  matchDemand: defineJob('supply-demand.match-demand', { on: DemandPublished, queue: SupplyDemandQueues.supplyDemand }),
} as const;

export const SupplyDemandContracts = defineContracts({
  context: 'supply-demand',
  events: Object.values(SupplyDemandEvents),
  jobs: Object.values(SupplyDemandJobs),
  queues: Object.values(SupplyDemandQueues),
});
