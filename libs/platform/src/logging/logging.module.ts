import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import pino from 'pino';
import pinoPretty from 'pino-pretty';
import { Environment } from '../config/environment.js';
import { logContextMixin } from './request-context.js';
import { plainText } from '../text/plain-text.js';

/**
 * Structured JSON logs with pino, through nestjs-pino's `Logger` for everything Nest and the
 * contexts log. Each line carries the current request or job id from `logContext`. Requests are
 * not logged by pino-http middleware here: the API binds the context and writes the request line
 * from Fastify hooks (see the API's request-logging), at a fraction of the cost of Express-style
 * middleware (measured in BENCHMARKS.md).
 */
@Module({})
export class LoggingModule {
  static forRoot(app: 'api' | 'worker'): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRootAsync({
          inject: [Environment],
          useFactory: (env: Environment) => ({
            forRoutes: [],
            pinoHttp: [
              {
                level: env.LOG_LEVEL,
                base: { app },
                mixin: logContextMixin,
                redact: {
                  paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
                  censor: '[redacted]',
                },
              },
              // JSON: asynchronous writes to stdout (lines written while a write is in flight go
              // out together; flushed on exit): a synchronous write per line costs a fifth of the
              // API's throughput. No minimum batch size, so a quiet process still logs at once.
              // Pretty (a person at a terminal, `npm start`): one short line each.
              env.LOG_FORMAT === 'pretty' ? prettyStream(app) : pino.destination({ dest: 1, sync: false }),
            ],
          }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}

/**
 * `LOG_FORMAT=pretty`: `[12:03:04] INFO: api request completed GET /api/v1/… 200 3.1 ms`, the
 * request line folded into the message and the request id, pid and host left out.
 */
function prettyStream(app: 'api' | 'worker') {
  return pinoPretty({
    colorize: process.stdout.isTTY === true,
    translateTime: 'SYS:HH:MM:ss',
    ignore: 'pid,hostname,app,req,statusCode,responseTime,reqId,context,actor',
    singleLine: true,
    messageFormat: (log: Record<string, unknown>, messageKey: string) => {
      const req = log.req as { method?: string; url?: string } | undefined;
      const context = typeof log.context === 'string' ? `[${log.context}] ` : '';
      const message = `${app} ${context}${plainText(log[messageKey])}`;
      return req ? `${message} ${req.method} ${req.url} ${plainText(log.statusCode)} ${plainText(log.responseTime)} ms` : message;
    },
  });
}
