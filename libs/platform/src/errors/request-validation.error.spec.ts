import type { ValidationError } from 'class-validator';
import { flattenValidationErrors, MAX_REPORTED_ERRORS, RequestValidationError } from './request-validation.error.js';

const error = (property: string, constraints?: Record<string, string>, children: ValidationError[] = []): ValidationError => ({
  property,
  constraints,
  children,
});

describe('flattenValidationErrors', () => {
  it('gives dotted and indexed paths with stable codes', () => {
    const details = flattenValidationErrors([
      error('extra', { whitelistValidation: 'property extra should not exist' }),
      error('members', undefined, [error('0', undefined, [error('role', { isIn: 'role must be one of …' })])]),
      error('name', { isString: 'name must be a string', isDefined: 'name should not be null or undefined' }),
    ]);
    expect(details).toEqual([
      { field: 'extra', code: 'UNKNOWN_FIELD', message: 'extra is not an accepted field' },
      { field: 'members[0].role', code: 'IS_IN', message: 'role must be one of …' },
      { field: 'name', code: 'IS_STRING', message: 'name must be a string' },
      { field: 'name', code: 'REQUIRED', message: 'name should not be null or undefined' },
    ]);
  });

  it('reports the first errors of a body failing in very many places, without deep recursion of arguments', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => error(String(i), undefined, [error('bottomShare', { isNumber: 'bottomShare must be a number' })]));
    const details = flattenValidationErrors([error('thresholds', { isObject: 'thresholds must be an object' }, items)]);
    expect(details).toHaveLength(MAX_REPORTED_ERRORS);
    expect(details[0]).toEqual({ field: 'thresholds', code: 'IS_OBJECT', message: 'thresholds must be an object' });
    expect(details[1].field).toBe('thresholds[0].bottomShare');
    expect(details.at(-1)!.field).toBe(`thresholds[${MAX_REPORTED_ERRORS - 2}].bottomShare`);
  });

  it('becomes a 400-kind error whose message names the fields', () => {
    const err = new RequestValidationError([{ field: 'code', code: 'IS_STRING', message: 'code must be a string' }]);
    expect(err).toMatchObject({ kind: 'MALFORMED', code: 'VALIDATION_FAILED' });
    expect(err.message).toBe('Invalid request: code: code must be a string');
  });
});
