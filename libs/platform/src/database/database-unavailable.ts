/** Socket-level failures: PostgreSQL refused, reset or never answered the connection. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);

/**
 * SQLSTATEs of a server that is going away or not taking connections: class 08 (connection
 * exception), 57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now (starting up
 * or in recovery), 53300 too many connections.
 */
const UNAVAILABLE_SQLSTATE = /^(08[0-9A-Z]{3}|57P0[123]|53300)$/;

/** What node-postgres says when a connection dies or cannot be had in time (it sets no code). */
const PG_MESSAGES = [
  /^Connection terminated/,
  /^timeout exceeded when trying to connect/,
  /^Client has encountered a connection error and is not queryable/,
  /^Client was closed and is not queryable/,
  /^Query read timeout/,
];

/**
 * TypeORM releases a query runner as soon as its connection reports an error (the server ended the
 * session between two statements of a transaction, e.g. at shutdown); the transaction's next
 * statement then fails with one of these, which carry no code or cause. Our code never uses a
 * runner after releasing it itself, so they mean a connection lost mid-transaction.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * True when an error means "the database cannot be reached just now" rather than "this query is
 * wrong": a refused or broken connection, a connect timeout, a server shutting down. It looks
 * through TypeORM's `driverError`, `cause` and aggregated errors. The API answers these with 503
 * `DATABASE_UNAVAILABLE` (the caller may retry; the pool reconnects by itself when PostgreSQL is back).
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 4) return false;
  const { code, message, driverError, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    driverError?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && (NETWORK_CODES.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (RELEASED_RUNNER_ERRORS.has(error.constructor.name)) return true;
  if (typeof message === 'string' && PG_MESSAGES.some((m) => m.test(message))) return true;
  if (Array.isArray(errors) && errors.some((e) => isDatabaseUnavailable(e, depth + 1))) return true;
  return isDatabaseUnavailable(driverError, depth + 1) || isDatabaseUnavailable(cause, depth + 1);
}
