import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../access/actor.js';
import { requestContext } from '../logging/request-context.js';
import { AuditEventEntity } from './audit-event.entity.js';

export interface AuditEntry {
  /** `<context>.<entity>.<verb>`, e.g. `identity.user.create`. */
  action: string;
  entityType: string;
  entityId: string | null;
  /** State before the change (null when created); secrets never belong here. */
  before: object | null;
  /** State after the change (null when deleted). */
  after: object | null;
  /** Defaults to the actor of the current request or job. */
  actor?: Actor;
}

const actorColumns = (actor: Actor | undefined) =>
  !actor || actor.type === 'anonymous'
    ? { actorType: 'anonymous', actorId: null, actorName: null }
    : { actorType: actor.type, actorId: actor.id, actorName: actor.name };

/**
 * Writes the audit row of a change in the change's own transaction (like the outbox): the change
 * and its record commit together or not at all. Refuses a manager outside a transaction.
 */
@Injectable()
export class AuditRecorder {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditRecorder.record must be called inside a transaction');
    }
    const context = requestContext.getStore();
    await manager.insert(AuditEventEntity, {
      ...actorColumns(entry.actor ?? context?.actor),
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: entry.before ? { ...entry.before } : null,
      after: entry.after ? { ...entry.after } : null,
      requestId: context?.reqId ?? context?.jobId ?? null,
      ip: context?.ip ?? null,
    });
  }
}
