import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { Environment } from '#platform';

export interface ThrottleKeys {
  account: string;
  address: string;
}

/**
 * Failed-login counters per account and per address, kept in PostgreSQL so every API replica
 * sees the same count. A key with `max` failures within the window is locked for the window.
 * Unknown accounts are counted like real ones, so the lock reveals nothing.
 */
@Injectable()
export class LoginThrottle {
  constructor(private readonly env: Environment) {}

  keys(username: string, ip: string | undefined): ThrottleKeys {
    return { account: `account:${username.toLowerCase()}`, address: `address:${ip ?? 'unknown'}` };
  }

  /** Seconds until the longest current lock ends, or 0 when neither key is locked. */
  async lockedFor(manager: EntityManager, keys: ThrottleKeys): Promise<number> {
    const rows: { seconds: number }[] = await manager.query(
      `SELECT ceil(extract(epoch FROM max(locked_until) - now()))::int AS seconds
         FROM login_throttle WHERE key = ANY($1) AND locked_until > now()`,
      [[keys.account, keys.address]],
    );
    return rows[0]?.seconds ?? 0;
  }

  async recordFailure(manager: EntityManager, keys: ThrottleKeys): Promise<void> {
    const window = this.env.LOGIN_LOCK_SECONDS;
    for (const [key, max] of [
      [keys.account, this.env.LOGIN_MAX_FAILURES_PER_ACCOUNT],
      [keys.address, this.env.LOGIN_MAX_FAILURES_PER_ADDRESS],
    ] as const) {
      await manager.query(
        `INSERT INTO login_throttle AS t (key, failures, window_start, locked_until)
         VALUES ($1, 1, now(), CASE WHEN 1 >= $2 THEN now() + make_interval(secs => $3) END)
         ON CONFLICT (key) DO UPDATE SET
           failures     = CASE WHEN t.window_start < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END,
           window_start = CASE WHEN t.window_start < now() - make_interval(secs => $3) THEN now() ELSE t.window_start END,
           locked_until = CASE
             WHEN (CASE WHEN t.window_start < now() - make_interval(secs => $3) THEN 1 ELSE t.failures + 1 END) >= $2
             THEN now() + make_interval(secs => $3) ELSE t.locked_until END`,
        [key, max, window],
      );
    }
  }

  async recordSuccess(manager: EntityManager, keys: ThrottleKeys): Promise<void> {
    await manager.query(`DELETE FROM login_throttle WHERE key = $1`, [keys.account]);
  }
}
