import 'reflect-metadata';
import type { IncomingMessage } from 'node:http';
import type { Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import { SwaggerModule } from '@nestjs/swagger';

import { Logger } from 'nestjs-pino';
import { type Environment, rateLimitError, redisClient, requestIdOf, XLSX_CONTENT_TYPE } from '#platform';
import { EVIDENCE_MEDIA_TYPES } from '#evaluation';
import { ApiModule } from './api.module.js';
import { ProblemDetailsFilter } from './http/problem-details.filter.js';
import { installRequestLogging } from './http/request-logging.js';
import { problemClientErrorHandler, problemFrameworkErrors, requireHost } from './http/client-errors.js';
import { RouteTable } from './http/route-table.js';
import { requestValidationPipe } from './http/validation.pipe.js';
import { sharedRateLimitStore } from './http/shared-rate-limit-store.js';
import { buildOpenApiDocument } from './openapi.js';

export interface CreateApiAppOptions {
  /**
   * Serve the OpenAPI UI and JSON at /api/docs (default true). The in-process tests turn it off:
   * the UI's static files load through a CommonJS require that jest's ESM runtime cannot do;
   * the spawned-process smoke test covers the route.
   */
  serveDocs?: boolean;
  /** Modules added next to the API's own (tests use it to add routes). */
  extraModules?: Type[];
}

/**
 * Builds the API exactly as production runs it (adapter, pipes, filters, OpenAPI), so the
 * end-to-end tests exercise the same stack. The caller decides whether and where to listen.
 */
export async function createApiApp(env: Environment, options: CreateApiAppOptions = {}): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: env.BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    trustProxy: true,
    // Requests Node's HTTP parser refuses (bad URL, oversized headers) are answered as problem+json too.
    clientErrorHandler: problemClientErrorHandler,
    frameworkErrors: problemFrameworkErrors,
    http: { requireHostHeader: false },
  });
  const app = await NestFactory.create<NestFastifyApplication>(ApiModule.forRoot(env, options.extraModules), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalPipes(requestValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(new RouteTable(app)));
  // The API speaks JSON only: a text/plain body is refused with 415 instead of being validated as a string.
  const fastify = app.getHttpAdapter().getInstance();
  fastify.removeContentTypeParser('text/plain');
  // Import files arrive as the raw file, with their own (larger) size limit.
  fastify.addContentTypeParser(['text/csv', XLSX_CONTENT_TYPE], { parseAs: 'buffer', bodyLimit: env.IMPORT_MAX_BYTES }, (_request, body, done) =>
    done(null, body),
  );
  fastify.addContentTypeParser([...EVIDENCE_MEDIA_TYPES], { parseAs: 'buffer', bodyLimit: env.EVIDENCE_MAX_BYTES }, (_request, body, done) => done(null, body));
  installRequestLogging(app);
  fastify.addHook('onRequest', requireHost);
  await app.register(rateLimit, {
    global: false,
    max: env.AUTH_RATE_LIMIT_PER_MINUTE,
    timeWindow: 60_000,
    store: await rateLimitStore(app, env),
    errorResponseBuilder: (_request, context) => rateLimitError(Math.ceil(context.ttl / 1000)),
  });
  await app.register(helmet, {
    // The OpenAPI UI at /api/docs needs its inline script and styles; everything else is JSON.
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        scriptSrc: ["'self'", "'unsafe-inline'"],
      },
    },
  });
  if (env.CORS_ORIGINS) app.enableCors({ origin: env.CORS_ORIGINS.split(',').map((o) => o.trim()) });
  app.enableShutdownHooks();
  if (options.serveDocs ?? true) {
    SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json' });
  }
  return app;
}

/**
 * The authentication rate limit counts in Redis (keys `<QUEUE_PREFIX>:rate-limit:<route>-<address>`),
 * so every replica enforces the one limit. Start-up waits briefly for the connection, so the
 * first requests are counted there too; while Redis is away each replica counts alone.
 */
async function rateLimitStore(app: NestFastifyApplication, env: Environment) {
  const redis = redisClient(env, 'producer', { connectionName: 'cej-api-rate-limit' });
  const logger = app.get(Logger);
  let warnedAt = 0;
  redis.on('error', () => undefined); // reported below, once a minute at most, when a count falls back
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onClose', () => {
      redis.disconnect();
      return Promise.resolve();
    });
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off('ready', done);
      redis.off('error', done);
      resolve();
    };
    const timer = setTimeout(done, 2_000);
    redis.once('ready', done);
    redis.once('error', done);
  });
  return sharedRateLimitStore(redis, `${env.QUEUE_PREFIX}:rate-limit:`, (error) => {
    if (Date.now() - warnedAt < 60_000) return;
    warnedAt = Date.now();
    logger.warn(`auth rate limit counted in this replica's memory while Redis is unavailable: ${error.message}`, 'RateLimit');
  });
}
