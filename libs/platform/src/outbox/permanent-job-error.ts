import { UnrecoverableError } from 'bullmq';

/**
 * A job failure that another attempt cannot change (the stored data the job works from is wrong):
 * BullMQ does not retry it, and the consumer's `@OnEventFailed` recorder runs at once. The message
 * is the reason kept for the user, so it names things, not indices.
 */
export class PermanentJobError extends UnrecoverableError {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message);
    this.name = 'UnrecoverableError';
    if (options?.cause !== undefined) (this as { cause?: unknown }).cause = options.cause;
  }
}
