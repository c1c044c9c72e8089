/**
 * Defaults for every job: retries with exponential backoff (1 s, 2 s, 4 s, …), completed jobs
 * kept a day for inspection, failed ones a week. The retry of a job must be safe: handlers run
 * in a transaction guarded by the consumption log (see the outbox). The queues themselves are
 * declared by the contexts that own them (`defineQueue` in `libs/<context>/src/contracts/`).
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

/** The defaults with the attempts and first backoff delay of the configuration. */
export function jobOptions(settings: { JOB_ATTEMPTS: number; JOB_BACKOFF_MS: number }) {
  return { ...DEFAULT_JOB_OPTIONS, attempts: settings.JOB_ATTEMPTS, backoff: { type: 'exponential', delay: settings.JOB_BACKOFF_MS } } as const;
}
