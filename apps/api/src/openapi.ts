import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FEED_EVENTS, PUBLIC_TO_ALL_EVENTS } from '#integration';
import { validateEnvironment } from '#platform';
import { ApiModule } from './api.module.js';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('产教联合体管理平台 API')
    .setDescription(
      "API of the platform that runs a city's industry–education consortia (市域产教联合体). " +
        'Errors are application/problem+json (RFC 9457) with a stable `code`.',
    )
    .setVersion('1')
    // Each deployment serves its own copy of the document: requests go to the host that served it.
    .addServer('/', 'the host serving this document')
    .addBearerAuth()
    .build();
  return documentAcceptLanguage(documentWebhooks(documentServerErrors(documentIdempotencyKey(SwaggerModule.createDocument(app, config)))));
}

/**
 * Every operation reads `Accept-Language` for the language of its problem details (title, detail,
 * the messages of invalid fields): Chinese unless the caller prefers English. One shared parameter,
 * referenced by each operation, so a generated client offers it everywhere.
 */
function documentAcceptLanguage(document: OpenAPIObject): OpenAPIObject {
  document.components ??= {};
  document.components.parameters = {
    ...(document.components.parameters ?? {}),
    AcceptLanguage: {
      name: 'Accept-Language',
      in: 'header',
      required: false,
      description:
        "Language of error messages (problem details: title, detail, each invalid field's message): Chinese (zh-CN) by default; " +
        'English when the caller prefers `en` (RFC 9110 quality values, e.g. `en;q=0.9, zh;q=0.5`). Codes, and the data itself, do not change.',
      schema: { type: 'string', example: 'zh-CN' },
    },
  };
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      operation.parameters = [...(operation.parameters ?? []), { $ref: '#/components/parameters/AcceptLanguage' }];
    }
  }
  return document;
}

/** A JSON Schema (TypeBox) as OpenAPI 3.0 writes it: `nullable` for a union with null, `enum` for `const`. */
function toOpenApi30(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toOpenApi30);
  if (!schema || typeof schema !== 'object') return schema;
  const { anyOf, const: constant, ...rest } = schema as Record<string, unknown>;
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, toOpenApi30(v)]));
  if (constant !== undefined) out.enum = [constant];
  if (Array.isArray(anyOf)) {
    const others = anyOf.filter((s: { type?: string }) => s.type !== 'null');
    const nullable = others.length < anyOf.length ? { nullable: true } : {};
    if (others.length === 1) return { ...(toOpenApi30(others[0]) as object), ...out, ...nullable };
    return { ...out, anyOf: toOpenApi30(others), ...nullable };
  }
  return out;
}

/**
 * The webhooks (OpenAPI 3.0 has no `webhooks` section: `x-webhooks`, as Redoc reads it): one
 * POST per public event, its body the envelope every delivery has and the event's payload as
 * its contract declares it (versioned: `x-event-version`). The change feed's items carry the
 * same payloads (`GET /api/v1/changes`).
 */
function documentWebhooks(document: OpenAPIObject): OpenAPIObject {
  const everyone = new Set<string>(PUBLIC_TO_ALL_EVENTS.map((e) => e.name));
  const webhooks: Record<string, unknown> = {};
  for (const event of FEED_EVENTS) {
    const payload = toOpenApi30(JSON.parse(JSON.stringify(event.payload))) as { properties: Record<string, unknown>; required?: string[] };
    webhooks[event.name] = {
      post: {
        operationId: `webhook_${event.name.replace(/[.-]/g, '_')}`,
        tags: ['webhooks'],
        summary: `${event.public!.summary}（${event.public!.zh}）`,
        description:
          `Sent to the subscriptions of \`${event.name}\` (payload version ${event.version}), signed per Standard Webhooks (` +
          '`webhook-id` = `eventId`, `webhook-timestamp`, `webhook-signature`). ' +
          (everyone.has(event.name)
            ? 'Every subscriber receives it, whatever its district. '
            : 'A district-bound client receives it only when its district is among the districts the event concerns. ') +
          (event.public!.description ?? ''),
        'x-event-version': event.version,
        // Sent by the platform, not called on it: no bearer token; the signature authenticates it.
        security: [],
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['type', 'timestamp', 'data'],
                properties: {
                  type: { type: 'string', enum: [event.name] },
                  timestamp: { type: 'string', format: 'date-time', description: 'When the change was committed' },
                  data: {
                    type: 'object',
                    required: ['eventId', 'cursor', 'aggregateType', 'aggregateId', ...(payload.required ?? [])],
                    properties: {
                      eventId: { type: 'string', format: 'uuid', description: 'Unique per event; the webhook-id header' },
                      cursor: { type: 'string', description: 'Position of the event in the change feed' },
                      aggregateType: { type: 'string', example: event.aggregateType, description: `Always "${event.aggregateType}"` },
                      aggregateId: { type: 'string' },
                      ...payload.properties,
                    },
                  },
                },
              },
            },
          },
        },
        responses: {
          '200': { description: 'Received (any 2xx); any other answer, or none within WEBHOOK_TIMEOUT_MS, is retried per WEBHOOK_RETRY_SCHEDULE' },
        },
      },
    };
  }
  return { ...document, 'x-webhooks': webhooks } as OpenAPIObject;
}

/**
 * Every POST of an authenticated caller takes `Idempotency-Key` (see the integration context's
 * `IdempotencyInterceptor`): the header, its replay marker and its two refusals, added to each.
 */
function documentIdempotencyKey(document: OpenAPIObject): OpenAPIObject {
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  });
  for (const item of Object.values(document.paths)) {
    const post = item.post;
    if (!post?.security?.length) continue;
    post.parameters = [
      ...(post.parameters ?? []),
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: false,
        description:
          'Makes a retry safe: the same key with the same body replays the first response (with `Idempotent-Replayed: true`); ' +
          'with another body it is 422 IDEMPOTENCY_KEY_REUSED; while the first request runs, 409 IDEMPOTENCY_KEY_IN_PROGRESS. Kept 24 h, per caller.',
        schema: { type: 'string', maxLength: 255, example: '8e03978e-40d5-43e8-bc93-6894a57f9324' },
      },
    ];
    post.responses['409'] ??= problem('Conflict');
    post.responses['422'] ??= problem('Unprocessable Content');
  }
  return document;
}

/**
 * Any operation may fail on the server's side: 500 (an unexpected error, with its error id) and
 * 503 (PostgreSQL or Redis unavailable; retry later). A write's body (any method but GET) is refused before the route
 * runs when it is too large (413) or of a type the API does not read (415). Any request may be one the HTTP server
 * itself cannot read (400: a malformed URL or header, no Host). All are problem+json.
 */
function documentServerErrors(document: OpenAPIObject): OpenAPIObject {
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
  });
  for (const item of Object.values(document.paths)) {
    for (const method of ['get', 'put', 'post', 'delete', 'patch'] as const) {
      const operation = item[method];
      if (!operation) continue;
      if (method !== 'get') {
        operation.responses['413'] ??= problem('Content Too Large (the body is over the limit)');
        operation.responses['415'] ??= problem('Unsupported Media Type (send application/json, or the file types the operation names)');
      }
      operation.responses['400'] ??= problem('Bad Request (the HTTP server cannot read the request: malformed URL or headers, no Host)');
      operation.responses['500'] ??= problem('Internal Server Error (the problem carries the error id to report)');
      operation.responses['503'] ??= problem('Service Unavailable (the database or Redis is unavailable: retry later)');
    }
  }
  return document;
}

/**
 * The OpenAPI document without a database or Redis: the app is built in preview mode (modules
 * scanned, providers not instantiated), which is all the document needs. Used by
 * `npm run openapi` and by the drift test.
 */
export async function generateOpenApiDocument(): Promise<OpenAPIObject> {
  const env = validateEnvironment({
    DATABASE_URL: 'postgres://unused/unused',
    REDIS_URL: 'redis://unused',
    JWT_SECRET: 'unused-unused-unused-unused-unused-unused',
    LOG_LEVEL: 'silent',
  });
  const app = await NestFactory.create(ApiModule.forRoot(env), new FastifyAdapter(), { preview: true, logger: false });
  try {
    return buildOpenApiDocument(app);
  } finally {
    await app.close();
  }
}
