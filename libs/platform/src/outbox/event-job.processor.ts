import { OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { EventPayloadError, type QueueContract } from '../contracts/contracts.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import { PermanentJobError } from './permanent-job-error.js';
import type { EventEnvelope } from './outbox-event.js';

export type EventJobResult = 'done' | 'duplicate';

/** Whether this attempt's failure is the job's last: no attempt left, or an error BullMQ never retries. */
export function isFinalFailure(job: Pick<Job, 'attemptsMade' | 'opts'>, error: unknown): boolean {
  return error instanceof UnrecoverableError || (error as Error | undefined)?.name === 'UnrecoverableError' || job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** The payload parsed against the event's contract; one that does not fit is a permanent failure (the stored data is wrong). */
function parsePayload(contract: { parse(payload: unknown): unknown }, payload: unknown): unknown {
  try {
    return contract.parse(payload);
  } catch (error) {
    if (error instanceof EventPayloadError) throw new PermanentJobError(error.message, { cause: error });
    throw error;
  }
}

/**
 * Runs one event handler for one job. The handler's effect and the row in `outbox_consumption`
 * commit in one transaction, so a job that is retried, duplicated or re-run after a worker died
 * mid-way has its effect exactly once. When the job fails for good, the consumer's
 * `@OnEventFailed` recorder runs only once that transaction has rolled back, in a transaction of
 * its own: a failing job never waits on (or keeps) a lock its own attempt took.
 */
@Injectable()
export class EventJobRunner {
  private readonly logger = new Logger(EventJobRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
  ) {}

  async run(queue: string, job: Job<EventEnvelope>): Promise<EventJobResult> {
    const handler = this.registry.consumer(job.name, queue);
    if (!handler) throw new Error(`No handler for consumer "${job.name}" on queue "${queue}"`);
    let event = job.data as EventEnvelope<never>;
    try {
      if (handler.job.parse) event = { ...job.data, payload: parsePayload(handler.job.event, job.data.payload) } as EventEnvelope<never>;
      return await this.dataSource.transaction(async (manager) => {
        const claimed: unknown[] = await manager.query(
          `INSERT INTO outbox_consumption (consumer, event_id) VALUES ($1, $2)
           ON CONFLICT DO NOTHING RETURNING event_id`,
          [handler.job.name, job.data.eventId],
        );
        if (claimed.length === 0) return 'duplicate';
        await handler.invoke(event, { manager, job });
        return 'done';
      });
    } catch (error) {
      if (handler.failed && isFinalFailure(job, error)) {
        try {
          await this.dataSource.transaction((manager) => handler.failed!(event, error, { manager, job }));
        } catch (recordError) {
          // The job's own error is what BullMQ keeps; this one is only logged.
          this.logger.error({ queue, jobId: job.id, consumer: job.name, err: recordError }, 'recording the failure failed');
        }
      }
      throw error;
    }
  }
}

abstract class EventQueueProcessor extends WorkerHost {
  protected abstract readonly queue: string;
  private readonly logger = new Logger(this.constructor.name);

  constructor(@Inject(EventJobRunner) private readonly runner: EventJobRunner) {
    super();
  }

  private lastErrorLoggedAt = 0;

  /** Connection errors while Redis is away: logged at most once a minute, not once per retry. */
  @OnWorkerEvent('error')
  onError(error: Error): void {
    if (Date.now() - this.lastErrorLoggedAt < 60_000) return;
    this.lastErrorLoggedAt = Date.now();
    this.logger.warn(`queue "${this.queue}": ${error.message}`);
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job<EventEnvelope> | undefined, error: Error): void {
    this.logger.warn({ queue: this.queue, jobId: job?.id, consumer: job?.name, attemptsMade: job?.attemptsMade, err: error }, 'job attempt failed');
  }

  async process(job: Job<EventEnvelope>): Promise<EventJobResult> {
    const result = await this.runner.run(this.queue, job);
    this.logger.debug({ queue: this.queue, jobId: job.id, consumer: job.name, result }, 'event handled');
    return result;
  }
}

/**
 * The processor of one queue a context declares (`defineQueue`), with its concurrency: a class
 * per queue, as BullMQ's Nest module finds processors by their class decorator.
 */
export function eventQueueProcessor(contract: QueueContract): new (runner: EventJobRunner) => WorkerHost {
  const className = `${contract.name.replace(/(^|-)([a-z])/g, (_m, _d, c: string) => c.toUpperCase())}QueueProcessor`;
  const processor = class extends EventQueueProcessor {
    protected readonly queue = contract.name;
  };
  Object.defineProperty(processor, 'name', { value: className });
  Processor(contract.name, { concurrency: contract.concurrency })(processor);
  Injectable()(processor);
  return processor;
}
