import { FormatRegistry, type Static, type TObject } from '@sinclair/typebox';
import { type TypeCheck, TypeCompiler } from '@sinclair/typebox/compiler';
import { Value } from '@sinclair/typebox/value';
import type { DomainEvent, EventEnvelope } from '../outbox/outbox-event.js';

/**
 * The contracts a bounded context owns (`libs/<context>/src/contracts/`): its events (name →
 * versioned payload schema, parsed at run time), its jobs (a named consumer of one event on one of
 * its queues) and its queues. Publishing and handling take these objects, never a name: a wrong
 * name does not exist to be written, and a payload that does not fit the schema's type does not
 * compile (`EventContract.of`, `@OnEvent`). Payload schemas are TypeBox, i.e. JSON Schema: the
 * same schema types the payload, checks it at run time and documents a public event in OpenAPI.
 */

// The string formats payload schemas use (TypeBox refuses a format it does not know).
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
if (!FormatRegistry.Has('uuid')) FormatRegistry.Set('uuid', (v) => UUID.test(v));
if (!FormatRegistry.Has('date')) FormatRegistry.Set('date', (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(`${v}T00:00:00Z`)));
if (!FormatRegistry.Has('date-time')) FormatRegistry.Set('date-time', (v) => /^\d{4}-\d{2}-\d{2}T/.test(v) && !Number.isNaN(Date.parse(v)));

/** How a public event is documented (OpenAPI `x-webhooks`, the change feed). */
export interface PublicEventDoc {
  /** One line, English. */
  summary: string;
  /** 中文 label of the event, as the dictionaries show it. */
  zh: string;
  description?: string;
}

declare const OUTGOING: unique symbol;

/** An event ready for the outbox, made only by `EventContract.of`: the type and payload agree by construction. */
export type OutgoingEvent<N extends string = string, P extends object = object> = DomainEvent<P> & { readonly type: N; readonly [OUTGOING]: true };

export interface EventContract<N extends string = string, S extends TObject = TObject> {
  readonly kind: 'event';
  /** `<context>.<aggregate>.<past-tense verb>`; a key in stored rows, the feed and webhooks: never rename. */
  readonly name: N;
  /** The payload's version: a change a consumer could notice (a field removed, renamed or retyped) is a new version. */
  readonly version: number;
  readonly aggregateType: string;
  readonly payload: S;
  /** Present: the event is part of the public contract (change feed and webhooks), documented and kept stable. */
  readonly public?: PublicEventDoc;
  /** Checks a stored payload against the schema; throws `EventPayloadError` naming the fields that do not fit. */
  parse(payload: unknown): Static<S>;
  /**
   * The payload as the public contract shows it: the declared properties only. Not a parse: a row
   * stored before a field existed is shown as it was stored, never refused to a reader.
   */
  toPublic(payload: unknown): Static<S>;
  /** The outbox event of one change of the aggregate `aggregateId`. */
  of(aggregateId: string, payload: Static<S>, districtCodes?: readonly string[]): OutgoingEvent<N, Static<S>>;
}

export type AnyEventContract = EventContract<string, TObject>;
export type PayloadOf<E extends AnyEventContract> = Static<E['payload']>;

/** A stored payload does not fit its event's schema: the data is wrong, another attempt cannot help. */
export class EventPayloadError extends Error {
  override readonly name = 'EventPayloadError';
}

export function defineEvent<const N extends string, S extends TObject>(
  name: N,
  spec: { version: number; aggregateType: string; payload: S; public?: PublicEventDoc },
): EventContract<N, S> {
  let check: TypeCheck<S> | undefined;
  const parse = (payload: unknown): Static<S> => {
    check ??= TypeCompiler.Compile(spec.payload);
    if (check.Check(payload)) return payload;
    const problems = [...check.Errors(payload)].slice(0, 5).map((e) => `${e.path || '/'}: ${e.message}`);
    throw new EventPayloadError(`payload of "${name}" v${spec.version} does not fit its contract (${problems.join('; ')})`);
  };
  return {
    kind: 'event',
    name,
    version: spec.version,
    aggregateType: spec.aggregateType,
    payload: spec.payload,
    ...(spec.public ? { public: spec.public } : {}),
    parse,
    toPublic: (payload) => Value.Clean(spec.payload, Value.Clone(payload)) as Static<S>,
    of: (aggregateId, payload, districtCodes) =>
      ({ type: name, aggregateType: spec.aggregateType, aggregateId, payload, ...(districtCodes ? { districtCodes } : {}) }) as unknown as OutgoingEvent<
        N,
        Static<S>
      >,
  };
}

/** A BullMQ queue a context owns, and how its workers run. */
export interface QueueContract<N extends string = string> {
  readonly kind: 'queue';
  readonly name: N;
  /** Jobs of this queue one worker runs at a time (default 1). */
  readonly concurrency: number;
  /** false: the queue carries the context's own BullMQ jobs (e.g. a scheduler's), and the context brings its processor. */
  readonly runsEvents: boolean;
}

export function defineQueue<const N extends string>(name: N, options: { concurrency?: number; runsEvents?: boolean } = {}): QueueContract<N> {
  if (!/^[a-z][a-z0-9-]{0,39}$/.test(name)) throw new Error(`Queue name "${name}" must match [a-z][a-z0-9-]*`);
  return { kind: 'queue', name, concurrency: options.concurrency ?? 1, runsEvents: options.runsEvents ?? true };
}

/**
 * A job: one named consumer of one event, run on one queue. The name becomes the BullMQ job name
 * and the key of the consumption log that runs the handler once per event: never rename a live one.
 * The handler receives the event with its payload parsed (`EventOf<J>`).
 */
export interface JobContract<E extends AnyEventContract = AnyEventContract> {
  readonly kind: 'job';
  readonly name: string;
  readonly event: E;
  readonly queue: QueueContract;
  /** Queues that carried this job before it moved: a job still waiting there runs too (once, by the consumption log). */
  readonly formerQueues: readonly string[];
  /**
   * false: the handler never reads the payload (it works from the event's id and type), so a row
   * stored before its contract's fields existed is handled too. Default true: parsed, and a
   * payload that does not fit fails the job for good.
   */
  readonly parse: boolean;
}

export function defineJob<E extends AnyEventContract>(
  name: string,
  spec: { on: E; queue: QueueContract; formerQueues?: readonly string[]; parse?: boolean },
): JobContract<E> {
  if (!/^[a-z0-9][a-z0-9.-]{0,99}$/.test(name)) throw new Error(`Job name "${name}" must match [a-z0-9][a-z0-9.-]*`);
  return { kind: 'job', name, event: spec.on, queue: spec.queue, formerQueues: spec.formerQueues ?? [], parse: spec.parse ?? true };
}

/** What a handler of `J` receives: the envelope with the payload parsed against the event's contract. */
export type EventOf<J extends JobContract> = EventEnvelope<PayloadOf<J['event']>> & { type: J['event']['name'] };

/** All contracts of one context, as it hands them to the apps. */
export interface ContextContracts {
  readonly context: string;
  readonly events: readonly AnyEventContract[];
  readonly jobs: readonly JobContract[];
  readonly queues: readonly QueueContract[];
}

/**
 * Declares a context's contracts and checks their names: events and jobs are named
 * `<context>.…`, each name once, and every job runs on a queue of its own context.
 */
export function defineContracts(contracts: {
  context: string;
  events?: readonly AnyEventContract[];
  jobs?: readonly JobContract[];
  queues?: readonly QueueContract[];
}): ContextContracts {
  const { context, events = [], jobs = [], queues = [] } = contracts;
  const seen = new Set<string>();
  for (const { name } of [...events, ...jobs]) {
    if (!name.startsWith(`${context}.`)) throw new Error(`"${name}" is declared by the ${context} context, so it must start with "${context}."`);
    if (seen.has(name)) throw new Error(`"${name}" is declared twice by the ${context} context`);
    seen.add(name);
  }
  for (const job of jobs) {
    if (!job.queue.runsEvents) throw new Error(`Job "${job.name}" runs on the queue "${job.queue.name}", which runs no events`);
    if (!queues.includes(job.queue)) throw new Error(`Job "${job.name}" runs on the queue "${job.queue.name}", which the ${context} context does not declare`);
  }
  return { context, events, jobs, queues };
}

/**
 * The contracts of every context an app runs, merged. Two contexts declaring one event, job or
 * queue name stop the app at start-up.
 */
export class ContractCatalogue {
  private readonly events = new Map<string, AnyEventContract>();
  private readonly jobs = new Map<string, JobContract>();
  private readonly queueMap = new Map<string, QueueContract>();

  constructor(contexts: readonly ContextContracts[]) {
    // One context may be contributed by several modules (the same objects are merged once).
    for (const c of contexts) {
      for (const e of c.events) this.add(this.events, e.name, e, 'event');
      for (const j of c.jobs) this.add(this.jobs, j.name, j, 'job');
      for (const q of c.queues) this.add(this.queueMap, q.name, q, 'queue');
    }
  }

  private add<T>(map: Map<string, T>, name: string, value: T, what: string): void {
    if (map.has(name) && map.get(name) !== value) throw new Error(`Two contexts declare the ${what} "${name}"`);
    map.set(name, value);
  }

  event(name: string): AnyEventContract | undefined {
    return this.events.get(name);
  }

  job(name: string): JobContract | undefined {
    return this.jobs.get(name);
  }

  get allEvents(): readonly AnyEventContract[] {
    return [...this.events.values()];
  }

  get allJobs(): readonly JobContract[] {
    return [...this.jobs.values()];
  }

  get queues(): readonly QueueContract[] {
    return [...this.queueMap.values()];
  }
}

/** A context's contracts as a provider of an app: found at start-up by the `EventHandlerRegistry`. */
export class ContributedContracts {
  constructor(readonly contracts: ContextContracts) {}
}
