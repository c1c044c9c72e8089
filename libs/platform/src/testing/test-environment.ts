import { randomBytes } from 'node:crypto';
import { type Environment, validateEnvironment } from '../config/environment.js';

/** An environment for one test file: its own database URL and its own queue prefix. */
export function testEnvironment(overrides: { DATABASE_URL: string } & Record<string, string>): Environment {
  return validateEnvironment({
    NODE_ENV: 'test',
    REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
    QUEUE_PREFIX: `cej-test-${randomBytes(4).toString('hex')}`,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    MIGRATIONS_RUN: 'false',
    OUTBOX_POLL_MS: '100',
    JWT_SECRET: 'test-secret-test-secret-test-secret-0123',
    ...overrides,
  });
}
