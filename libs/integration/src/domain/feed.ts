import { FEED_EVENTS, PUBLIC_TO_ALL_EVENTS } from '../contracts/index.js';

/**
 * The names of the events a district system (区县系统) may follow, in the change feed and by
 * webhook: the public events of the contracts (`FEED_EVENTS`). Other outbox events (job requests,
 * webhook attempts, schemes in preparation) are internal.
 */
export type FeedEventType = (typeof FEED_EVENTS)[number]['name'];
export const FEED_EVENT_TYPES: readonly FeedEventType[] = FEED_EVENTS.map((e) => e.name);

/** Feed events every reader may see whatever its district (see `PUBLIC_TO_ALL_EVENTS`). */
export const PUBLIC_FEED_EVENT_TYPES: readonly FeedEventType[] = PUBLIC_TO_ALL_EVENTS.map((e) => e.name);

const CONTRACT_OF = new Map<string, (typeof FEED_EVENTS)[number]>(FEED_EVENTS.map((e) => [e.name, e]));

/** A feed event's payload as its public contract declares it (the declared properties only). */
export function publicPayload(type: FeedEventType, payload: unknown): Record<string, unknown> {
  return CONTRACT_OF.get(type)!.toPublic(payload);
}

export const isFeedEventType = (type: string): type is FeedEventType => CONTRACT_OF.has(type);

/** Who reads the feed: a district system sees its district's events (and public ones); absent, city-wide. */
export interface FeedScope {
  district?: string;
}

/** One event of the change feed. `cursor` is opaque to clients: pass it back as `after`. */
export interface FeedEntry {
  cursor: string;
  eventId: string;
  type: FeedEventType;
  aggregateType: string;
  aggregateId: string;
  occurredAt: Date;
  payload: Record<string, unknown>;
}

export interface FeedPage {
  items: FeedEntry[];
  /** Where to continue: the last item's cursor, or the `after` given when there was nothing new. */
  nextCursor: string | null;
  /** More events are waiting past this page (ask again at once). */
  hasMore: boolean;
}
