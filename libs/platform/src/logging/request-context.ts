import { AsyncLocalStorage } from 'node:async_hooks';
import type { Actor } from '../access/actor.js';

/** The unit of work being served: an HTTP request or a job. */
export interface RequestContext {
  reqId?: string;
  jobId?: string;
  /** Caller's address, as the API saw it (X-Forwarded-For honoured). */
  ip?: string;
  /** Who is acting, once authenticated; anonymous before. */
  actor?: Actor;
}

/**
 * The current unit of work, for logs (every line is stamped with its ids) and for the audit log
 * (who did it, from where). One AsyncLocalStorage run per request, no per-request logger.
 */
export const requestContext = new AsyncLocalStorage<RequestContext>();

export const logContextMixin = (): Record<string, unknown> => {
  const store = requestContext.getStore();
  if (!store) return {};
  return {
    ...(store.reqId ? { reqId: store.reqId } : {}),
    ...(store.jobId ? { jobId: store.jobId } : {}),
    ...(store.actor && store.actor.type !== 'anonymous' ? { actor: `${store.actor.type}:${store.actor.id}` } : {}),
  };
};
