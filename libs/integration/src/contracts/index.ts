import { defineContracts, defineJob, defineQueue, type JobContract } from '#platform';
import { FEED_EVENTS, IntegrationEvents, WebhookAttemptDue } from './events.js';

export * from './events.js';

/** Webhook deliveries, several at a time: one slow endpoint (each attempt may take up to `WEBHOOK_TIMEOUT_MS`) must not hold up the others. */
export const IntegrationQueues = { webhooks: defineQueue('webhooks', { concurrency: 4 }) } as const;

type FeedEventName = (typeof FEED_EVENTS)[number]['name'];

/**
 * The fan-out of each feed event to its webhook subscriptions: one job per event type, named after
 * it (a key in the consumption log: never rename). It copies the event by id and never reads its
 * payload, so an event stored before its contract's fields existed is delivered as the feed shows it.
 */
export const WEBHOOK_FAN_OUT_JOBS = Object.fromEntries(
  FEED_EVENTS.map((event) => [
    event.name,
    defineJob(`integration.webhooks.fan-out.${event.name}`, { on: event, queue: IntegrationQueues.webhooks, parse: false }),
  ]),
) as { [N in FeedEventName]: JobContract<Extract<(typeof FEED_EVENTS)[number], { name: N }>> };

export const IntegrationJobs = {
  /** One HTTP attempt of one delivery. */
  webhookAttempt: defineJob('integration.webhooks.attempt', { on: WebhookAttemptDue, queue: IntegrationQueues.webhooks }),
} as const;

export const IntegrationContracts = defineContracts({
  context: 'integration',
  events: Object.values(IntegrationEvents),
  jobs: [...Object.values(IntegrationJobs), ...Object.values(WEBHOOK_FAN_OUT_JOBS)],
  queues: Object.values(IntegrationQueues),
});
