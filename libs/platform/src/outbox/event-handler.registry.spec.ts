import type { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { EventHandlerRegistry, type RegisteredHandler } from './event-handler.registry.js';

const registry = () => new EventHandlerRegistry({} as DiscoveryService, {} as MetadataScanner, {} as Reflector);
const handler = (consumer: string, type = 'registry.thing.created'): RegisteredHandler => ({
  type,
  queue: 'evaluation',
  consumer,
  invoke: async () => undefined,
});

describe('EventHandlerRegistry', () => {
  it('routes an event type to each of its consumers and finds a consumer by queue', () => {
    const r = registry();
    r.register(handler('a.one'));
    r.register(handler('a.two'));
    r.register(handler('b.one', 'registry.other.created'));
    expect(r.handlersOf('registry.thing.created').map((h) => h.consumer)).toEqual(['a.one', 'a.two']);
    expect(r.handlersOf('nobody.listens')).toEqual([]);
    expect(r.consumer('a.two', 'evaluation')?.consumer).toBe('a.two');
    expect(r.consumer('a.two', 'webhooks')).toBeUndefined();
  });

  it('refuses two handlers with one consumer name', () => {
    const r = registry();
    r.register(handler('a.one'));
    expect(() => r.register(handler('a.one', 'registry.other.created'))).toThrow('Two @OnEvent handlers share the consumer name "a.one"');
  });

  it('refuses a consumer name that is not a safe job name', () => {
    expect(() => registry().register(handler('Has Spaces'))).toThrow(/must match/);
  });
});

describe('EventHandlerRegistry failure recorders', () => {
  it('attaches a failure recorder to its consumer, and refuses one for an unknown consumer or a second one', () => {
    const r = registry();
    r.register(handler('a.one'));
    const failed = async () => undefined;
    r.onFailure('a.one', failed);
    expect(r.consumer('a.one', 'evaluation')?.failed).toBe(failed);
    expect(() => r.onFailure('a.one', failed)).toThrow('Two @OnEventFailed methods for the consumer "a.one"');
    expect(() => r.onFailure('nobody', failed)).toThrow('@OnEventFailed names "nobody", which no @OnEvent handler consumes');
  });
});
