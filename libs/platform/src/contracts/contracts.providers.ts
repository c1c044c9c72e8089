import type { Provider } from '@nestjs/common';
import { type ContextContracts, ContributedContracts } from './contracts.js';
import { eventQueueProcessor } from '../outbox/event-job.processor.js';

/**
 * What a context's worker module adds to its providers: its contracts (merged with the other
 * contexts' at start-up) and one processor per queue it owns, with the queue's concurrency.
 */
export function contractProviders(contracts: ContextContracts): Provider[] {
  return [
    { provide: `cej:contracts:${contracts.context}`, useValue: new ContributedContracts(contracts) },
    ...contracts.queues.filter((queue) => queue.runsEvents).map((queue) => eventQueueProcessor(queue)),
  ];
}
