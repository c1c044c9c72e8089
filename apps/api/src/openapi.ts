import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
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
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, config);
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
