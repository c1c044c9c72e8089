import type { ApiPropertyOptions } from '@nestjs/swagger';

/**
 * The schema options of an enum property that may be `null`. In OpenAPI 3.0 `nullable: true`
 * does not widen an `enum` (an enum lists every allowed value), so `null` is listed among the
 * values: validators (ajv) and generated clients then admit what the API really returns.
 */
export function nullableEnum(values: readonly string[], options: ApiPropertyOptions = {}): ApiPropertyOptions {
  return { ...options, type: String, enum: [...values, null] as string[], nullable: true } as ApiPropertyOptions;
}
