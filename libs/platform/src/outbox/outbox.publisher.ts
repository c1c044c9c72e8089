import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { OutboxEventEntity } from './outbox-event.entity.js';
import type { OutgoingEvent } from '../contracts/contracts.js';

/**
 * Writes events to the outbox. It takes only events made by their contract (`EventContract.of`),
 * so the name is a declared one and the payload fits its schema's type. It takes the caller's `EntityManager` and refuses one that is not
 * inside a transaction: an event commits together with its change, or not at all.
 */
@Injectable()
export class OutboxPublisher {
  /**
   * `notBefore` holds the events back from the relay until then (e.g. a scheduled retry); the
   * relay picks them up at its next poll after that time.
   */
  async publish(manager: EntityManager, events: OutgoingEvent | readonly OutgoingEvent[], options: { notBefore?: Date } = {}): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('OutboxPublisher.publish must be called inside a transaction');
    }
    const list = ([] as OutgoingEvent[]).concat(events);
    if (list.length === 0) return;
    await manager.insert(
      OutboxEventEntity,
      list.map((e) => ({
        type: e.type,
        aggregateType: e.aggregateType,
        aggregateId: e.aggregateId,
        payload: { ...e.payload },
        districtCodes: [...new Set<string>(e.districtCodes ?? [])].sort(),
        ...(options.notBefore ? { nextAttemptAt: options.notBefore } : {}),
      })),
    );
  }
}
