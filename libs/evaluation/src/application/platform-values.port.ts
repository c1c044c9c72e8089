import type { EntityManager } from 'typeorm';
import type { Label } from '#platform';
import type { PlatformValue } from '../domain/platform-value.js';

/**
 * The port through which an indicator takes its value from the platform (source PLATFORM). The
 * evaluation knows no context that supplies values; a context implements this interface and binds
 * it to `PLATFORM_VALUE_SOURCE` (供需对接 does, for 技术服务到款额, 订单班人数, 需求响应率, …). With no
 * source bound, no scheme may name a platform metric.
 */
export interface PlatformValueSource {
  /** The metrics it supplies, with their labels. */
  metrics(): readonly { code: string; label: Label }[];
  /** Values of a consortium for a period (dates inclusive), read inside the caller's transaction. */
  values(manager: EntityManager, query: { consortiumId: string; from: string; to: string; metrics: readonly string[] }): Promise<Map<string, PlatformValue>>;
}

export const PLATFORM_VALUE_SOURCE = Symbol.for('cej:evaluation:platform-value-source');
