import { SetMetadata } from '@nestjs/common';
import type { EventOf, JobContract } from '../contracts/contracts.js';
import type { Job } from 'bullmq';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from './outbox-event.js';

export interface EventHandlerContext {
  /** The transaction the handler's effect must be written in. */
  manager: EntityManager;
  /** The BullMQ job, for progress reports. */
  job: Job<EventEnvelope>;
}

export const ON_EVENT_METADATA = 'cej:on-event';

type HandlerOf<J extends JobContract> = (event: EventOf<J>, context: EventHandlerContext) => Promise<unknown>;
type FailureOf<J extends JobContract> = (event: EventOf<J>, error: unknown, context: EventHandlerContext) => Promise<unknown>;

/**
 * Marks a provider method as the handler of one declared job (`defineJob` in the owning
 * context's contracts): the job names the event, the queue and the consumer. The method receives
 * the envelope with the payload parsed against the event's contract (a method whose parameter
 * type does not match the event's payload does not compile) and a context with the transaction's
 * `EntityManager` and the BullMQ job; it runs inside that transaction, which also records the
 * consumption, so a retried or duplicated job has its effect exactly once. Handlers are
 * discovered in the worker app only.
 */
export const OnEvent =
  <J extends JobContract>(job: J) =>
  <M extends HandlerOf<J>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    SetMetadata(ON_EVENT_METADATA, job)(target, key, descriptor);
  };

export const ON_EVENT_FAILED_METADATA = 'cej:on-event-failed';

/**
 * Marks a provider method as what to record when a job has failed for good (its last attempt, or
 * an `UnrecoverableError`): e.g. mark the work FAILED with a readable reason. It runs after the
 * handler's transaction has rolled back, in a transaction of its own, so it never waits on a lock
 * the failed attempt held. It receives the envelope (payload parsed when it fits the contract,
 * as stored otherwise), the error and a context like `@OnEvent`'s; it must be idempotent (a
 * killed worker may run it again).
 */
export const OnEventFailed =
  <J extends JobContract>(job: J) =>
  <M extends FailureOf<J>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    SetMetadata(ON_EVENT_FAILED_METADATA, job)(target, key, descriptor);
  };
