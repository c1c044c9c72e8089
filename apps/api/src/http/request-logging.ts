import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PinoLogger } from 'nestjs-pino';
import { REQUEST_ID_HEADER, requestContext } from '#platform';

/**
 * Per request: the response names its request id (`X-Request-Id`); every log line written while
 * serving it carries `reqId` (a log context opened in `onRequest` spans the whole Fastify
 * lifecycle); one "request completed" line is written at the end.
 */
export function installRequestLogging(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    requestContext.run({ reqId: request.id, ip: request.ip, actor: { type: 'anonymous' } }, done);
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const root = PinoLogger.root;
    if (root.isLevelEnabled('info')) {
      root.info(
        {
          req: { id: request.id, method: request.method, url: request.url, remoteAddress: request.ip },
          // Not as `res.statusCode`: pino-http's serializer of `res` reads the status only from a
          // raw response that has sent its headers, and wrote null for this plain object.
          statusCode: reply.statusCode,
          responseTime: Math.round(reply.elapsedTime * 10) / 10,
        },
        'request completed',
      );
    }
    done();
  });
}
