import { ConfigurationError, validateEnvironment } from './environment.js';

const valid = { DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379', JWT_SECRET: 'x'.repeat(32) };

describe('validateEnvironment', () => {
  it('applies defaults and converts types', () => {
    const env = validateEnvironment({ ...valid, PORT: '8080', MIGRATIONS_RUN: 'false' });
    expect(env).toMatchObject({ PORT: 8080, MIGRATIONS_RUN: false, QUEUE_PREFIX: 'cej', LOG_LEVEL: 'info', BODY_LIMIT_BYTES: 1_048_576 });
  });

  it.each([
    [{ REDIS_URL: valid.REDIS_URL, JWT_SECRET: valid.JWT_SECRET }, 'DATABASE_URL', 'missing'],
    [{ ...valid, JWT_SECRET: 'too-short' }, 'JWT_SECRET', 'got "too-short"'],
    [{ ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', 'got "mysql://x"'],
    [{ ...valid, REDIS_URL: 'localhost:6379' }, 'REDIS_URL', 'got "localhost:6379"'],
    [{ ...valid, PORT: 'eighty' }, 'PORT', 'PORT'],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'got "loud"'],
    [{ ...valid, QUEUE_PREFIX: 'has space' }, 'QUEUE_PREFIX', 'got "has space"'],
  ])('names the bad variable on one line (%j)', (raw, variable, fragment) => {
    let caught: unknown;
    try {
      validateEnvironment(raw);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigurationError);
    const message = (caught as Error).message;
    expect(message).toMatch(new RegExp(`^Invalid configuration: .*\\b${variable}\\b`));
    expect(message).toContain(fragment);
    expect(message).not.toContain('\n');
  });

  it('names every bad variable at once', () => {
    expect(() => validateEnvironment({ PORT: '-1' })).toThrow(/DATABASE_URL.*REDIS_URL.*PORT|DATABASE_URL.*PORT.*REDIS_URL|PORT.*DATABASE_URL/);
  });
});
