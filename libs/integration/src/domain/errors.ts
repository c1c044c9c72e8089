import { DomainError } from '#platform';

/** The integration context's refusals, each with a stable code naming the field. */
export const IntegrationErrors = {
  subscriptionNotFound: () => new DomainError('NOT_FOUND', 'WEBHOOK_SUBSCRIPTION_NOT_FOUND', 'No such webhook subscription'),
  deliveryNotFound: () => new DomainError('NOT_FOUND', 'WEBHOOK_DELIVERY_NOT_FOUND', 'No such webhook delivery'),
  invalidUrl: (reason: string) =>
    new DomainError('INVALID', 'WEBHOOK_URL_INVALID', `url: ${reason}`, [{ field: 'url', code: 'WEBHOOK_URL_INVALID', message: reason }]),
  targetNotAllowed: (reason: string) =>
    new DomainError('INVALID', 'WEBHOOK_TARGET_NOT_ALLOWED', `url: ${reason}`, [{ field: 'url', code: 'WEBHOOK_TARGET_NOT_ALLOWED', message: reason }]),
  unknownEventType: (type: string) =>
    new DomainError('INVALID', 'UNKNOWN_EVENT_TYPE', `eventTypes: unknown event type ${type}`, [
      { field: 'eventTypes', code: 'UNKNOWN_EVENT_TYPE', message: type },
    ]),
  deliveryPending: () =>
    new DomainError('CONFLICT', 'WEBHOOK_DELIVERY_PENDING', 'The delivery is still being retried; redeliver it once it has succeeded or failed'),
};

export const IdempotencyErrors = {
  invalidKey: () =>
    new DomainError('MALFORMED', 'IDEMPOTENCY_KEY_INVALID', 'Idempotency-Key: 1–255 visible ASCII characters (a UUID is best)', [
      { field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_INVALID', message: 'invalid key' },
    ]),
  reused: () =>
    new DomainError('INVALID', 'IDEMPOTENCY_KEY_REUSED', 'Idempotency-Key: this key was used for another request (other body or route)', [
      { field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_REUSED', message: 'key already used with another request' },
    ]),
  inProgress: () =>
    new DomainError('CONFLICT', 'IDEMPOTENCY_KEY_IN_PROGRESS', 'Idempotency-Key: the first request with this key is still being processed; retry later', [
      { field: 'Idempotency-Key', code: 'IDEMPOTENCY_KEY_IN_PROGRESS', message: 'request in progress' },
    ]),
};

/**
 * The key as sent: an RFC 8941 sf-string (`"…"`) as the draft writes it, or the bare token most
 * clients send. Undefined when absent; refused when it is not 1–255 visible ASCII characters.
 */
export function parseIdempotencyKey(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (Array.isArray(header)) throw IdempotencyErrors.invalidKey();
  const key = /^"(.*)"$/.exec(header.trim())?.[1] ?? header.trim();
  if (!/^[\x21-\x7e]{1,255}$/.test(key)) throw IdempotencyErrors.invalidKey();
  return key;
}
