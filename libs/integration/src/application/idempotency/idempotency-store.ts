import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** How long a key is kept (the draft asks for at least a day). */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

export interface StoredKey {
  fingerprint: string;
  status: 'IN_PROGRESS' | 'COMPLETED';
  responseStatus: number | null;
  responseHeaders: Record<string, string> | null;
  responseBody: unknown;
}

export interface StoredResponse {
  status: number;
  headers: Record<string, string>;
  body: unknown;
}

/**
 * The `idempotency_key` table: a caller's key claimed for one request, then its response. Each
 * statement commits on its own (outside the write's transaction), so a second request sees the
 * claim while the first is still running.
 */
@Injectable()
export class IdempotencyStore {
  private lastPurge = 0;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Claims the key for a request; false when the caller already holds it (running or done). */
  async claim(principal: string, key: string, request: { fingerprint: string; method: string; path: string }): Promise<boolean> {
    await this.purgeExpired();
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE principal = $1 AND key = $2 AND expires_at <= now()`, [principal, key]);
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_key (principal, key, fingerprint, method, path, expires_at)
       VALUES ($1, $2, $3, $4, $5, now() + make_interval(hours => $6))
       ON CONFLICT ON CONSTRAINT pk_idempotency_key DO NOTHING RETURNING key`,
      [principal, key, request.fingerprint, request.method, request.path, IDEMPOTENCY_KEY_TTL_HOURS],
    );
    return claimed.length === 1;
  }

  async find(principal: string, key: string): Promise<StoredKey | undefined> {
    const [row]: {
      fingerprint: string;
      status: StoredKey['status'];
      response_status: number | null;
      response_headers: Record<string, string> | null;
      response_body: unknown;
    }[] = await this.dataSource.query(
      `SELECT fingerprint, status, response_status, response_headers, response_body FROM idempotency_key WHERE principal = $1 AND key = $2`,
      [principal, key],
    );
    return (
      row && {
        fingerprint: row.fingerprint,
        status: row.status,
        responseStatus: row.response_status,
        responseHeaders: row.response_headers,
        responseBody: row.response_body,
      }
    );
  }

  async complete(principal: string, key: string, response: StoredResponse): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_key SET status = 'COMPLETED', response_status = $3, response_headers = $4, response_body = $5 WHERE principal = $1 AND key = $2`,
      [principal, key, response.status, response.headers, response.body === undefined ? null : JSON.stringify(response.body)],
    );
  }

  /** Frees the key of a request that failed: nothing was written, the caller may retry with it. */
  async release(principal: string, key: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE principal = $1 AND key = $2`, [principal, key]);
  }

  /** Expired keys go at most once a minute per API process (one indexed delete). */
  private async purgeExpired(): Promise<void> {
    if (Date.now() - this.lastPurge < 60_000) return;
    this.lastPurge = Date.now();
    await this.dataSource.query(`DELETE FROM idempotency_key WHERE expires_at <= now()`);
  }
}
