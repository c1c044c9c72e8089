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

export const ON_EVENT_FAILED_METADATA = 'cej:on-event-failed';

/**
 * Marks a provider method as what to record when a consumer's job has failed for good (its last
 * attempt, or an `UnrecoverableError`): e.g. mark the work FAILED with a readable reason. It runs
 * after the handler's transaction has rolled back, in a transaction of its own, so it never waits
 * on a lock the failed attempt held. It receives the envelope, the error and a context like
 * `@OnEvent`'s; it must be idempotent (a killed worker may run it again).
 */
export const OnEventFailed = (consumer: string) => SetMetadata(ON_EVENT_FAILED_METADATA, { consumer });
