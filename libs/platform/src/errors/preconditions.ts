import { createHash } from 'node:crypto';
import { DomainError } from './domain-error.js';

/** The ETag of an object at a version (strong: the version changes with every write). */
export const etagOf = (version: number): string => `"v${version}"`;

export const PreconditionErrors = {
  ifMatchRequired: () =>
    new DomainError('PRECONDITION_REQUIRED', 'IF_MATCH_REQUIRED', 'If-Match: send the ETag of your last read of this object', [
      { field: 'If-Match', code: 'IF_MATCH_REQUIRED', message: 'header missing' },
    ]),
  stale: (current: string | null) =>
    new DomainError('PRECONDITION_FAILED', 'PRECONDITION_FAILED', `If-Match: the object changed since you read it (now ${current ?? 'absent'})`, [
      { field: 'If-Match', code: 'STALE_ETAG', message: current ? `current ETag ${current}` : 'no such object' },
    ]),
};

/**
 * `If-Match` (RFC 9110 §13.1.1) on an update of an existing object: missing → 428, no entry
 * matching the current ETag → 412. `*` matches any existing object; weak entries are compared by
 * their opaque tag.
 */
export function checkIfMatch(ifMatch: string | undefined, version: number): void {
  if (ifMatch === undefined || ifMatch.trim() === '') throw PreconditionErrors.ifMatchRequired();
  const current = etagOf(version);
  const tags = ifMatch.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (!tags.includes('*') && !tags.includes(current)) throw PreconditionErrors.stale(current);
}

/**
 * A weak ETag over a composed read (e.g. a consortium's governance, made of parts that each carry
 * their own version): the SHA-256 of its JSON. `W/` and the `c-` prefix say it is not any part's
 * `"v<version>"`, so it is never accepted as an If-Match of a part's update.
 */
export function weakEtagOf(body: unknown): string {
  return `W/"c-${createHash('sha256').update(JSON.stringify(body)).digest('base64url').slice(0, 27)}"`;
}

/** `If-None-Match` (RFC 9110 §13.1.2, weak comparison): true when the client's copy is current (answer 304). */
export function ifNoneMatchHits(ifNoneMatch: string | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined || ifNoneMatch.trim() === '') return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  const tags = ifNoneMatch.split(',').map(opaque);
  return tags.includes('*') || tags.includes(opaque(etag));
}
