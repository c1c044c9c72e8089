import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('产教联合体管理平台 API')
    .setDescription(
      'API of the platform that runs a city\'s industry–education consortia (市域产教联合体). ' +
        'Errors are application/problem+json (RFC 9457) with a stable `code`.',
    )
    .setVersion('1')
    .build();
  return SwaggerModule.createDocument(app, config);
}
