import { ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors, RequestValidationError } from '#platform';

/**
 * Bodies and queries are validated against their DTOs: unknown fields are refused (not silently
 * dropped), values are not coerced between types, and every failing field is named.
 */
export const requestValidationPipe = () =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
