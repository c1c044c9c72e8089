import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { type ContextContracts, ContractCatalogue, ContributedContracts, type JobContract } from '../contracts/contracts.js';

import { type EventHandlerContext, ON_EVENT_FAILED_METADATA, ON_EVENT_METADATA } from './on-event.decorator.js';
import type { EventEnvelope } from './outbox-event.js';

export type { EventHandlerContext } from './on-event.decorator.js';

/** A handler receives the envelope with its payload already parsed against the event's contract. */
export type EventHandlerFn = (event: EventEnvelope<never>, context: EventHandlerContext) => Promise<unknown>;

/** What to record once a consumer's job has failed for good (see `@OnEventFailed`). */
export type EventFailureFn = (event: EventEnvelope<never>, error: unknown, context: EventHandlerContext) => Promise<unknown>;

export interface RegisteredHandler {
  job: JobContract;
  invoke: EventHandlerFn;
  /** Run after the last attempt's transaction rolled back, in a transaction of its own. */
  failed?: EventFailureFn;
}

/**
 * The worker's jobs and their handlers. At start-up (application bootstrap, after every module
 * has registered its handlers) it merges the contracts the app's modules contribute
 * (`contractProviders`), finds every `@OnEvent` method, and refuses to start when a handler runs
 * a job no contributed context declares (or whose event none declares), when a declared job has
 * no handler, or when two handlers run one job: a job name is a key in the database.
 */
@Injectable()
export class EventHandlerRegistry implements OnApplicationBootstrap {
  private readonly byJob = new Map<string, RegisteredHandler>();
  private readonly byType = new Map<string, RegisteredHandler[]>();
  private readonly pendingFailures: { job: JobContract; fn: EventFailureFn }[] = [];
  private catalogueOf?: ContractCatalogue;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onApplicationBootstrap(): void {
    this.ready();
  }

  /** The merged contracts of the app (available once `ready()` ran). */
  get catalogue(): ContractCatalogue {
    return this.ready();
  }

  /** Discovers contracts and handlers once and checks them; idempotent. */
  ready(): ContractCatalogue {
    if (this.catalogueOf) return this.catalogueOf;
    const contributed: ContextContracts[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      if (instance instanceof ContributedContracts) {
        contributed.push(instance.contracts);
        continue;
      }
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const job = this.reflector.get<JobContract | undefined>(ON_EVENT_METADATA, fn as () => unknown);
        if (job) this.register(job, (fn as EventHandlerFn).bind(instance));
        const failed = this.reflector.get<JobContract | undefined>(ON_EVENT_FAILED_METADATA, fn as () => unknown);
        if (failed) this.pendingFailures.push({ job: failed, fn: (fn as EventFailureFn).bind(instance) });
      }
    }
    for (const { job, fn } of this.pendingFailures.splice(0)) this.onFailure(job, fn);
    const catalogue = new ContractCatalogue(contributed);
    this.verify(catalogue);
    this.catalogueOf = catalogue;
    return catalogue;
  }

  /** The start-up check: every handler runs a declared job of a declared event, every declared job has its handler. */
  verify(catalogue: ContractCatalogue): void {
    const problems: string[] = [];
    for (const { job } of this.byJob.values()) {
      if (catalogue.job(job.name) !== job) problems.push(`a handler runs the job "${job.name}", which no context of this app declares`);
      if (catalogue.event(job.event.name) !== job.event)
        problems.push(`the job "${job.name}" handles the event "${job.event.name}", which no context of this app declares`);
    }
    for (const job of catalogue.allJobs) {
      if (!this.byJob.has(job.name)) problems.push(`the job "${job.name}" is declared but has no @OnEvent handler`);
    }
    if (problems.length > 0) throw new Error(`The worker's jobs and contracts disagree: ${problems.join('; ')}`);
  }

  /** Attaches the failure recorder of a registered job; an unknown job or a second recorder stops the worker. */
  onFailure(job: JobContract, fn: EventFailureFn): void {
    const handler = this.byJob.get(job.name);
    if (!handler) throw new Error(`@OnEventFailed names "${job.name}", which no @OnEvent handler runs`);
    if (handler.failed) throw new Error(`Two @OnEventFailed methods for the job "${job.name}"`);
    handler.failed = fn;
  }

  register(job: JobContract, invoke: EventHandlerFn): void {
    if (this.byJob.has(job.name)) throw new Error(`Two @OnEvent handlers run the job "${job.name}"`);
    const handler: RegisteredHandler = { job, invoke };
    this.byJob.set(job.name, handler);
    this.byType.set(job.event.name, [...(this.byType.get(job.event.name) ?? []), handler]);
  }

  handlersOf(type: string): readonly RegisteredHandler[] {
    return this.byType.get(type) ?? [];
  }

  /** The handler of a job arriving on `queue`: its own queue, or one it moved from (a job still waiting there). */
  consumer(name: string, queue: string): RegisteredHandler | undefined {
    const handler = this.byJob.get(name);
    return handler && (handler.job.queue.name === queue || handler.job.formerQueues.includes(queue)) ? handler : undefined;
  }
}
