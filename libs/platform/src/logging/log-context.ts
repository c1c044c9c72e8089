import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line written inside a unit of work (an HTTP request, a job) is stamped with. */
export interface LogContext {
  reqId?: string;
  jobId?: string;
}

/**
 * The current unit of work. The logger's `mixin` reads it for each line, so binding a request
 * costs one AsyncLocalStorage run and no per-request child logger.
 */
export const logContext = new AsyncLocalStorage<LogContext>();

export const logContextMixin = (): LogContext => logContext.getStore() ?? {};
