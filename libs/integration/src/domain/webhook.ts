import { createHmac, randomBytes } from 'node:crypto';

import { type PayloadOf } from '#platform';
import { WebhookAttemptDue } from '../contracts/index.js';

export type WebhookAttemptDuePayload = PayloadOf<typeof WebhookAttemptDue>;

/** The outbox event scheduling one attempt. */
export const attemptDue = (payload: WebhookAttemptDuePayload) => WebhookAttemptDue.of(payload.deliveryId, { ...payload });

const UNIT_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 } as const;

/** `500ms`, `5s`, `5m`, `2h`, `1d` → milliseconds. */
export function parseDuration(text: string): number {
  const m = /^\s*(\d+)(ms|s|m|h|d)\s*$/.exec(text);
  if (!m) throw new Error(`not a duration: ${text}`);
  return Number(m[1]) * UNIT_MS[m[2] as keyof typeof UNIT_MS];
}

/** The retry schedule: delay before attempt i+1 (the first entry is the delay of the first attempt). */
export const parseSchedule = (text: string): number[] => text.split(',').map(parseDuration);

/** A new signing secret as Standard Webhooks writes it: `whsec_` + base64 of 24 random bytes. */
export const newWebhookSecret = (): string => `whsec_${randomBytes(24).toString('base64')}`;

/**
 * Standard Webhooks signature: `v1,` + base64 HMAC-SHA256, keyed by the base64-decoded part of
 * the secret after `whsec_`, of `<webhook-id>.<webhook-timestamp>.<body>`.
 */
export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest('base64')}`;
}

/** The headers of one attempt; during a rotation's overlap, signed with both secrets (space-separated). */
export function webhookHeaders(secrets: readonly string[], id: string, timestamp: number, body: string): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'cej-platform-webhooks/1',
    'webhook-id': id,
    'webhook-timestamp': String(timestamp),
    'webhook-signature': secrets.map((s) => sign(s, id, timestamp, body)).join(' '),
  };
}
