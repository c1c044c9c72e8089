import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger, NotFoundException } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import {
  type BilingualMessage,
  CODE_OF_STATUS,
  DomainError,
  type DomainErrorDetail,
  type Language,
  languageOf,
  isDatabaseUnavailable,
  OAUTH2_ERRORS,
  oauth2ErrorOf,
  PROBLEM_CONTENT_TYPE,
  problem,
  type Problem,
  STATUS_OF_KIND,
  STATUS_TITLES,
} from '#platform';
import { ERROR_LABELS } from '../dictionaries/dictionaries.js';
import { DEFAULT_MEDIA_TYPES, type RouteTable } from './route-table.js';

/** Fastify's own error codes that reach us before a route runs (body parsing, limits). */
const FASTIFY_CODES: Record<string, { status: number; code: string; field?: string; detail: BilingualMessage }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    field: 'body',
    detail: { en: 'body is not valid JSON', zh: '请求体（body）不是有效的 JSON' },
  },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    status: 400,
    code: 'MALFORMED_JSON',
    field: 'body',
    detail: { en: 'body is empty but declared as JSON', zh: '请求体（body）为空，却声明为 JSON' },
  },
  FST_ERR_CTP_BODY_TOO_LARGE: {
    status: 413,
    code: 'PAYLOAD_TOO_LARGE',
    field: 'body',
    detail: { en: 'body is larger than the accepted limit', zh: '请求体（body）超过允许的大小' },
  },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: { en: 'the content type is not accepted; send application/json', zh: '不接受该内容类型，请以 application/json 发送' },
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    status: 400,
    code: 'BAD_REQUEST',
    detail: { en: 'content-length does not match the body', zh: 'Content-Length 与请求体不符' },
  },
  FST_ERR_CTP_EMPTY_TYPE: {
    status: 415,
    code: 'UNSUPPORTED_MEDIA_TYPE',
    detail: { en: 'the content type is missing; send application/json', zh: '缺少内容类型，请以 application/json 发送' },
  },
};

const logger = new Logger('Errors');

/** The Chinese of a code that has no message of its own: its label (GET /api/v1/dictionaries, ErrorCode). */
const zhOfCode = (code: string, status: number): string => ERROR_LABELS[code]?.zh ?? STATUS_TITLES[status]?.zh ?? '请求未能完成';

/**
 * A problem in the caller's language: `title` by status, `detail` and each field error's
 * `message` in Chinese unless English was asked for. `code` and `field` never change.
 */
export function localized(
  status: number,
  code: string,
  detail: BilingualMessage,
  language: Language,
  extras: Partial<Omit<Problem, 'status' | 'code' | 'detail'>> = {},
): Problem {
  const body = problem(status, code, detail[language], extras);
  body.title = STATUS_TITLES[status]?.[language] ?? body.title;
  const errors = extras.errors as readonly DomainErrorDetail[] | undefined;
  if (errors) body.errors = errors.map((e) => fieldErrorIn(e, language));
  return body;
}

/** An English sentence (two lower-case words in a row), not a value such as `DRAFT` or `2025Q4: SCORED`. */
const ENGLISH_PROSE = /[a-z]{2,} [a-z]{2,}/;

/**
 * A field error in the language: its own Chinese when it has one; else, when its message is an
 * English sentence, its code's label; a message that is a value (a status, a quarter, a reason
 * someone wrote) is kept as it is.
 */
function fieldErrorIn(error: DomainErrorDetail, language: Language): DomainErrorDetail {
  const label = ERROR_LABELS[error.code];
  const fallback = label && ENGLISH_PROSE.test(error.message) && !/\p{Script=Han}/u.test(error.message) ? label.zh : error.message;
  const message = language === 'en' ? error.message : (error.zh ?? fallback);
  return { ...(error.field !== undefined ? { field: error.field } : {}), code: error.code, message };
}

/**
 * Turns anything thrown while serving a request into an RFC 9457 problem, in Chinese unless the
 * caller asked for English. Known errors keep their message; PostgreSQL out of reach is a 503
 * `DATABASE_UNAVAILABLE` the caller may retry; anything else becomes a 500 whose detail names only
 * the request id, and its stack goes to the log, never to the client.
 */
export function toProblem(error: unknown, request: { id: string; url: string }, language: Language = 'zh'): Problem {
  const base = { instance: request.url, requestId: request.id };
  if (error instanceof DomainError) {
    const status = STATUS_OF_KIND[error.kind];
    return localized(status, error.code, { en: error.message, zh: error.zh ?? zhOfCode(error.code, status) }, language, {
      ...base,
      ...(error.details.length > 0 ? { errors: [...error.details] } : {}),
    });
  }
  const fastify = fastifyErrorOf(error);
  if (fastify) {
    const known = FASTIFY_CODES[fastify.code];
    return localized(known.status, known.code, known.detail, language, {
      ...base,
      ...(known.field ? { errors: [{ field: known.field, code: known.code, message: known.detail.en, zh: known.detail.zh }] } : {}),
    });
  }
  if (error instanceof HttpException) {
    const status = error.getStatus();
    const body = error.getResponse();
    const code =
      (typeof body === 'object' && body && typeof (body as { code?: unknown }).code === 'string' ? (body as { code: string }).code : CODE_OF_STATUS[status]) ??
      `HTTP_${status}`;
    const detail = typeof body === 'string' ? body : (messageOf(body) ?? error.message);
    return localized(status, code, { en: detail, zh: zhOfCode(code, status) }, language, base);
  }
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number' && status >= 400 && status < 500) {
    const code = CODE_OF_STATUS[status] ?? `HTTP_${status}`;
    return localized(status, code, { en: (error as Error).message, zh: zhOfCode(code, status) }, language, base);
  }
  if (isDateOutOfRange(error)) {
    // A safety net: every date of a request is checked at the edge, so this names no field.
    logger.warn({ reqId: request.id, reason: (error as Error).message }, 'date refused by the database');
    return localized(
      400,
      'INVALID_DATE',
      {
        en: 'A date or time in the request is not a real calendar day or lies outside the accepted years.',
        zh: '请求中的日期或时间不是真实的日历日，或超出允许的年份。',
      },
      language,
      base,
    );
  }
  if (isDatabaseUnavailable(error)) {
    logger.warn({ reqId: request.id, reason: (error as Error).message }, 'database unavailable');
    return localized(
      503,
      'DATABASE_UNAVAILABLE',
      { en: 'The database cannot be reached at the moment; retry shortly.', zh: '数据库暂时无法连接，请稍后重试。' },
      language,
      base,
    );
  }
  logger.error({ err: error, reqId: request.id }, 'unhandled error');
  return localized(
    500,
    'INTERNAL_ERROR',
    {
      en: `An unexpected error occurred; quote request id ${request.id} when reporting it.`,
      zh: `服务器发生意外错误；报告问题时请提供请求编号 ${request.id}。`,
    },
    language,
    base,
  );
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
export function unsupportedMediaType(
  contentType: string | undefined,
  accepted: readonly string[],
  request: { id: string; url: string },
  language: Language = 'zh',
): Problem {
  const sent = contentType?.split(';')[0].trim().slice(0, 100);
  const message = `${sent ? `content type ${sent} is` : 'body without a content type is'} not accepted here; send ${accepted.join(' or ')}`;
  const zh = `此处不接受${sent ? `内容类型 ${sent}` : '未声明内容类型的请求体'}，请以 ${accepted.join(' 或 ')} 发送`;
  return localized(415, 'UNSUPPORTED_MEDIA_TYPE', { en: `The ${message}.`, zh: `${zh}。` }, language, {
    instance: request.url,
    requestId: request.id,
    accepted: [...accepted],
    errors: [{ field: 'content-type', code: 'UNSUPPORTED_MEDIA_TYPE', message, zh }],
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
    // A token endpoint answers in RFC 6749's own error format (documented exception to problem+json), whose texts are ASCII.
    const tokenEndpoint = (request.routeOptions?.config as unknown as Record<string, unknown> | undefined)?.[OAUTH2_ERRORS] === true;
    const language = tokenEndpoint ? 'en' : languageOf(request.headers['accept-language']);
    let body = toProblem(error, { id: String(request.id), url: request.url }, language);
    const oauth2 = tokenEndpoint ? oauth2ErrorOf(error, body) : undefined;
    if (oauth2) {
      void reply.status(oauth2.status).headers(oauth2.headers).send(oauth2.body);
      return;
    }
    const headers: Record<string, string> = {};
    if (body.status === 415) {
      const accepted = this.routes?.acceptsOf(request.method, request.routeOptions.url) ?? DEFAULT_MEDIA_TYPES;
      body = unsupportedMediaType(request.headers['content-type'], accepted, { id: String(request.id), url: request.url }, language);
      headers.accept = accepted.join(', ');
    }
    if (error instanceof NotFoundException && request.is404) {
      // No route matched: a path served under other methods is a 405 naming them.
      const path = request.url.split('?')[0];
      const methods = this.routes?.methodsOf(path) ?? [];
      if (methods.length > 0) {
        body = localized(
          405,
          'METHOD_NOT_ALLOWED',
          {
            en: `${request.method} is not served at this path; it serves ${methods.join(', ')}.`,
            zh: `此路径不支持 ${request.method}，支持 ${methods.join('、')}。`,
          },
          language,
          { instance: request.url, requestId: String(request.id) },
        );
        headers.allow = methods.join(', ');
      } else {
        const route = `${request.method} ${path.slice(0, 200)}`;
        body = localized(404, 'NOT_FOUND', { en: `No route serves ${route}.`, zh: `没有接口提供 ${route}。` }, language, {
          instance: request.url,
          requestId: String(request.id),
        });
      }
    }
    if (error instanceof HttpException && error.getStatus() === 503) {
      const response = error.getResponse();
      if (typeof response === 'object' && response && 'details' in response) body.checks = response.details;
    }
    sendProblem(reply, body, headers);
  }
}
