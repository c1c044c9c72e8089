/** One fact of the platform that shows (part of) a value: a payment received, an order class, a response… */
export interface PlatformFact {
  /** What kind of fact, e.g. `PAYMENT`, `ORDER_CLASS`, `DEMAND`. */
  kind: string;
  id: string;
  /** Says in Chinese what the fact is (contract, demand, organization). */
  label: string;
  /** Its contribution in the metric's unit, when it adds up to the value. */
  value: number | null;
  /** YYYY-MM-DD */
  date: string;
  /** Where to read it over the API. */
  href: string;
}

/** A value of a metric of the platform for one consortium and one period, with the facts behind it. */
export interface PlatformValue {
  metric: string;
  /** null: the metric has no value for the period (e.g. a response rate without any demand). */
  value: number | null;
  facts: PlatformFact[];
}

/** What an answer sheet keeps of an indicator whose value comes from the platform (source PLATFORM). */
export interface PlatformAnswer extends PlatformValue {
  /** The period the value covers (the round's quarter). */
  from: string;
  to: string;
  computedAt: string;
}

/** The secretariat may not set a value the platform supplies; its answers keep to the other indicators. */
export function platformCodesIn(answers: Record<string, unknown>, platformCodes: ReadonlySet<string>): string[] {
  return Object.keys(answers)
    .filter((code) => platformCodes.has(code))
    .sort();
}
