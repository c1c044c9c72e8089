import { defineEvent, Schema as T } from '#platform';
import { RegistryEvents } from '#registry/contracts';
import { EvaluationEvents } from '#evaluation/contracts';
import { LedgerEvents } from '#ledger/contracts';
import { SUPPLY_DEMAND_FEED_EVENTS } from '#supply-demand/contracts';

/** Internal: one webhook attempt is due (`notBefore` on its outbox row is the schedule). */
export const WebhookAttemptDue = defineEvent('integration.webhook.attempt-due', {
  version: 1,
  aggregateType: 'webhook-delivery',
  payload: T.Object({
    deliveryId: T.String({ format: 'uuid' }),
    /** 1-based number of this attempt. */
    attempt: T.Integer({ minimum: 1 }),
    trigger: T.Union([T.Literal('SCHEDULED'), T.Literal('MANUAL')]),
  }),
});

export const IntegrationEvents = { WebhookAttemptDue } as const;

/**
 * The events a district system (区县系统) may follow, in the change feed and by webhook: the
 * public events the other contexts declare (a test checks that this list is exactly those).
 * Their payloads are the public DTOs of the contract, documented in OpenAPI (`x-webhooks`).
 */
export const FEED_EVENTS = [
  RegistryEvents.ConsortiumCreated,
  RegistryEvents.ConsortiumDecided,
  RegistryEvents.ConsortiumCorrected,
  RegistryEvents.OrganizationCreated,
  RegistryEvents.OrganizationUpdated,
  RegistryEvents.MembershipJoined,
  RegistryEvents.MembershipLeft,
  RegistryEvents.MembershipRoleChanged,
  RegistryEvents.ApplicationSubmitted,
  RegistryEvents.ApplicationUnderReview,
  RegistryEvents.ApplicationApproved,
  RegistryEvents.ApplicationRejected,
  RegistryEvents.ApplicationWithdrawn,
  RegistryEvents.GovernanceChanged,
  EvaluationEvents.RoundPublished,
  LedgerEvents.TaskCreated,
  LedgerEvents.ReportSubmitted,
  LedgerEvents.ReportAccepted,
  LedgerEvents.ReportReturned,
  LedgerEvents.NoticeRaised,
  ...SUPPLY_DEMAND_FEED_EVENTS,
] as const;

for (const event of FEED_EVENTS) if (!event.public) throw new Error(`The feed event "${event.name}" is not declared public by its context`);

/**
 * Feed events every reader may see whatever its district: they carry only what is published to
 * everyone anyway. Every other feed event reaches a district system only when one of its
 * `districtCodes` is the system's district (deny by default: none listed, none).
 */
export const PUBLIC_TO_ALL_EVENTS = [EvaluationEvents.RoundPublished] as const;
