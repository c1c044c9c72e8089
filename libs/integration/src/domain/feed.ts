import { SUPPLY_DEMAND_FEED_EVENT_TYPES } from '#supply-demand';

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
  'ledger.task.created',
  'ledger.report.submitted',
  'ledger.report.accepted',
  'ledger.report.returned',
  'ledger.notice.raised',
  ...SUPPLY_DEMAND_FEED_EVENT_TYPES,
] as const;
export type FeedEventType = (typeof FEED_EVENT_TYPES)[number];

/**
 * Feed events every reader may see whatever its district: they carry only what is published to
 * everyone anyway (a round's publication: its id, code, revision and digest; the ranking itself is
 * public, `GET /evaluation/rankings/{roundId}`). Every other event reaches a district system only
 * when one of its `districtCodes` is the system's district (deny by default: none listed, none).
 */
export const PUBLIC_FEED_EVENT_TYPES: readonly FeedEventType[] = ['evaluation.round.published'];

/** Who reads the feed: a district system sees its district's events (and public ones); absent, city-wide. */
export interface FeedScope {
  district?: string;
}

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
