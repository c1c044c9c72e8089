import { createHash } from 'node:crypto';
import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Length, Matches, Max, Min, validateSync, type ValidationError } from 'class-validator';

/** A queue prefix: the plain form, or the same wrapped in one hash tag (`{cej}`) for a Redis Cluster. */
const QUEUE_PREFIX_PATTERN = /^(?:[A-Za-z0-9_.-](?:[A-Za-z0-9_.:-]{0,62}[A-Za-z0-9_.-])?|\{[A-Za-z0-9_.-](?:[A-Za-z0-9_.:-]{0,60}[A-Za-z0-9_.-])?\})$/;

/** Whether a queue prefix is one hash tag, so that every BullMQ key of a queue lands in one cluster slot. */
export const isHashTagged = (prefix: string): boolean => prefix.startsWith('{') && prefix.endsWith('}');

const toBoolean = ({ value }: { value: unknown }) => (value === undefined || value === '' ? undefined : value === true || value === 'true' || value === '1');

/**
 * The process environment, validated once at start. Every variable is listed in the README's
 * configuration table; a wrong or missing one stops the process with one line naming it.
 */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  /** PostgreSQL connection URL, e.g. postgres://user:pass@host:5432/db */
  @Matches(/^postgres(ql)?:\/\/[^\s]+$/, { message: 'must be a postgres:// URL' })
  DATABASE_URL!: string;

  /** Redis connection URL, e.g. redis://127.0.0.1:6379/0 */
  @Matches(/^rediss?:\/\/[^\s]+$/, { message: 'must be a redis:// or rediss:// URL' })
  REDIS_URL!: string;

  /**
   * Prefix of every BullMQ key, so several deployments (or test files) can share one Redis.
   * Unset, it is derived from the database's name (`defaultQueuePrefix`): two instances on two
   * databases never take each other's jobs. BullMQ builds its keys as `<prefix>:<queue>:…`, and
   * only the queue name must be free of `:`, so the prefix may hold one (not at either end).
   */
  @IsString()
  @Matches(QUEUE_PREFIX_PATTERN, {
    message: 'must be 1–64 characters of A–Z, a–z, 0–9, _ . - : (no : at either end), optionally wrapped in one hash tag {…}',
  })
  QUEUE_PREFIX!: string;

  /**
   * `true` when REDIS_URL names one node of a Redis Cluster: every Redis client of the API and
   * the worker is then an ioredis Cluster that finds the other nodes itself. BullMQ keeps each
   * queue's keys in one slot only when the prefix is a hash tag, so QUEUE_PREFIX must then be
   * wrapped in braces (`{cej}`); unset, it defaults to `{cej:<database name>}`.
   */
  @IsBoolean()
  @Transform(toBoolean)
  REDIS_CLUSTER = false;

  /**
   * Log lines: `json` (one JSON object a line, for machines) or `pretty` (short coloured lines for
   * a person). Unset: `json`; `npm start` asks for `pretty` unless NODE_ENV is production.
   */
  @IsIn(['json', 'pretty'])
  LOG_FORMAT: 'json' | 'pretty' = 'json';

  @IsInt()
  @Min(0)
  @Max(65535)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' = 'info';

  /** Run pending migrations when the process starts (under an advisory lock, so replicas may race). */
  @IsBoolean()
  @Transform(toBoolean)
  MIGRATIONS_RUN = true;

  /** Maximum accepted request body, in bytes. */
  @IsInt()
  @Min(1024)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  BODY_LIMIT_BYTES = 1_048_576;

  @IsInt()
  @Min(1)
  @Max(10_000)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  DATABASE_POOL_SIZE = 10;

  /** Largest accepted import file (CSV or XLSX), in bytes. */
  @IsInt()
  @Min(1024)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  IMPORT_MAX_BYTES = 50 * 1_048_576;

  /** Largest accepted evidence file (PDF, JPEG, PNG), in bytes. */
  @IsInt()
  @Min(1024)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  EVIDENCE_MAX_BYTES = 10 * 1_048_576;

  /** How often the outbox relay looks for undispatched events when no notification woke it. */
  @IsInt()
  @Min(10)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  OUTBOX_POLL_MS = 500;

  /** Attempts of a queued job before it ends in the failed set (its reason kept there). */
  @IsInt()
  @Min(1)
  @Max(100)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  JOB_ATTEMPTS = 8;

  /**
   * Longest a graceful stop (SIGTERM, SIGINT) may take: past it the process exits anyway. A job cut
   * short this way is rolled back by PostgreSQL and run again by the next worker.
   */
  @IsInt()
  @Min(100)
  @Max(60_000)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  SHUTDOWN_TIMEOUT_MS = 8_000;

  /** Delay before a failed job's first retry; it doubles with each further attempt. */
  @IsInt()
  @Min(10)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  JOB_BACKOFF_MS = 1_000;

  /**
   * Webhook attempts: the delay before each attempt after the previous one failed (the first is
   * the delay after the event), as durations (`500ms`, `5s`, `5m`, `2h`, `1d`). The default is
   * Svix's schedule; after the last attempt fails the delivery is dead-lettered.
   */
  @Matches(/^\s*\d+(ms|s|m|h|d)\s*(,\s*\d+(ms|s|m|h|d)\s*)*$/, { message: 'must be a comma-separated list of durations like 0s,5s,5m,30m,2h' })
  WEBHOOK_RETRY_SCHEDULE = '0s,5s,5m,30m,2h,5h,10h,10h';

  /** Time allowed for a webhook endpoint to answer one attempt. */
  @IsInt()
  @Min(100)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  WEBHOOK_TIMEOUT_MS = 15_000;

  /**
   * Let webhook endpoints be loopback, private (RFC 1918, ULA), link-local, CGNAT or other
   * non-public addresses. Off by default (a webhook URL is chosen by a district system, and the
   * worker must not become a way into the city's network); set to `true` only where the receivers
   * really are internal, e.g. a test or a closed deployment.
   */
  @IsBoolean()
  @Transform(toBoolean)
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** An endpoint failing without a single success for this long is disabled (its owner re-enables it). */
  @Matches(/^\d+(ms|s|m|h|d)$/, { message: 'must be a duration like 5d' })
  WEBHOOK_DISABLE_AFTER = '5d';

  @IsOptional()
  @IsString()
  CORS_ORIGINS?: string;

  // — identity —

  /** HMAC key of access tokens (HS256); at least 32 characters, the same on every API replica. */
  @IsString()
  @Length(32, 512, { message: 'must be 32 to 512 characters' })
  JWT_SECRET!: string;

  @IsInt()
  @Min(30)
  @Max(86_400)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  ACCESS_TOKEN_TTL_SECONDS = 900;

  @IsInt()
  @Min(300)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  REFRESH_TOKEN_TTL_SECONDS = 30 * 86_400;

  /** Failed logins on one account within LOGIN_LOCK_SECONDS before it is refused for that long. */
  @IsInt()
  @Min(1)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  LOGIN_MAX_FAILURES_PER_ACCOUNT = 5;

  /** Failed logins from one address within LOGIN_LOCK_SECONDS before it is refused for that long. */
  @IsInt()
  @Min(1)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  LOGIN_MAX_FAILURES_PER_ADDRESS = 20;

  @IsInt()
  @Min(1)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  LOGIN_LOCK_SECONDS = 900;

  /** Requests per minute per address to each authentication route (login, refresh, token), per replica. */
  @IsInt()
  @Min(1)
  @Transform(({ value }) => (value === undefined || value === '' ? undefined : Number(value)))
  AUTH_RATE_LIMIT_PER_MINUTE = 60;
}

/**
 * The queue prefix of a database: `cej:<database name>`. A name with characters a prefix cannot
 * hold has them replaced by `_` and a short hash of the whole name appended (so `产教` and `教产`
 * stay apart); a long one is cut to fit 64 characters, hash included. Null for a URL that names
 * no database (the DATABASE_URL check reports it).
 */
export function defaultQueuePrefix(databaseUrl: string): string | null {
  let name: string;
  try {
    name = decodeURIComponent(new URL(databaseUrl).pathname.replace(/^\//, ''));
  } catch {
    return null;
  }
  if (!name) return null;
  const safe = name.replace(/[^A-Za-z0-9_.-]/g, '_');
  const exact = safe === name && safe.length <= 60;
  if (exact) return `cej:${safe}`;
  const hash = createHash('sha256').update(name).digest('hex').slice(0, 8);
  return `cej:${safe.slice(0, 64 - 4 - 9)}-${hash}`;
}

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

function describe(error: ValidationError): string {
  const reasons = Object.values(error.constraints ?? {}).join('; ');
  const got = error.value === undefined ? 'missing' : `got ${JSON.stringify(String(error.value))}`;
  return `${error.property} ${reasons} (${got})`;
}

/**
 * Validates the raw environment and returns the typed configuration, or throws one
 * `ConfigurationError` whose message names every offending variable on one line.
 */
export function validateEnvironment(raw: Record<string, unknown>): Environment {
  const env = plainToInstance(Environment, raw, { exposeDefaultValues: true });
  if (env.QUEUE_PREFIX === undefined || env.QUEUE_PREFIX === '') {
    // A URL naming no database (or none at all, reported below) leaves the plain `cej`.
    const prefix = (typeof env.DATABASE_URL === 'string' ? defaultQueuePrefix(env.DATABASE_URL) : null) ?? 'cej';
    env.QUEUE_PREFIX = env.REDIS_CLUSTER === true ? `{${prefix.slice(0, 62)}}` : prefix;
  }
  const errors = validateSync(env, { whitelist: false, skipMissingProperties: false });
  if (errors.length > 0) {
    throw new ConfigurationError(`Invalid configuration: ${errors.map(describe).join('; ')}`);
  }
  if (env.REDIS_CLUSTER && !isHashTagged(env.QUEUE_PREFIX)) {
    throw new ConfigurationError(
      `Invalid configuration: QUEUE_PREFIX must be a hash tag such as {${env.QUEUE_PREFIX}} when REDIS_CLUSTER is true (got ${JSON.stringify(env.QUEUE_PREFIX)}): BullMQ keeps a queue's keys in one cluster slot only then`,
    );
  }
  return env;
}
