import type { ValidationError } from 'class-validator';
import { flattenValidationErrors, RequestValidationError } from './request-validation.error.js';

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

  it('becomes a 400-kind error whose message names the fields', () => {
    const err = new RequestValidationError([{ field: 'code', code: 'IS_STRING', message: 'code must be a string' }]);
    expect(err).toMatchObject({ kind: 'MALFORMED', code: 'VALIDATION_FAILED' });
    expect(err.message).toBe('Invalid request: code: code must be a string');
  });
});
