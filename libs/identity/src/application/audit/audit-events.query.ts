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
  /** The consortium the entity belongs to (or is), with its current name; null when none. */
  consortiumId: string | null;
  consortiumName: string | null;
  /** The organization the entity belongs to (or is), with its current name; null when none. */
  organizationId: string | null;
  organizationName: string | null;
}

/**
 * Entity types whose rows name a consortium and/or an organization: table, and which of the two
 * columns it has. `consortium` and `organization` are their own owner.
 */
const OWNERS: { type: string; table: string; consortium: string | null; organization: string | null }[] = [
  { type: 'consortium', table: 'consortium', consortium: 'id', organization: null },
  { type: 'organization', table: 'organization', consortium: null, organization: 'id' },
  { type: 'membership', table: 'membership', consortium: 'consortium_id', organization: 'organization_id' },
  { type: 'membership-application', table: 'membership_application', consortium: 'consortium_id', organization: 'organization_id' },
  { type: 'council-seat', table: 'council_seat', consortium: 'consortium_id', organization: 'organization_id' },
  { type: 'participation-fact', table: 'participation_fact', consortium: 'consortium_id', organization: 'organization_id' },
  { type: 'delegated-power', table: 'delegated_power', consortium: 'consortium_id', organization: null },
  { type: 'answer-sheet', table: 'answer_sheet', consortium: 'consortium_id', organization: null },
  { type: 'best-practice', table: 'best_practice', consortium: 'consortium_id', organization: null },
  { type: 'adjustment-proposal', table: 'adjustment_proposal', consortium: 'consortium_id', organization: 'organization_id' },
];

const UUID = `'^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$'`;

interface AuditRow {
  a_id: string;
  owner_consortium_id: string | null;
  owner_consortium_name: string | null;
  owner_organization_id: string | null;
  owner_organization_name: string | null;
}

/** The audit log, newest first, filtered; for the task force and admins. */
@Injectable()
export class ListAuditEventsQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * The events with the consortium and organization each one concerns, names joined in the same
   * query: one LEFT JOIN per owning table, keyed by the entity id only for its own entity type
   * (the id cast only where it is a uuid, so every join uses the table's primary key).
   */
  private query(filter: Omit<AuditFilter, 'limit'>): SelectQueryBuilder<AuditEventEntity> {
    const qb = this.dataSource.getRepository(AuditEventEntity).createQueryBuilder('a').orderBy('a.id', 'DESC');
    OWNERS.forEach((o, k) =>
      qb.leftJoin(
        o.table,
        `own${k}`,
        `a.entity_type = '${o.type}' AND own${k}.id = (CASE WHEN a.entity_type = '${o.type}' AND a.entity_id ~ ${UUID} THEN a.entity_id::uuid END)`,
      ),
    );
    const pick = (column: 'consortium' | 'organization') => `COALESCE(${OWNERS.flatMap((o, k) => (o[column] ? [`own${k}.${o[column]}`] : [])).join(', ')})`;
    qb.leftJoin('consortium', 'oc', `oc.id = ${pick('consortium')}`).leftJoin('organization', 'oo', `oo.id = ${pick('organization')}`);
    qb.addSelect(pick('consortium'), 'owner_consortium_id').addSelect('oc.name', 'owner_consortium_name');
    qb.addSelect(pick('organization'), 'owner_organization_id').addSelect('oo.name', 'owner_organization_name');
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

  private async page(filter: Omit<AuditFilter, 'limit'>, limit: number): Promise<AuditEventView[]> {
    // limit, not take: every join is to one row at most, so no paging subquery is needed.
    const { entities, raw } = await this.query(filter).limit(limit).getRawAndEntities<AuditRow>();
    const owners = new Map(raw.map((r) => [String(r.a_id), r]));
    return entities.map((e) => {
      const o = owners.get(e.id);
      return {
        ...e,
        consortiumId: o?.owner_consortium_id ?? null,
        consortiumName: o?.owner_consortium_name ?? null,
        organizationId: o?.owner_organization_id ?? null,
        organizationName: o?.owner_organization_name ?? null,
      };
    });
  }

  async execute(filter: AuditFilter): Promise<{ items: AuditEventView[]; nextCursor: string | null }> {
    const rows = await this.page(filter, filter.limit + 1);
    const items = rows.slice(0, filter.limit);
    return { items, nextCursor: rows.length > filter.limit ? items[items.length - 1].id : null };
  }

  /** Every matching event, in pages of 1,000, for export without holding the whole log in memory. */
  async *stream(filter: Omit<AuditFilter, 'limit' | 'before'>): AsyncGenerator<AuditEventView> {
    let before: string | undefined;
    for (;;) {
      const page = await this.page({ ...filter, before }, 1_000);
      for (const row of page) yield row;
      if (page.length < 1_000) return;
      before = page[page.length - 1].id;
    }
  }
}
