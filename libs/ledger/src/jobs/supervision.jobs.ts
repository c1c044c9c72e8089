import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { SuperviseLedgerUseCase } from '../application/supervise.use-case.js';
import { shanghaiToday } from '../domain/ledger.js';

/** The ledger's queue: the daily supervision job only. */
export const LEDGER_QUEUE = 'ledger';
/** Job scheduler id and job name of the daily supervision sweep. */
export const SUPERVISION_SCHEDULER = 'ledger.supervision.daily';
export const SUPERVISION_JOB = 'ledger.supervise';
/** Every day at 08:00 in Asia/Shanghai: notices are there when the offices open. */
export const SUPERVISION_PATTERN = '0 0 8 * * *';

/** Payload of the supervision job: the day to supervise as of (default: the day it runs, Asia/Shanghai). */
export interface SupervisionJobData {
  asOf?: string;
}

/**
 * Registers the daily supervision with BullMQ's job scheduler when the worker starts. Upserting
 * is idempotent: every worker may do it, and there is still one scheduler (and one job per run).
 */
@Injectable()
export class SupervisionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(LEDGER_QUEUE) private readonly queue: Queue<SupervisionJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SUPERVISION_SCHEDULER, { pattern: SUPERVISION_PATTERN, tz: 'Asia/Shanghai' }, { name: SUPERVISION_JOB, data: {} });
  }
}

/**
 * Runs the supervision sweep. Safe to run again (a retry, a second worker, a missed run caught
 * up): the sweep of a day raises each notice once.
 */
@Processor(LEDGER_QUEUE)
export class SupervisionProcessor extends WorkerHost {
  private readonly logger = new Logger(SupervisionProcessor.name);

  constructor(private readonly supervise: SuperviseLedgerUseCase) {
    super();
  }

  @OnWorkerEvent('failed')
  onFailed(job: Job | undefined, error: Error): void {
    this.logger.warn({ queue: LEDGER_QUEUE, jobId: job?.id, attemptsMade: job?.attemptsMade, err: error }, 'supervision attempt failed');
  }

  async process(job: Job<SupervisionJobData>) {
    const asOf = job.data.asOf ?? shanghaiToday();
    const summary = await this.supervise.run(asOf, { type: 'system', id: 'ledger.supervision', name: '督办定时任务' });
    this.logger.log({ asOf, raised: summary.raised }, 'ledger supervised');
    return summary.raised;
  }
}
