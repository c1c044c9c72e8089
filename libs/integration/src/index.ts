/** Integration context (DESIGN §6): the change feed, webhooks, idempotent writes. */
export { IntegrationModule } from './integration.module.js';
export { FEED_EVENT_TYPES, type FeedEventType } from './domain/feed.js';
export { FEED_EVENTS, PUBLIC_TO_ALL_EVENTS } from './contracts/index.js';
export { IntegrationWorkerModule } from './integration.worker.module.js';
export * from './domain/integration.labels.js';
