import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { flattenValidationErrors, RequestValidationError } from '#platform';

/**
 * Deeper than any request DTO goes. class-transformer recurses once per level, so a hostile body
 * nested thousands deep would overflow the stack (a 500) before validation could refuse it.
 */
export const MAX_INPUT_DEPTH = 32;

/** Whether a parsed value nests objects/arrays deeper than `max` levels (iterative: no recursion to overflow). */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object' || Buffer.isBuffer(node)) continue;
    if (depth >= max) return true;
    for (const child of Object.values(node)) if (child !== null && typeof child === 'object') stack.push([child, depth + 1]);
  }
  return false;
}

/** A NUL, or a high surrogate not followed by a low one, or a low one not preceded by a high one. */
// eslint-disable-next-line no-control-regex -- NUL is one of the characters this pattern exists to find
export const UNSTORABLE = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/**
 * Whether some string (value or key) holds a NUL or a lone surrogate: PostgreSQL stores neither in
 * text or jsonb, so such a value would fail at the database (a 500) instead of at the edge.
 */
export function holdsUnstorableText(value: unknown): boolean {
  const bad = (s: string) => UNSTORABLE.test(s);
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node === 'string') {
      if (bad(node)) return true;
    } else if (node !== null && typeof node === 'object' && !Buffer.isBuffer(node)) {
      for (const [k, v] of Object.entries(node)) {
        if (bad(k)) return true;
        stack.push(v);
      }
    }
  }
  return false;
}

class RequestValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    const field = metadata.type === 'body' ? 'body' : metadata.type;
    if (nestedDeeperThan(value, MAX_INPUT_DEPTH)) {
      throw new RequestValidationError([{ field, code: 'TOO_DEEP', message: `${field} is nested deeper than ${MAX_INPUT_DEPTH} levels` }]);
    }
    if (holdsUnstorableText(value)) {
      throw new RequestValidationError([{ field, code: 'INVALID_TEXT', message: `${field} holds a NUL character or a lone surrogate` }]);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Bodies and queries are validated against their DTOs: unknown fields are refused (not silently
 * dropped), values are not coerced between types, and every failing field is named.
 */
export const requestValidationPipe = () =>
  new RequestValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new RequestValidationError(flattenValidationErrors(errors)),
  });
