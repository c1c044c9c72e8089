import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  CODE_OF_STATUS,
  DomainError,
  isDatabaseUnavailable,
  OAUTH2_ERRORS,
  oauth2ErrorOf,
  PROBLEM_CONTENT_TYPE,
  problem,
  type Problem,
  STATUS_OF_KIND,
} from '#platform';
import { DEFAULT_MEDIA_TYPES, type RouteTable } from './route-table.js';

/** Fastify's own error codes that reach us before a route runs (body parsing, limits). */
const FASTIFY_CODES: Record<string, { status: number; code: string; field?: string; detail: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', field: 'body', detail: 'body is not valid JSON' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { status: 400, code: 'MALFORMED_JSON', field: 'body', detail: 'body is empty but declared as JSON' },
  FST_ERR_CTP_BODY_TOO_LARGE: { status: 413, code: 'PAYLOAD_TOO_LARGE', field: 'body', detail: 'body is larger than the accepted limit' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'the content type is not accepted; send application/json' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { status: 400, code: 'BAD_REQUEST', detail: 'content-length does not match the body' },
  FST_ERR_CTP_EMPTY_TYPE: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE', detail: 'the content type is missing; send application/json' },
};

const logger = new Logger('Errors');

/**
 * Turns anything thrown while serving a request into an RFC 9457 problem. Known errors keep
 * their message; PostgreSQL out of reach is a 503 `DATABASE_UNAVAILABLE` the caller may retry;
 * anything else becomes a 500 whose detail names only the request id, and its stack goes to the
 * log, never to the client.
 */
export function toProblem(error: unknown, request: { id: string; url: string }): Problem {
  const base = { instance: request.url, requestId: request.id };
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    return problem(status, error.code, error.message, {
      ...base,
      ...(error.details.length > 0 ? { errors: [...error.details] } : {}),
    });
  }
  const fastify = fastifyErrorOf(error);
  if (fastify) {
    const known = FASTIFY_CODES[fastify.code];
    return problem(known.status, known.code, known.detail, {
      ...base,
      ...(known.field ? { errors: [{ field: known.field, code: known.code, message: known.detail }] } : {}),
    });
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const code = (typeof body === 'object' && body && typeof (body as { code?: unknown }).code === 'string'
      ? (body as { code: string }).code
      : CODE_OF_STATUS[status]) ?? `HTTP_${status}`;
    const detail = typeof body === 'string' ? body : messageOf(body) ?? error.message;
    return problem(status, code, detail, base);
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    return problem(status, CODE_OF_STATUS[status] ?? `HTTP_${status}`, (error as Error).message, base);
  }
  if (isDateOutOfRange(error)) {
    // A safety net: every date of a request is checked at the edge, so this names no field.
    logger.warn({ reqId: request.id, reason: (error as Error).message }, 'date refused by the database');
    return problem(400, 'INVALID_DATE', 'A date or time in the request is not a real calendar day or lies outside the accepted years.', base);
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ reqId: request.id, reason: (error as Error).message }, 'database unavailable');
    return problem(503, 'DATABASE_UNAVAILABLE', 'The database cannot be reached at the moment; retry shortly.', base);
  }
  logger.error({ err: error, reqId: request.id }, 'unhandled error');
  return problem(500, 'INTERNAL_ERROR', `An unexpected error occurred; quote request id ${request.id} when reporting it.`, base);
}

/**
 * PostgreSQL's "datetime field overflow" (22008) and "invalid datetime format" (22007): a date that
 * is not on the calendar reached a query. Looks through TypeORM's `driverError`.
 */
const DATE_SQLSTATES = new Set(['22007', '22008']);
function isDateOutOfRange(error: unknown): boolean {
  for (const candidate of [error, (error as { driverError?: unknown } | null)?.driverError]) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && DATE_SQLSTATES.has(code)) return true;
  }
  return false;
}

/** Fastify's parsing errors arrive either bare or as the `cause` of Nest's HttpException. */
function fastifyErrorOf(error: unknown): { code: string } | undefined {
  for (const candidate of [error, (error as { cause?: unknown } | null)?.cause]) {
    const code = (candidate as { code?: unknown } | null)?.code;
    if (typeof code === 'string' && code in FASTIFY_CODES) return { code };
  }
  return undefined;
}

function messageOf(body: object): string | undefined {
  const message = (body as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return undefined;
}

export function sendProblem(reply: FastifyReply, body: Problem, headers: Record<string, string> = {}): void {
  void reply.status(body.status).headers(headers).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

/** A 415 that names the body types the route accepts (also in `Accept`, RFC 9110 §15.5.16). */
export function unsupportedMediaType(contentType: string | undefined, accepted: readonly string[], request: { id: string; url: string }): Problem {
  const sent = contentType?.split(';')[0].trim().slice(0, 100);
  const message = `${sent ? `content type ${sent} is` : 'body without a content type is'} not accepted here; send ${accepted.join(' or ')}`;
  return problem(415, 'UNSUPPORTED_MEDIA_TYPE', `The ${message}.`, {
    instance: request.url,
    requestId: request.id,
    accepted: [...accepted],
    errors: [{ field: 'content-type', code: 'UNSUPPORTED_MEDIA_TYPE', message }],
  });
}

@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  /** `routes` lets a 415 name the route's accepted types and a wrong method answer 405. */
  constructor(private readonly routes?: RouteTable) {}

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    let body = toProblem(error, { id: String(request.id), url: request.url });
    // A token endpoint answers in RFC 6749's own error format (documented exception to problem+json).
    const oauth2 = (request.routeOptions?.config as unknown as Record<string, unknown> | undefined)?.[OAUTH2_ERRORS] === true ? oauth2ErrorOf(error, body) : undefined;
    if (oauth2) {
      void reply.status(oauth2.status).headers(oauth2.headers).send(oauth2.body);
      return;
    }
    const headers: Record<string, string> = {};
    if (body.status === 415) {
      const accepted = this.routes?.acceptsOf(request.method, request.routeOptions.url) ?? DEFAULT_MEDIA_TYPES;
      body = unsupportedMediaType(request.headers['content-type'], accepted, { id: String(request.id), url: request.url });
      headers.accept = accepted.join(', ');
    }
    if (error instanceof NotFoundException && request.is404) {
      // No route matched: a path served under other methods is a 405 naming them.
      const path = request.url.split('?')[0];
      const methods = this.routes?.methodsOf(path) ?? [];
      if (methods.length > 0) {
        body = problem(405, 'METHOD_NOT_ALLOWED', `${request.method} is not served at this path; it serves ${methods.join(', ')}.`, { instance: request.url, requestId: String(request.id) });
        headers.allow = methods.join(', ');
      } else {
        body = problem(404, 'NOT_FOUND', `No route serves ${request.method} ${path.slice(0, 200)}.`, { instance: request.url, requestId: String(request.id) });
      }
    }
    if (error instanceof HttpException && error.getStatus() === 503) {
      const response = error.getResponse();
      if (typeof response === 'object' && response && 'details' in response) body.checks = (response as { details: unknown }).details;
    }
    sendProblem(reply, body, headers);
  }
}
