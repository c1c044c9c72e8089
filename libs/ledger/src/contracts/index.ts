import { defineContracts, defineQueue } from '#platform';
import { LedgerEvents } from './events.js';

export * from './events.js';

/** The ledger's queue carries its own scheduled job (the daily supervision), not events. */
export const LedgerQueues = { ledger: defineQueue('ledger', { runsEvents: false }) } as const;

/** The daily supervision sweep: its job scheduler id, its job name, and when it runs. */
export const SupervisionJob = {
  scheduler: 'ledger.supervision.daily',
  name: 'ledger.supervise',
  /** Every day at 08:00 in Asia/Shanghai: notices are there when the offices open. */
  pattern: '0 0 8 * * *',
} as const;

/** Payload of the supervision job: the day to supervise as of (default: the day it runs, Asia/Shanghai). */
export interface SupervisionJobData {
  asOf?: string;
}

export const LedgerContracts = defineContracts({ context: 'ledger', events: Object.values(LedgerEvents), queues: Object.values(LedgerQueues) });
