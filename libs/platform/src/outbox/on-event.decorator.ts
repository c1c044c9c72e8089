import { SetMetadata } from '@nestjs/common';
import type { QueueName } from '../queue/queues.js';

export const ON_EVENT_METADATA = 'cej:on-event';

export interface OnEventOptions {
  /** The event type handled. */
  type: string;
  /** The queue whose workers run the handler. */
  queue: QueueName;
  /**
   * Stable name of this consumer: it becomes the BullMQ job name and the key of the
   * consumption log that makes the handler run once per event. Never rename a live one.
   */
  consumer: string;
}

/**
 * Marks a provider method as the handler of one event type. The method receives the
 * `EventEnvelope` and a context with the transaction's `EntityManager` and the BullMQ job; it
 * runs inside that transaction, which also records the consumption, so a retried or duplicated
 * job has its effect exactly once. Handlers are discovered in the worker app only.
 */
export const OnEvent = (options: OnEventOptions) => SetMetadata(ON_EVENT_METADATA, options);
