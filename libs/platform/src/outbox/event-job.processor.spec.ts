import { type Job, UnrecoverableError } from 'bullmq';
import type { DataSource, EntityManager } from 'typeorm';
import { Type } from '@sinclair/typebox';
import { defineEvent, defineJob, defineQueue } from '../contracts/contracts.js';
import type { EventHandlerRegistry, RegisteredHandler } from './event-handler.registry.js';
import { EventJobRunner, isFinalFailure } from './event-job.processor.js';
import type { EventEnvelope } from './outbox-event.js';

/** A data source whose transactions are numbered and logged as they begin and end. */
function fakeDataSource(log: string[]) {
  let n = 0;
  return {
    transaction: async (work: (m: EntityManager) => Promise<unknown>) => {
      const id = ++n;
      log.push(`begin ${id}`);
      const manager = { query: async () => [{ event_id: 'e' }] } as unknown as EntityManager;
      try {
        const result = await work(manager);
        log.push(`commit ${id}`);
        return result;
      } catch (error) {
        log.push(`rollback ${id}`);
        throw error;
      }
    },
  } as unknown as DataSource;
}

const job = (attemptsMade: number, attempts = 3) =>
  ({ name: 'x.consumer', id: '1', attemptsMade, opts: { attempts }, data: { eventId: 'e', payload: {} } }) as unknown as Job<EventEnvelope>;

const anything = defineEvent('x.thing.happened', { version: 1, aggregateType: 'thing', payload: Type.Object({}) });
const xJob = defineJob('x.consumer', { on: anything, queue: defineQueue('evaluation') });

function runnerWith(handler: Partial<RegisteredHandler>, log: string[]) {
  const registered = { job: xJob, invoke: async () => undefined, ...handler };
  const registry = { consumer: () => registered } as unknown as EventHandlerRegistry;
  return new EventJobRunner(fakeDataSource(log), registry);
}

describe('EventJobRunner', () => {
  const failing = (log: string[]) => ({
    invoke: async () => {
      throw new Error('boom');
    },
    failed: async (_e: EventEnvelope, error: unknown) => {
      log.push(`failed: ${(error as Error).message}`);
    },
  });

  it('records a job that failed for good only after its transaction rolled back, in a transaction of its own', async () => {
    const log: string[] = [];
    await expect(runnerWith(failing(log), log).run('evaluation', job(2))).rejects.toThrow('boom');
    expect(log).toEqual(['begin 1', 'rollback 1', 'begin 2', 'failed: boom', 'commit 2']);
  });

  it('does not record the failure while attempts remain', async () => {
    const log: string[] = [];
    await expect(runnerWith(failing(log), log).run('evaluation', job(0))).rejects.toThrow('boom');
    expect(log).toEqual(['begin 1', 'rollback 1']);
  });

  it('records at once an error BullMQ never retries', async () => {
    const log: string[] = [];
    const handler = {
      ...failing(log),
      invoke: async () => {
        throw new UnrecoverableError('bad data');
      },
    };
    await expect(runnerWith(handler, log).run('evaluation', job(0))).rejects.toThrow('bad data');
    expect(log).toEqual(['begin 1', 'rollback 1', 'begin 2', 'failed: bad data', 'commit 2']);
  });

  it('rethrows the job’s own error when recording the failure fails too', async () => {
    const log: string[] = [];
    const handler = {
      ...failing(log),
      failed: async () => {
        throw new Error('database gone');
      },
    };
    await expect(runnerWith(handler, log).run('evaluation', job(2))).rejects.toThrow('boom');
  });

  it('fails for good, without running the handler, when the stored payload does not fit the contract', async () => {
    const log: string[] = [];
    const strict = defineJob('x.consumer', {
      on: defineEvent('x.thing.counted', { version: 1, aggregateType: 'thing', payload: Type.Object({ n: Type.Integer() }) }),
      queue: defineQueue('evaluation'),
    });
    const handler = { ...failing(log), job: strict, invoke: async () => void log.push('invoked') };
    await expect(runnerWith(handler, log).run('evaluation', job(0))).rejects.toThrow(/"x.thing.counted" v1 does not fit its contract/);
    expect(log).toEqual([
      'begin 1',
      'failed: payload of "x.thing.counted" v1 does not fit its contract (/n: Expected required property; /n: Expected integer)',
      'commit 1',
    ]);
  });

  it('isFinalFailure: the last attempt, or an unrecoverable error', () => {
    expect(isFinalFailure(job(2, 3), new Error())).toBe(true);
    expect(isFinalFailure(job(1, 3), new Error())).toBe(false);
    expect(isFinalFailure(job(0, 3), new UnrecoverableError())).toBe(true);
  });
});
