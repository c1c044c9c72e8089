import { dictionary, type Dictionary, type Label, type Labels } from '#platform';
import { FEED_EVENTS } from '../contracts/index.js';
import type { FeedEventType } from './feed.js';

/** 变更事件类型: each public event's labels, as its contract declares them. */
export const FEED_EVENT_TYPE_LABELS = Object.fromEntries(
  FEED_EVENTS.map((e) => [e.name, { zh: e.public!.zh, en: e.public!.summary }]),
) as Labels<FeedEventType>;

export type DeliveryStatus = 'PENDING' | 'SUCCEEDED' | 'FAILED';
export const DELIVERY_STATUS_LABELS: Labels<DeliveryStatus> = {
  PENDING: { zh: '投递中', en: 'Pending' },
  SUCCEEDED: { zh: '已送达', en: 'Succeeded' },
  FAILED: { zh: '投递失败', en: 'Failed' },
};

export type AttemptTrigger = 'SCHEDULED' | 'MANUAL';
export const ATTEMPT_TRIGGER_LABELS: Labels<AttemptTrigger> = {
  SCHEDULED: { zh: '自动投递', en: 'Scheduled' },
  MANUAL: { zh: '手动重投', en: 'Manual' },
};

export const INTEGRATION_ERROR_LABELS: Record<string, Label> = {
  IDEMPOTENCY_KEY_INVALID: { zh: 'Idempotency-Key 应为 1–255 个可见 ASCII 字符（建议用 UUID）', en: 'Invalid Idempotency-Key' },
  IDEMPOTENCY_KEY_IN_PROGRESS: { zh: '使用该 Idempotency-Key 的首个请求仍在处理，请稍后重试', en: 'The first request with this key is still in progress' },
  IDEMPOTENCY_KEY_REUSED: { zh: '该 Idempotency-Key 已用于另一请求', en: 'The key was used for another request' },
  WEBHOOK_DELIVERY_NOT_FOUND: { zh: 'Webhook 投递记录不存在', en: 'No such webhook delivery' },
  WEBHOOK_SUBSCRIPTION_NOT_FOUND: { zh: 'Webhook 订阅不存在', en: 'No such webhook subscription' },
  WEBHOOK_DELIVERY_PENDING: { zh: '投递仍在重试中，成功或失败后才能重投', en: 'The delivery is still being retried' },
  UNKNOWN_EVENT_TYPE: { zh: '未知的事件类型', en: 'Unknown event type' },
  WEBHOOK_URL_INVALID: { zh: 'Webhook 地址无效', en: 'Invalid webhook URL' },
  WEBHOOK_TARGET_NOT_ALLOWED: { zh: '不允许投递到该地址', en: 'The webhook target is not allowed' },
  WEBHOOK_TARGET_REFUSED: { zh: '目标地址拒绝了投递', en: 'The target refused the delivery' },
};

export const INTEGRATION_DICTIONARIES: Dictionary[] = [
  dictionary('FeedEventType', { zh: '变更事件类型', en: 'Feed event type' }, FEED_EVENT_TYPE_LABELS),
  dictionary('DeliveryStatus', { zh: 'Webhook 投递状态', en: 'Delivery status' }, DELIVERY_STATUS_LABELS),
  dictionary('AttemptTrigger', { zh: '投递方式', en: 'Attempt trigger' }, ATTEMPT_TRIGGER_LABELS),
];
