import { jest } from '@jest/globals';
import type { EntityManager } from 'typeorm';
import { Type } from '@sinclair/typebox';
import { defineEvent } from '../contracts/contracts.js';
import { OutboxEventEntity } from './outbox-event.entity.js';
import { OutboxPublisher } from './outbox.publisher.js';

const created = defineEvent('registry.thing.created', { version: 1, aggregateType: 'thing', payload: Type.Object({ a: Type.Number() }) });
const event = created.of('t1', { a: 1 });

describe('OutboxPublisher', () => {
  it('refuses a manager outside a transaction, so an event never commits apart from its change', async () => {
    const insert = jest.fn();
    const manager = { queryRunner: undefined, insert } as unknown as EntityManager;
    await expect(new OutboxPublisher().publish(manager, event)).rejects.toThrow('inside a transaction');
    expect(insert).not.toHaveBeenCalled();
  });

  it('inserts every event through the transaction it is given, with its districts (once each, sorted; none when not named)', async () => {
    const insert = jest.fn(async () => undefined);
    const manager = { queryRunner: { isTransactionActive: true }, insert } as unknown as EntityManager;
    await new OutboxPublisher().publish(manager, [event, created.of('t2', { a: 1 }, ['500118', '500101', '500118'])]);
    expect(insert).toHaveBeenCalledWith(OutboxEventEntity, [
      { type: 'registry.thing.created', aggregateType: 'thing', aggregateId: 't1', payload: { a: 1 }, districtCodes: [] },
      { type: 'registry.thing.created', aggregateType: 'thing', aggregateId: 't2', payload: { a: 1 }, districtCodes: ['500101', '500118'] },
    ]);
  });
});
