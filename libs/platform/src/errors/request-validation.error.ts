import type { ValidationError } from 'class-validator';
import { DomainError, type DomainErrorDetail } from './domain-error.js';
import { validationMessageZh } from './validation-messages.js';

const CODE_OF_CONSTRAINT: Record<string, string> = {
  whitelistValidation: 'UNKNOWN_FIELD',
  isDefined: 'REQUIRED',
  nestedValidation: 'INVALID_NESTED',
  isCalendarDate: 'INVALID_DATE',
  isDateTime: 'INVALID_DATE_TIME',
};

/** The stable code of a class-validator constraint (`isString` → `IS_STRING`). */
export const codeOfConstraint = (constraint: string) => CODE_OF_CONSTRAINT[constraint] ?? constraint.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();

/** At most this many field errors are reported; a body failing in more places is named by its first ones. */
export const MAX_REPORTED_ERRORS = 100;

/**
 * Flattens class-validator errors into `field` paths like `members[0].role` (the first `limit`),
 * each with its English message and its Chinese beside it.
 */
export function flattenValidationErrors(
  errors: readonly ValidationError[],
  parent = '',
  limit = MAX_REPORTED_ERRORS,
  out: DomainErrorDetail[] = [],
): DomainErrorDetail[] {
  for (const error of errors) {
    if (out.length >= limit) break;
    const field = parent === '' ? error.property : /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : `${parent}.${error.property}`;
    for (const [constraint, message] of Object.entries(error.constraints ?? {})) {
      if (out.length >= limit) break;
      const text = constraint === 'whitelistValidation' ? `${field} is not an accepted field` : message;
      out.push({ field, code: codeOfConstraint(constraint), message: text, zh: validationMessageZh(constraint, field, message) });
    }
    if (error.children?.length) flattenValidationErrors(error.children, field, limit, out);
  }
  return out;
}

/**
 * The request does not have the declared shape (unknown field, wrong type, missing value).
 * Rendered as 400 `VALIDATION_FAILED` with one entry per field.
 */
export class RequestValidationError extends DomainError {
  override readonly name = 'RequestValidationError';

  constructor(details: DomainErrorDetail[]) {
    const fields = [...new Set(details.map((d) => d.field).filter(Boolean))];
    super(
      'MALFORMED',
      'VALIDATION_FAILED',
      {
        en: `Invalid request: ${fields.join(', ') || 'body'}: ${details.map((d) => d.message).join('; ')}`,
        zh: `请求数据有误（${fields.join('、') || '请求体'}）：${details.map((d) => d.zh ?? d.message).join('；')}`,
      },
      details,
    );
  }
}
