import { type DynamicModule, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { Environment } from '../config/environment.js';
import { requestIdOf } from './request-id.js';

/**
 * Structured JSON logs with pino. In the API every line written while serving a request
 * carries its `reqId`; credentials and cookies are redacted.
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
            // Explicit: the library's default route pattern does not match under Nest 12 + Fastify.
            forRoutes: ['{*splat}'],
            pinoHttp: {
              level: env.LOG_LEVEL,
              base: { app },
              autoLogging: app === 'api',
              genReqId: (req) => requestIdOf(req),
              customProps: () => ({}),
              redact: {
                paths: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
                censor: '[redacted]',
              },
            },
          }),
        }),
      ],
      exports: [LoggerModule],
    };
  }
}
