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

  /**
   * Many audit rows in one statement (a bulk import: one row per entity it created or changed),
   * in the caller's transaction. Entries share the current request's or job's context.
   */
  async recordMany(manager: EntityManager, entries: readonly AuditEntry[]): Promise<void> {
    if (!manager.queryRunner?.isTransactionActive) {
      throw new Error('AuditRecorder.recordMany must be called inside a transaction');
    }
    if (entries.length === 0) return;
    const context = requestContext.getStore();
    const actors = entries.map((e) => actorColumns(e.actor ?? context?.actor));
    const json = (value: object | null) => (value ? JSON.stringify(value) : null);
    await manager.query(
      `INSERT INTO audit_event (actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after, request_id, ip)
       SELECT t.actor_type, t.actor_id, t.actor_name, t.action, t.entity_type, t.entity_id, t.before, t.after, $9, $10
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[])
              AS t(actor_type, actor_id, actor_name, action, entity_type, entity_id, before, after)`,
      [
        actors.map((a) => a.actorType),
        actors.map((a) => a.actorId),
        actors.map((a) => a.actorName),
        entries.map((e) => e.action),
        entries.map((e) => e.entityType),
        entries.map((e) => e.entityId),
        entries.map((e) => json(e.before)),
        entries.map((e) => json(e.after)),
        context?.reqId ?? context?.jobId ?? null,
        context?.ip ?? null,
      ],
    );
  }
}
