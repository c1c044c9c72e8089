import { ConfigurationError, defaultQueuePrefix, validateEnvironment } from './environment.js';

const valid = { DATABASE_URL: 'postgres://u@localhost:5432/db', REDIS_URL: 'redis://localhost:6379', JWT_SECRET: 'x'.repeat(32) };

describe('validateEnvironment', () => {
  it('applies defaults and converts types', () => {
    const env = validateEnvironment({ ...valid, PORT: '8080', MIGRATIONS_RUN: 'false' });
    expect(env).toMatchObject({
      PORT: 8080,
      MIGRATIONS_RUN: false,
      QUEUE_PREFIX: 'cej:db',
      LOG_FORMAT: 'json',
      LOG_LEVEL: 'info',
      BODY_LIMIT_BYTES: 1_048_576,
    });
  });

  it.each([
    [{ REDIS_URL: valid.REDIS_URL, JWT_SECRET: valid.JWT_SECRET }, 'DATABASE_URL', 'missing'],
    [{ ...valid, JWT_SECRET: 'too-short' }, 'JWT_SECRET', 'got "too-short"'],
    [{ ...valid, DATABASE_URL: 'mysql://x' }, 'DATABASE_URL', 'got "mysql://x"'],
    [{ ...valid, REDIS_URL: 'localhost:6379' }, 'REDIS_URL', 'got "localhost:6379"'],
    [{ ...valid, PORT: 'eighty' }, 'PORT', 'PORT'],
    [{ ...valid, LOG_LEVEL: 'loud' }, 'LOG_LEVEL', 'got "loud"'],
    [{ ...valid, QUEUE_PREFIX: 'has space' }, 'QUEUE_PREFIX', 'got "has space"'],
    [{ ...valid, QUEUE_PREFIX: 'cej:' }, 'QUEUE_PREFIX', 'got "cej:"'],
    [{ ...valid, LOG_FORMAT: 'xml' }, 'LOG_FORMAT', 'got "xml"'],
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

  describe('the queue prefix', () => {
    const prefixOf = (url: string, extra: Record<string, string> = {}) => validateEnvironment({ ...valid, DATABASE_URL: url, ...extra }).QUEUE_PREFIX;

    it('defaults to cej:<database name>, so instances on two databases sharing a Redis keep apart', () => {
      expect(prefixOf('postgres://postgres@127.0.0.1:5432/cej')).toBe('cej:cej');
      expect(prefixOf('postgres://postgres@127.0.0.1:5432/cej_demo2')).toBe('cej:cej_demo2');
      expect(prefixOf('postgresql://u:p@db.internal/cej?sslmode=require')).toBe('cej:cej');
      expect(prefixOf('postgres://postgres@127.0.0.1:5432/cej')).not.toBe(prefixOf('postgres://postgres@127.0.0.1:5432/cej2'));
    });

    it('keeps an explicit QUEUE_PREFIX', () => {
      expect(prefixOf('postgres://postgres@127.0.0.1:5432/cej', { QUEUE_PREFIX: 'city-a' })).toBe('city-a');
      expect(prefixOf('postgres://postgres@127.0.0.1:5432/cej', { QUEUE_PREFIX: '' })).toBe('cej:cej');
    });

    it('turns a name a prefix cannot hold into a valid one, distinct per name', () => {
      const a = defaultQueuePrefix(`postgres://u@h/${encodeURIComponent('产教')}`)!;
      const b = defaultQueuePrefix(`postgres://u@h/${encodeURIComponent('教产')}`)!;
      const long = defaultQueuePrefix(`postgres://u@h/${'x'.repeat(80)}`)!;
      for (const prefix of [a, b, long]) {
        expect(prefix).toMatch(/^cej:[A-Za-z0-9_.-]+-[0-9a-f]{8}$/);
        expect(prefix.length).toBeLessThanOrEqual(64);
        expect(validateEnvironment({ ...valid, QUEUE_PREFIX: prefix }).QUEUE_PREFIX).toBe(prefix);
      }
      expect(a).not.toBe(b);
      expect(defaultQueuePrefix('postgres://u@h/')).toBeNull();
    });

    describe('on a Redis Cluster (REDIS_CLUSTER=true)', () => {
      const cluster = { REDIS_CLUSTER: 'true' };

      it('defaults to the hash tag {cej:<database name>}, a valid prefix of at most 64 characters', () => {
        expect(prefixOf('postgres://postgres@127.0.0.1:5432/cej', cluster)).toBe('{cej:cej}');
        const long = prefixOf(`postgres://u@h/${'x'.repeat(80)}`, cluster);
        expect(long).toMatch(/^\{cej:[A-Za-z0-9_.-]+\}$/);
        expect(long.length).toBeLessThanOrEqual(64);
      });

      it('keeps an explicit hash-tagged prefix, and accepts one without the setting too', () => {
        expect(prefixOf('postgres://u@h/cej', { ...cluster, QUEUE_PREFIX: '{city-a}' })).toBe('{city-a}');
        expect(prefixOf('postgres://u@h/cej', { QUEUE_PREFIX: '{city-a}' })).toBe('{city-a}');
      });

      it('refuses a prefix that is not a hash tag, naming QUEUE_PREFIX and the form to use', () => {
        expect(() => prefixOf('postgres://u@h/cej', { ...cluster, QUEUE_PREFIX: 'city-a' })).toThrow(ConfigurationError);
        expect(() => prefixOf('postgres://u@h/cej', { ...cluster, QUEUE_PREFIX: 'city-a' })).toThrow(/QUEUE_PREFIX must be a hash tag such as \{city-a\}/);
      });

      it('refuses braces anywhere but around the whole prefix', () => {
        for (const bad of ['{}', 'cej{a}', '{a}b', '{a{b}}', '{:a}']) {
          expect(() => prefixOf('postgres://u@h/cej', { QUEUE_PREFIX: bad })).toThrow(/QUEUE_PREFIX/);
        }
      });
    });
  });
});
