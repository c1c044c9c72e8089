import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { Type } from '@sinclair/typebox';
import { ContributedContracts, defineContracts, defineEvent, defineJob, defineQueue } from '../contracts/contracts.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import { ON_EVENT_METADATA } from './on-event.decorator.js';

const queue = defineQueue('things');
const created = defineEvent('things.thing.created', { version: 1, aggregateType: 'thing', payload: Type.Object({ id: Type.String() }) });
const other = defineEvent('things.thing.removed', { version: 1, aggregateType: 'thing', payload: Type.Object({ id: Type.String() }) });
const jobA = defineJob('things.a', { on: created, queue });
const jobB = defineJob('things.b', { on: created, queue, formerQueues: ['evaluation'] });
const jobC = defineJob('things.c', { on: other, queue });
const noop = async () => undefined;

/** A registry whose discovery finds `providers` (contract providers and handler instances). */
function registry(providers: object[] = []) {
  const wrappers = providers.map((instance) => ({ instance, isDependencyTreeStatic: () => true }));
  const methodsOf = (prototype: object) => Object.getOwnPropertyNames(prototype).filter((m) => m !== 'constructor');
  return new EventHandlerRegistry(
    { getProviders: () => wrappers } as unknown as DiscoveryService,
    { getAllMethodNames: methodsOf } as unknown as MetadataScanner,
    { get: (key: string, fn: { [k: string]: unknown }) => (key === ON_EVENT_METADATA ? fn.job : undefined) } as unknown as Reflector,
  );
}

/** A handler instance with one method marked as running `job`. */
function handlerOf(job: unknown) {
  const method = Object.assign(async () => undefined, { job });
  const prototype = { handle: method };
  return Object.create(prototype) as object;
}

describe('EventHandlerRegistry', () => {
  it('routes an event type to each of its jobs and finds a job by its queue, or a queue it moved from', () => {
    const r = registry();
    r.register(jobA, noop);
    r.register(jobB, noop);
    r.register(jobC, noop);
    expect(r.handlersOf('things.thing.created').map((h) => h.job.name)).toEqual(['things.a', 'things.b']);
    expect(r.handlersOf('nobody.listens')).toEqual([]);
    expect(r.consumer('things.b', 'things')?.job).toBe(jobB);
    expect(r.consumer('things.b', 'evaluation')?.job).toBe(jobB);
    expect(r.consumer('things.a', 'evaluation')).toBeUndefined();
  });

  it('refuses two handlers of one job', () => {
    const r = registry();
    r.register(jobA, noop);
    expect(() => r.register(jobA, noop)).toThrow('Two @OnEvent handlers run the job "things.a"');
  });

  it('refuses a job name that is not a safe job name', () => {
    expect(() => defineJob('Has Spaces', { on: created, queue })).toThrow(/must match/);
  });
});

describe('EventHandlerRegistry start-up check', () => {
  const contracts = defineContracts({ context: 'things', events: [created, other], jobs: [jobA, jobC], queues: [queue] });

  it('starts when every declared job has its handler and every handler a declared job', () => {
    const r = registry([new ContributedContracts(contracts), handlerOf(jobA), handlerOf(jobC)]);
    expect(r.ready().queues.map((q) => q.name)).toEqual(['things']);
    expect(r.handlersOf('things.thing.created').map((h) => h.job.name)).toEqual(['things.a']);
  });

  it('refuses to start when a declared job has no handler', () => {
    const r = registry([new ContributedContracts(contracts), handlerOf(jobA)]);
    expect(() => r.ready()).toThrow('the job "things.c" is declared but has no @OnEvent handler');
  });

  it('refuses to start when a handler runs a job, or handles an event, that no context of the app declares', () => {
    const stranger = defineEvent('elsewhere.thing.created', { version: 1, aggregateType: 'thing', payload: Type.Object({}) });
    const r = registry([new ContributedContracts(contracts), handlerOf(jobA), handlerOf(jobC), handlerOf(defineJob('things.d', { on: stranger, queue }))]);
    expect(() => r.ready()).toThrow(
      /a handler runs the job "things.d", which no context of this app declares; the job "things.d" handles the event "elsewhere.thing.created", which no context of this app declares/,
    );
  });

  it('refuses two contexts declaring one event', () => {
    const again = defineEvent('things.thing.created', { version: 1, aggregateType: 'thing', payload: Type.Object({}) });
    const r = registry([
      new ContributedContracts(contracts),
      new ContributedContracts(defineContracts({ context: 'more', events: [] })),
      new ContributedContracts({ ...contracts, context: 'copy', events: [again], jobs: [] }),
    ]);
    expect(() => r.ready()).toThrow('Two contexts declare the event "things.thing.created"');
  });
});

describe('EventHandlerRegistry failure recorders', () => {
  it('attaches a failure recorder to its job, and refuses one for an unknown job or a second one', () => {
    const r = registry();
    r.register(jobA, noop);
    const failed = async () => undefined;
    r.onFailure(jobA, failed);
    expect(r.consumer('things.a', 'things')?.failed).toBe(failed);
    expect(() => r.onFailure(jobA, failed)).toThrow('Two @OnEventFailed methods for the job "things.a"');
    expect(() => r.onFailure(jobC, failed)).toThrow('@OnEventFailed names "things.c", which no @OnEvent handler runs');
  });
});
