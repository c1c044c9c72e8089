/** An event as a context emits it. `type` is `<context>.<aggregate>.<past-tense verb>`. */
export interface DomainEvent<TPayload extends object = Record<string, unknown>> {
  type: string;
  aggregateType: string;
  aggregateId: string;
  payload: TPayload;
  /**
   * The districts (区县 codes, e.g. `500118`) the event concerns: a district-bound client sees the
   * event in the change feed and by webhook only when one of its districts is among them. Absent
   * or empty: the event concerns no district in particular, and only city-wide clients see it.
   */
  districtCodes?: readonly string[];
}

/** An event as a handler receives it, after it was committed and relayed. */
export interface EventEnvelope<TPayload extends object = Record<string, unknown>> extends DomainEvent<TPayload> {
  eventId: string;
  /** Position in the outbox (insertion order). */
  position: string;
  occurredAt: string;
}
