import { createHash } from 'node:crypto';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { catchError, from, mergeMap, type Observable, of } from 'rxjs';
import { DataSource } from 'typeorm';
import { requestContext } from '#platform';
import { IdempotencyErrors, parseIdempotencyKey } from '../domain/errors.js';

/** How long a key is kept (the draft asks for at least a day). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;
/** Response headers replayed with the stored body. */
const REPLAYED_HEADERS = ['etag', 'location'] as const;

interface KeyRow {
  fingerprint: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  response_status: number | null;
  response_headers: Record<string, string> | null;
  response_body: unknown;
}

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
  private lastPurge = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    if (request.method !== 'POST') return next.handle();
    const key = parseIdempotencyKey(request.headers['idempotency-key']);
    const actor = requestContext.getStore()?.actor;
    if (key === undefined || !actor || (actor.type !== 'user' && actor.type !== 'client')) return next.handle();

    const principal = `${actor.type}:${actor.id}`;
    const fingerprint = fingerprintOf(request);
    await this.purgeExpired();
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE principal = $1 AND key = $2 AND expires_at <= now()`, [principal, key]);
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (principal, key, fingerprint, method, path, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
       ON CONFLICT ON CONSTRAINT pk_idempotency_key DO NOTHING RETURNING key`,
      [principal, key, fingerprint, request.method, request.url, IDEMPOTENCY_KEY_TTL_HOURS],
    );
    if (claimed.length === 0) return of(await this.replay(principal, key, fingerprint, reply));

    return next.handle().pipe(
      mergeMap((body) => from(this.complete(principal, key, reply, body).then(() => body))),
      catchError((error: unknown) =>
        from(
          this.dataSource.query(`DELETE FROM idempotency_key WHERE principal = $1 AND key = $2`, [principal, key]).then(() => {
            throw error;
          }),
        ),
      ),
    );
  }

  private async replay(principal: string, key: string, fingerprint: string, reply: FastifyReply): Promise<unknown> {
    const [row]: KeyRow[] = await this.dataSource.query(
      `SELECT fingerprint, status, response_status, response_headers, response_body FROM idempotency_key WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    // Gone between the two statements: its first request failed a moment ago; treat as still running.
    if (!row || row.status === 'IN_PROGRESS') {
      if (row && row.fingerprint !== fingerprint) throw IdempotencyErrors.reused();
      throw IdempotencyErrors.inProgress();
    }
    if (row.fingerprint !== fingerprint) throw IdempotencyErrors.reused();
    void reply.status(row.response_status ?? 200);
    for (const [name, value] of Object.entries(row.response_headers ?? {})) void reply.header(name, value);
    void reply.header('idempotent-replayed', 'true');
    return row.response_body;
  }

  private async complete(principal: string, key: string, reply: FastifyReply, body: unknown): Promise<void> {
    const headers: Record<string, string> = {};
    for (const name of REPLAYED_HEADERS) {
      const value = reply.getHeader(name);
      if (typeof value === 'string') headers[name] = value;
    }
    await this.dataSource.query(
      `UPDATE idempotency_key SET status = 'COMPLETED', response_status = $3, response_headers = $4, response_body = $5 WHERE principal = $1 AND key = $2`,
      [principal, key, reply.statusCode, headers, body === undefined ? null : JSON.stringify(body)],
    );
  }

  /** Expired keys go at most once a minute per API process (one indexed delete). */
  private async purgeExpired(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE expires_at <= now()`);
  }
}

/** Method, path with query, and the exact body (JSON as parsed and re-serialized, or the raw file bytes). */
function fingerprintOf(request: FastifyRequest): string {
  const hash = createHash('sha256').update(`${request.method} ${request.url}\n`);
  const body = request.body;
  if (Buffer.isBuffer(body)) hash.update(body);
  else if (body !== undefined && body !== null) hash.update(JSON.stringify(body));
  return hash.digest('hex');
}
