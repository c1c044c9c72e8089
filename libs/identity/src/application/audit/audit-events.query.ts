import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type SelectQueryBuilder } from 'typeorm';
import { AuditEventEntity } from '#platform';

export interface AuditFilter {
  actorType?: string;
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
  /** Keyset cursor: events with a smaller id (newest first). */
  before?: string;
  limit: number;
}

export interface AuditEventView {
  id: string;
  occurredAt: Date;
  actorType: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  requestId: string | null;
  ip: string | null;
}

/** The audit log, newest first, filtered; for the task force and admins. */
@Injectable()
export class ListAuditEventsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private query(filter: Omit<AuditFilter, 'limit'>): SelectQueryBuilder<AuditEventEntity> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a').orderBy('a.id', 'DESC');
    if (filter.actorType) qb.andWhere('a.actor_type = :actorType', { actorType: filter.actorType });
    if (filter.actorId) qb.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.action) qb.andWhere('a.action = :action', { action: filter.action });
    if (filter.entityType) qb.andWhere('a.entity_type = :entityType', { entityType: filter.entityType });
    if (filter.entityId) qb.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.from) qb.andWhere('a.occurred_at >= :from', { from: filter.from });
    if (filter.to) qb.andWhere('a.occurred_at < :to', { to: filter.to });
    if (filter.before) qb.andWhere('a.id < :before', { before: filter.before });
    return qb;
  }

  async execute(filter: AuditFilter): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
    const rows = await this.query(filter).take(filter.limit + 1).getMany();
    const items = rows.slice(0, filter.limit);
    return { items: items.map((r) => ({ ...r })), nextCursor: rows.length > filter.limit ? items[items.length - 1].id : null };
  }

  /** Every matching event, in pages of 1,000, for export without holding the whole log in memory. */
  async *stream(filter: Omit<AuditFilter, 'limit' | 'before'>): AsyncGenerator<AuditEventView> {
    let before: string | undefined;
    for (;;) {
      const page = await this.query({ ...filter, before }).take(1_000).getMany();
      for (const row of page) yield { ...row };
      if (page.length < 1_000) return;
      before = page[page.length - 1].id;
    }
  }
}
