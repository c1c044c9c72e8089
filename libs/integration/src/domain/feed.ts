/**
 * The events a district system (区县系统) may follow, in the change feed and by webhook. Other
 * outbox events (job requests, webhook attempts, schemes in preparation) are internal.
 */
export const FEED_EVENT_TYPES = [
  'registry.consortium.created',
  'registry.consortium.decided',
  'registry.consortium.corrected',
  'registry.organization.created',
  'registry.organization.updated',
  'registry.membership.joined',
  'registry.membership.left',
  'registry.membership.role-changed',
  'registry.application.submitted',
  'registry.application.under-review',
  'registry.application.approved',
  'registry.application.rejected',
  'registry.application.withdrawn',
  'registry.governance.changed',
  'evaluation.round.published',
] as const;
export type FeedEventType = (typeof FEED_EVENT_TYPES)[number];

export const isFeedEventType = (type: string): type is FeedEventType => (FEED_EVENT_TYPES as readonly string[]).includes(type);

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
