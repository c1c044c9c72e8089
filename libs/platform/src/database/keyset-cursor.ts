import { DomainError } from '../errors/domain-error.js';

/**
 * Opaque keyset cursors for list routes: the sort key of the last item of a page (e.g. name and
 * id), as base64url JSON. Clients pass them back as `after`; anything this function did not
 * produce is refused (400 INVALID_CURSOR naming the parameter), never read as "past the end".
 */
export const encodeKeysetCursor = (key: readonly string[]): string => Buffer.from(JSON.stringify(key)).toString('base64url');

export function decodeKeysetCursor(cursor: string, arity: number, field = 'after'): string[] {
  const invalid = () =>
    new DomainError('MALFORMED', 'INVALID_CURSOR', `${field} must be a cursor returned by this list (nextCursor)`, [
      { field, code: 'INVALID_CURSOR', message: 'not a cursor of this list' },
    ]);
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  if (!Array.isArray(value) || value.length !== arity || !value.every((v) => typeof v === 'string')) throw invalid();
  // Only the canonical encoding: a cursor we produced re-encodes to itself.
  if (encodeKeysetCursor(value) !== cursor) throw invalid();
  return value;
}
