/** An event as a context emits it. `type` is `<context>.<aggregate>.<past-tense verb>`. */
export interface DomainEvent<TPayload extends object = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: TPayload;
}

/** An event as a handler receives it, after it was committed and relayed. */
export interface EventEnvelope<TPayload extends object = Record<string, unknown>> extends DomainEvent<TPayload> {
  eventId: string;
  /** Position in the outbox (insertion order). */
  position: string;
  occurredAt: string;
}
