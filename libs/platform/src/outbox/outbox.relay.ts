import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { Environment } from '../config/environment.js';
import { jobOptions } from '../queue/queues.js';
import { queueConnection } from '../queue/redis-connection.js';
import { EventHandlerRegistry } from './event-handler.registry.js';
import type { EventEnvelope } from './outbox-event.js';

interface PendingRow {
  id: string;
  event_id: string;
  type: string;
  aggregate_type: string;
  aggregate_id: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

const BATCH_SIZE = 200;

/**
 * Moves committed outbox events to BullMQ. It claims a batch with `FOR UPDATE SKIP LOCKED` (so
 * several workers share the work without handing one event over twice at a time), adds one job
 * per subscribed consumer with a job id derived from the event and the consumer (so a repeated
 * hand-over is collapsed by BullMQ, and the consumption log catches the rest), and marks the rows
 * dispatched in the same transaction. While Redis is down the rows stay pending with a backoff,
 * and nothing is lost (backoff per row: 1 s doubling to 30 s). A `LISTEN` on `outbox_event` wakes it as soon as an insert commits;
 * polling is the fallback.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly queues = new Map<string, Queue>();
  private listener?: pg.Client;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private redisDown = false;
  private connection?: ReturnType<typeof queueConnection>;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly registry: EventHandlerRegistry,
    private readonly env: Environment,
  ) {}

  onApplicationBootstrap(): void {
    this.connection = queueConnection(this.env, 'producer');
    // The queues the app's contexts declare (their contracts, merged and checked at start-up).
    for (const { name } of this.registry.ready().queues) {
      const queue = new Queue(name, {
        connection: this.connection.connection,
        prefix: this.env.QUEUE_PREFIX,
        defaultJobOptions: jobOptions(this.env),
      });
      queue.on('error', () => undefined); // reported by relayBatch, not once per reconnect
      this.queues.set(name, queue);
    }
    this.running = true;
    void this.listen();
    this.loop = this.run();
  }

  async onModuleDestroy(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    await this.listener?.end().catch(() => undefined);
    await Promise.all([...this.queues.values()].map((q) => q.close().catch(() => undefined)));
    await this.connection?.close();
    this.logger.log('outbox relay stopped');
  }

  /** Hands over one batch; returns how many events it handled. Public for tests and tools. */
  async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, event_id, type, aggregate_type, aggregate_id, payload, occurred_at
           FROM outbox_event
          WHERE dispatched_at IS NULL AND next_attempt_at <= now()
          ORDER BY id
          LIMIT $1
          FOR UPDATE SKIP LOCKED`,
        [BATCH_SIZE],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      try {
        await this.enqueue(rows);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        if (!this.redisDown) this.logger.warn(`cannot hand events to the queue, will retry: ${message}`);
        this.redisDown = true;
        await manager.query(
          `UPDATE outbox_event
              SET attempts = attempts + 1, last_error = $2,
                  next_attempt_at = now() + least(interval '1 second' * power(2, least(attempts, 5)), interval '30 seconds')
            WHERE id = ANY($1::bigint[])`,
          [ids, message.slice(0, 1000)],
        );
        return 0;
      }
      if (this.redisDown) this.logger.log('queue reachable again, relaying resumed');
      this.redisDown = false;
      await manager.query(
        `UPDATE outbox_event SET dispatched_at = now(), attempts = attempts + 1, last_error = NULL
          WHERE id = ANY($1::bigint[])`,
        [ids],
      );
      return rows.length;
    });
  }

  private async enqueue(rows: PendingRow[]): Promise<void> {
    const perQueue = new Map<string, Parameters<Queue['addBulk']>[0]>();
    for (const row of rows) {
      const envelope: EventEnvelope = {
        eventId: row.event_id,
        position: row.id,
        type: row.type,
        aggregateType: row.aggregate_type,
        aggregateId: row.aggregate_id,
        payload: row.payload,
        occurredAt: new Date(row.occurred_at).toISOString(),
      };
      for (const handler of this.registry.handlersOf(row.type)) {
        const { name, queue } = handler.job;
        const jobs = perQueue.get(queue.name) ?? [];
        jobs.push({ name, data: envelope, opts: { jobId: `${row.event_id}.${name}` } });
        perQueue.set(queue.name, jobs);
      }
    }
    await Promise.all([...perQueue].map(([name, jobs]) => this.queues.get(name)!.addBulk(jobs)));
  }

  private async run(): Promise<void> {
    let failures = 0;
    while (this.running) {
      let handled = 0;
      try {
        handled = await this.relayBatch();
        failures = 0;
      } catch (error) {
        // PostgreSQL unreachable: back off and try again; the events are safe in the table.
        failures += 1;
        if (failures === 1) this.logger.warn(`outbox relay paused: ${(error as Error).message}`);
      }
      if (handled === BATCH_SIZE) continue;
      await this.sleep(this.redisDown || failures > 0 ? Math.min(1_000 * 2 ** failures, 10_000) : this.env.OUTBOX_POLL_MS);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        resolve();
      }
      this.wake = done;
    });
  }

  private async listen(): Promise<void> {
    while (this.running) {
      const client = new pg.Client({ connectionString: this.env.DATABASE_URL, application_name: 'cej-outbox-listener' });
      this.listener = client;
      try {
        await client.connect();
        if (!this.running) break; // stopped while connecting; `finally` ends the client
        client.on('notification', () => this.wake?.());
        await client.query('LISTEN outbox_event');
        await new Promise<void>((resolve) => {
          client.on('error', () => resolve());
          client.on('end', () => resolve());
        });
      } catch {
        // fall through to reconnect; polling covers the gap
      } finally {
        await client.end().catch(() => undefined);
      }
      if (this.running) await new Promise((r) => setTimeout(r, 2_000).unref());
    }
  }
}
