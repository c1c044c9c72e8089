import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  FEED_EVENT_TYPES,
  type FeedEntry,
  type FeedEventType,
  type FeedPage,
  type FeedScope,
  PUBLIC_FEED_EVENT_TYPES,
  publicPayload,
} from '../../domain/feed.js';

export interface ReadChangesCommand {
  /** Cursor of the last event the caller has; absent: from the first event. */
  after?: string;
  limit: number;
  /** A district system reads only the events of its district, and the public ones. */
  scope: FeedScope;
}

interface Row {
  position: string;
  event_id: string;
  type: FeedEventType;
  aggregate_type: string;
  aggregate_id: string;
  occurred_at: Date;
  payload: Record<string, unknown>;
}

/**
 * The change feed: committed events in commit order. `feed_seq` is assigned at commit under one
 * advisory lock (migration `ChangeFeed1763800600000`), so every number a reader can see was
 * assigned before any number it cannot see yet: reading `feed_seq > cursor` never skips an event
 * of a transaction that commits later. One indexed range scan. A district system's reading is
 * filtered by the districts each event concerns (`district_codes`), as its REST reads are.
 */
@Injectable()
export class ReadChangesQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(command: ReadChangesCommand): Promise<FeedPage> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT feed_seq::text AS position, event_id, type, aggregate_type, aggregate_id, occurred_at, payload
         FROM outbox_event e
        WHERE e.feed_seq > $1 AND e.type = ANY($2::text[])
          AND ($4::text IS NULL OR e.district_codes @> ARRAY[$4::text] OR e.type = ANY($5::text[]))
        ORDER BY e.feed_seq
        LIMIT $3`,
      [command.after ?? '0', FEED_EVENT_TYPES, command.limit + 1, command.scope.district ?? null, PUBLIC_FEED_EVENT_TYPES],
    );
    const hasMore = rows.length > command.limit;
    const items: FeedEntry[] = rows.slice(0, command.limit).map((r) => ({
      cursor: r.position,
      eventId: r.event_id,
      type: r.type,
      aggregateType: r.aggregate_type,
      aggregateId: r.aggregate_id,
      occurredAt: r.occurred_at,
      payload: publicPayload(r.type, r.payload),
    }));
    return { items, nextCursor: items.at(-1)?.cursor ?? command.after ?? null, hasMore };
  }

  /**
   * The newest position now. Every event committed later gets a larger number, so a full load
   * that starts after reading the head and then follows the feed from it misses nothing.
   */
  async head(): Promise<string> {
    const [row]: { head: string }[] = await this.dataSource.query(`SELECT coalesce(max(feed_seq), 0)::text AS head FROM outbox_event`);
    return row.head;
  }
}
