/**
 * What kind of failure a domain error is. The HTTP layer maps kinds to status codes; domain and
 * worker code never speak HTTP.
 */
export type DomainErrorKind =
  | 'MALFORMED' // the request does not have the declared shape (400)
  | 'INVALID' // the request is well-formed but breaks a rule (422)
  | 'NOT_FOUND' // absent, or not visible to the caller (404)
  | 'CONFLICT' // clashes with the current state, e.g. a duplicate (409)
  | 'FORBIDDEN' // visible but not allowed (403)
  | 'UNAUTHENTICATED' // no or bad credentials (401)
  | 'PRECONDITION_FAILED' // a stale If-Match (412)
  | 'PRECONDITION_REQUIRED' // a missing If-Match (428)
  | 'RATE_LIMITED' // too many attempts; retry later (429)
  | 'UNAVAILABLE'; // a dependency is down (503)

export interface DomainErrorDetail {
  /** Dotted path of the offending field in the request, when there is one. */
  field?: string;
  code: string;
  message: string;
  /** The message in Chinese, when it says more than the code's label (answered by default; `message` under `Accept-Language: en`). */
  zh?: string;
}

/** A message in both languages: Chinese for people, English for `Accept-Language: en` and the logs. */
export interface BilingualMessage {
  zh: string;
  en: string;
}

/**
 * A failure the caller can act on, identified by a stable `code` (SCREAMING_SNAKE_CASE) that
 * clients may switch on. Subclass per context or throw directly.
 */
export class DomainError extends Error {
  override readonly name: string = 'DomainError';

  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string | BilingualMessage,
    readonly details: readonly DomainErrorDetail[] = [],
  ) {
    super(typeof message === 'string' ? message : message.en);
    this.zh = typeof message === 'string' ? undefined : message.zh;
  }

  /**
   * The message in Chinese, when the error has one of its own; otherwise a problem's Chinese
   * detail is the label of its code (GET /api/v1/dictionaries, `ErrorCode`).
   */
  readonly zh: string | undefined;
}
