import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, PROBLEM_CONTENT_TYPE, problem, type Problem, REQUEST_ID_HEADER } from '#platform';

const logger = new Logger('HttpServer');

/**
 * The problem for a request Node's HTTP parser refused before Fastify saw it (llhttp's `HPE_*`
 * codes, the request timeout). A URL holding raw bytes outside ASCII — as curl sends
 * `?nameContains=永川` typed unencoded — is refused by the parser itself (even in its lenient
 * mode), so the answer says how to send it: percent-encoded UTF-8.
 */
export function clientErrorProblem(error: { code?: unknown }, requestId: string): Problem {
  const base = { requestId };
  switch (error.code) {
    case 'HPE_INVALID_URL':
      return problem(400, 'MALFORMED_URL', 'The request URL holds characters that must be percent-encoded (RFC 3986): send non-ASCII text such as 永川 as UTF-8 percent-encoded (%E6%B0%B8%E5%B7%9D); with curl, use --get --data-urlencode.', {
        ...base,
        errors: [{ field: 'url', code: 'MALFORMED_URL', message: 'the URL must be ASCII, with other characters percent-encoded as UTF-8' }],
      });
    case 'HPE_HEADER_OVERFLOW':
      return problem(431, 'HEADERS_TOO_LARGE', 'The request headers are larger than the server accepts.', base);
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return problem(408, 'REQUEST_TIMEOUT', 'The request was not received in time.', base);
    default:
      return problem(400, 'MALFORMED_REQUEST', 'The request is not valid HTTP/1.1.', base);
  }
}

/**
 * Fastify's `clientErrorHandler`: answers a request the HTTP parser refused with problem+json,
 * a stable code and a fresh request id (in the body, the `X-Request-Id` header and the log),
 * instead of Fastify's bare `{"error":"Bad Request","message":"Client Error"}`. The connection is
 * closed afterwards, as the parser cannot read past the bad request.
 */
export function problemClientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  // A reset connection has nobody to answer.
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const requestId = randomUUID();
  const body = clientErrorProblem(error, requestId);
  logger.warn({ reqId: requestId, code: error.code, status: body.status }, 'request refused by the HTTP parser');
  if (socket.writable) {
    const json = JSON.stringify(body);
    socket.write(
      `HTTP/1.1 ${body.status} ${STATUS_CODES[body.status] ?? 'Error'}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(json)}\r\n` +
        `${REQUEST_ID_HEADER}: ${requestId}\r\n` +
        `Connection: close\r\n\r\n${json}`,
    );
  }
  socket.destroy();
}

/**
 * Fastify's `frameworkErrors`: its router refuses a path it cannot decode (`/consortia/%zz`,
 * FST_ERR_BAD_URL) or a path parameter over its length limit before any hook runs; answered as
 * problem+json with the request's id instead of Fastify's plain JSON.
 */
export function problemFrameworkErrors(error: Error & { code?: string }, request: FastifyRequest, reply: FastifyReply): void {
  const body =
    error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? problem(400, 'MALFORMED_URL', 'The request path holds a percent-encoding that is not valid UTF-8, or a segment that is too long.', {
          instance: request.url,
          requestId: String(request.id),
          errors: [{ field: 'url', code: 'MALFORMED_URL', message: 'the path must be valid percent-encoded UTF-8' }],
        })
      : problem(400, 'MALFORMED_REQUEST', 'The request cannot be routed.', { instance: request.url, requestId: String(request.id) });
  void reply.status(body.status).header(REQUEST_ID_HEADER, String(request.id)).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

/**
 * An HTTP/1.1 request must name its Host (RFC 9112 §3.2). Node would refuse one without it with a
 * bare 400 and no body; the server lets it through (`requireHostHeader: false`) and this
 * `onRequest` hook refuses it as a problem.
 */
export function requireHost(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  if (request.raw.httpVersion === '1.1' && !request.headers.host) {
    done(new DomainError('MALFORMED', 'HOST_REQUIRED', 'An HTTP/1.1 request must carry a Host header.', [{ field: 'host', code: 'HOST_REQUIRED', message: 'the Host header is missing' }]));
    return;
  }
  done();
}
