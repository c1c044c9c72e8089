import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { map, type Observable } from 'rxjs';
import { languageOf } from '#platform';
import type { CompositionWarningCode } from '../domain/composition.js';
import { COMPOSITION_WARNING_LABELS } from '../domain/registry.labels.js';

const isWarning = (w: unknown): w is { code: CompositionWarningCode; message: string } =>
  typeof w === 'object' && w !== null && typeof (w as { code?: unknown }).code === 'string' && (w as { code: string }).code in COMPOSITION_WARNING_LABELS;

/**
 * Composition warnings (NO_SCHOOL, …) of an answer in the caller's language: Chinese unless
 * `Accept-Language` asks for English. The `code` stays; only `message` follows the language.
 */
@Injectable()
export class LocalizedWarningsInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const language = languageOf(context.switchToHttp().getRequest<FastifyRequest>().headers['accept-language']);
    return next.handle().pipe(
      map((body: unknown): unknown => {
        const warnings = (body as { warnings?: unknown } | null | undefined)?.warnings;
        if (!Array.isArray(warnings)) return body;
        return {
          ...(body as object),
          warnings: (warnings as unknown[]).map((w) => (isWarning(w) ? { ...w, message: COMPOSITION_WARNING_LABELS[w.code][language] } : w)),
        };
      }),
    );
  }
}
