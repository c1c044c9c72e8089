import { InjectQueue, OnWorkerEvent, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Job, Queue } from 'bullmq';
import { SuperviseLedgerUseCase } from '../application/supervise.use-case.js';
import { shanghaiToday } from '../domain/ledger.js';
import { LedgerQueues, SupervisionJob, type SupervisionJobData } from '../contracts/index.js';

const LEDGER_QUEUE = LedgerQueues.ledger.name;

/**
 * Registers the daily supervision with BullMQ's job scheduler when the worker starts. Upserting
 * is idempotent: every worker may do it, and there is still one scheduler (and one job per run).
 */
@Injectable()
export class SupervisionScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(LEDGER_QUEUE) private readonly queue: Queue<SupervisionJobData>) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(
      SupervisionJob.scheduler,
      { pattern: SupervisionJob.pattern, tz: 'Asia/Shanghai' },
      { name: SupervisionJob.name, data: {} },
    );
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
