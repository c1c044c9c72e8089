import { DomainError } from '../errors/domain-error.js';

/**
 * Route config that puts a route under the authentication rate limit (per client address and
 * route, `AUTH_RATE_LIMIT_PER_MINUTE`, counted in Redis so all API replicas share one limit):
 * `@RouteConfig(AUTH_RATE_LIMIT)`. It is a first brake in front of the per-account failed-login
 * lock, which all replicas share through PostgreSQL. (@fastify/rate-limit, registered by the API;
 * @nestjs/throttler 6 is CommonJS requiring the ESM-only Nest 12, which jest's ESM runtime cannot load.)
 */
export const AUTH_RATE_LIMIT = { rateLimit: {} };

export const rateLimitError = (retryAfterSeconds: number) =>
  Object.assign(new DomainError('RATE_LIMITED', 'TOO_MANY_REQUESTS', `Too many requests; try again in ${retryAfterSeconds} s`), { statusCode: 429 });
