import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type Language, languageOf, PROBLEM_CONTENT_TYPE, type Problem, REQUEST_ID_HEADER } from '#platform';
import { localized } from './problem-details.filter.js';

const logger = new Logger('HttpServer');

/**
 * The problem for a request Node's HTTP parser refused before Fastify saw it (llhttp's `HPE_*`
 * codes, the request timeout). A URL holding raw bytes outside ASCII — as curl sends
 * `?nameContains=永川` typed unencoded — is refused by the parser itself (even in its lenient
 * mode), so the answer says how to send it: percent-encoded UTF-8.
 */
export function clientErrorProblem(error: { code?: unknown }, requestId: string, language: Language = 'zh'): Problem {
  const base = { requestId };
  switch (error.code) {
    case 'HPE_INVALID_URL':
      return localized(
        400,
        'MALFORMED_URL',
        {
          en: 'The request URL holds characters that must be percent-encoded (RFC 3986): send non-ASCII text such as 永川 as UTF-8 percent-encoded (%E6%B0%B8%E5%B7%9D); with curl, use --get --data-urlencode.',
          zh: '请求地址含有须百分号编码的字符（RFC 3986）：中文等非 ASCII 文字须按 UTF-8 百分号编码发送，如“永川”写作 %E6%B0%B8%E5%B7%9D；用 curl 时请加 --get --data-urlencode。',
        },
        language,
        {
          ...base,
          errors: [
            {
              field: 'url',
              code: 'MALFORMED_URL',
              message: 'the URL must be ASCII, with other characters percent-encoded as UTF-8',
              zh: '地址须为 ASCII，其他字符按 UTF-8 百分号编码',
            },
          ],
        },
      );
    case 'HPE_HEADER_OVERFLOW':
      return localized(
        431,
        'HEADERS_TOO_LARGE',
        { en: 'The request headers are larger than the server accepts.', zh: '请求头超过服务器允许的大小。' },
        language,
        base,
      );
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return localized(408, 'REQUEST_TIMEOUT', { en: 'The request was not received in time.', zh: '请求未能在规定时间内收完。' }, language, base);
    default:
      return localized(400, 'MALFORMED_REQUEST', { en: 'The request is not valid HTTP/1.1.', zh: '请求不是有效的 HTTP/1.1 请求。' }, language, base);
  }
}

/**
 * The language of a request the parser refused, read from its raw bytes (`Accept-Language`, if
 * the bytes that arrived hold it); Chinese otherwise.
 */
export function languageOfRawRequest(raw: unknown): Language {
  if (!Buffer.isBuffer(raw)) return 'zh';
  const header = /\r?\naccept-language:[ \t]*([^\r\n]{1,200})/i.exec(raw.subarray(0, 16_384).toString('latin1'))?.[1];
  return languageOf(header);
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
  const body = clientErrorProblem(error, requestId, languageOfRawRequest((error as { rawPacket?: unknown }).rawPacket));
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
  const language = languageOf(request.headers['accept-language']);
  const body =
    error.code === 'FST_ERR_BAD_URL' || error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? localized(
          400,
          'MALFORMED_URL',
          {
            en: 'The request path holds a percent-encoding that is not valid UTF-8, or a segment that is too long.',
            zh: '请求路径含有不是有效 UTF-8 的百分号编码，或某一段过长。',
          },
          language,
          {
            instance: request.url,
            requestId: String(request.id),
            errors: [{ field: 'url', code: 'MALFORMED_URL', message: 'the path must be valid percent-encoded UTF-8', zh: '路径须为有效的 UTF-8 百分号编码' }],
          },
        )
      : localized(400, 'MALFORMED_REQUEST', { en: 'The request cannot be routed.', zh: '请求无法路由。' }, language, {
          instance: request.url,
          requestId: String(request.id),
        });
  void reply.status(body.status).header(REQUEST_ID_HEADER, String(request.id)).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
}

/**
 * An HTTP/1.1 request must name its Host (RFC 9112 §3.2). Node would refuse one without it with a
 * bare 400 and no body; the server lets it through (`requireHostHeader: false`) and this
 * `onRequest` hook refuses it as a problem.
 */
export function requireHost(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  if (request.raw.httpVersion === '1.1' && !request.headers.host) {
    done(
      new DomainError('MALFORMED', 'HOST_REQUIRED', { en: 'An HTTP/1.1 request must carry a Host header.', zh: 'HTTP/1.1 请求须带 Host 头。' }, [
        { field: 'host', code: 'HOST_REQUIRED', message: 'the Host header is missing', zh: '缺少 Host 头' },
      ]),
    );
    return;
  }
  done();
}
