import { createHash } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable } from 'rxjs';
import { requestContext } from '#platform';
import { IdempotencyStore } from '../application/idempotency/idempotency-store.js';
import { IdempotencyErrors, parseIdempotencyKey } from '../domain/errors.js';

/** Response headers replayed with the stored body. */
const REPLAYED_HEADERS = ['etag', 'location'] as const;

/**
 * `Idempotency-Key` on every POST of an authenticated caller (IETF draft
 * `draft-ietf-httpapi-idempotency-key-header`): the first request with a key runs and its response
 * is stored; the same key with the same method, path and body replays that response
 * (`Idempotent-Replayed: true`); with another body or route it is 422 `IDEMPOTENCY_KEY_REUSED`;
 * while the first is still running, 409 `IDEMPOTENCY_KEY_IN_PROGRESS`. A request that fails
 * (any error) releases its key: nothing was written, and the caller may retry with it. Keys are
 * per caller and kept 24 hours. Anonymous POSTs (login, refresh, token) ignore the header.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  constructor(private readonly store: IdempotencyStore) {}

  /** Synchronous until it knows a key applies: a GET or a POST without a key pays for no promise or extra stream. */
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (request.method !== 'POST') return next.handle();
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    const actor = requestContext.getStore()?.actor;
    if (key === undefined || !actor || (actor.type !== 'user' && actor.type !== 'client')) return next.handle();

    const principal = `${actor.type}:${actor.id}`;
    const fingerprint = fingerprintOf(request);
    return from(this.store.claim(principal, key, { fingerprint, method: request.method, path: request.url })).pipe(
      mergeMap((claimed) => {
        if (!claimed) return from(this.replay(principal, key, fingerprint, reply));
        return next.handle().pipe(
          mergeMap((body: unknown) =>
            from(this.store.complete(principal, key, { status: reply.statusCode, headers: headersOf(reply), body }).then(() => body)),
          ),
          catchError((error: unknown) =>
            from(
              this.store.release(principal, key).then(() => {
                throw error;
              }),
            ),
          ),
        );
      }),
    );
  }

  private async replay(principal: string, key: string, fingerprint: string, reply: FastifyReply): Promise<unknown> {
    const stored = await this.store.find(principal, key);
    if (stored && stored.fingerprint !== fingerprint) throw IdempotencyErrors.reused();
    // Gone between the two statements: its first request failed a moment ago; treat as still running.
    if (!stored || stored.status === 'IN_PROGRESS') throw IdempotencyErrors.inProgress();
    void reply.status(stored.responseStatus ?? 200);
    for (const [name, value] of Object.entries(stored.responseHeaders ?? {})) void reply.header(name, value);
    void reply.header('idempotent-replayed', 'true');
    return stored.responseBody;
  }
}

function headersOf(reply: FastifyReply): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of REPLAYED_HEADERS) {
    const value = reply.getHeader(name);
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/**
 * Method, path with query, and the body: JSON canonically (as parsed, object keys sorted, so the
 * same body with its keys in another order or other whitespace is the same request), or the raw
 * file bytes.
 */
export function fingerprintOf(request: Pick<FastifyRequest, 'method' | 'url' | 'body'>): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  const body = request.body;
  if (Buffer.isBuffer(body)) hash.update(body);
  else if (body !== undefined && body !== null) hash.update(canonicalJson(body));
  return hash.digest('hex');
}

/** JSON with every object's keys in code-point order; arrays keep their order (it is meaningful). */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => (v === undefined ? 'null' : canonicalJson(v))).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
      .map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}
