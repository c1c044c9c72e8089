import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import type { Job } from 'bullmq';
import type { EntityManager } from 'typeorm';
import type { QueueName } from '../queue/queues.js';
import { ON_EVENT_FAILED_METADATA, ON_EVENT_METADATA, type OnEventOptions } from './on-event.decorator.js';
import type { EventEnvelope } from './outbox-event.js';

export interface EventHandlerContext {
  /** The transaction the handler's effect must be written in. */
  manager: EntityManager;
  /** The BullMQ job, for progress reports. */
  job: Job<EventEnvelope>;
}

export type EventHandlerFn = (event: EventEnvelope, context: EventHandlerContext) => Promise<unknown>;

/** What to record once a consumer's job has failed for good (see `@OnEventFailed`). */
export type EventFailureFn = (event: EventEnvelope, error: unknown, context: EventHandlerContext) => Promise<unknown>;

export interface RegisteredHandler extends OnEventOptions {
  invoke: EventHandlerFn;
  /** Run after the last attempt's transaction rolled back, in a transaction of its own. */
  failed?: EventFailureFn;
}

/**
 * Finds every `@OnEvent` method at start-up. Two handlers with one consumer name, or a consumer
 * name that is not a safe job name, stop the worker: a consumer name is a key in the database.
 */
@Injectable()
export class EventHandlerRegistry implements OnModuleInit {
  private readonly byConsumer = new Map<string, RegisteredHandler>();
  private readonly byType = new Map<string, RegisteredHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    const failures: { consumer: string; fn: EventFailureFn }[] = [];
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const method of this.scanner.getAllMethodNames(prototype)) {
        const fn = instance[method];
        if (typeof fn !== 'function') continue;
        const options = this.reflector.get<OnEventOptions | undefined>(ON_EVENT_METADATA, fn as () => unknown);
        if (options) this.register({ ...options, invoke: (fn as EventHandlerFn).bind(instance) });
        const failed = this.reflector.get<{ consumer: string } | undefined>(ON_EVENT_FAILED_METADATA, fn as () => unknown);
        if (failed) failures.push({ consumer: failed.consumer, fn: (fn as EventFailureFn).bind(instance) });
      }
    }
    for (const { consumer, fn } of failures) this.onFailure(consumer, fn);
  }

  /** Attaches the failure recorder of a registered consumer; an unknown consumer or a second recorder stops the worker. */
  onFailure(consumer: string, fn: EventFailureFn): void {
    const handler = this.byConsumer.get(consumer);
    if (!handler) throw new Error(`@OnEventFailed names "${consumer}", which no @OnEvent handler consumes`);
    if (handler.failed) throw new Error(`Two @OnEventFailed methods for the consumer "${consumer}"`);
    handler.failed = fn;
  }

  register(handler: RegisteredHandler): void {
    if (!/^[a-z0-9][a-z0-9.-]{0,99}$/.test(handler.consumer)) {
      throw new Error(`Event consumer name "${handler.consumer}" must match [a-z0-9][a-z0-9.-]*`);
    }
    if (this.byConsumer.has(handler.consumer)) {
      throw new Error(`Two @OnEvent handlers share the consumer name "${handler.consumer}"`);
    }
    this.byConsumer.set(handler.consumer, handler);
    this.byType.set(handler.type, [...(this.byType.get(handler.type) ?? []), handler]);
  }

  handlersOf(type: string): readonly RegisteredHandler[] {
    return this.byType.get(type) ?? [];
  }

  consumer(name: string, queue: QueueName): RegisteredHandler | undefined {
    const handler = this.byConsumer.get(name);
    return handler?.queue === queue ? handler : undefined;
  }
}
