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
      { field: 'extra', code: 'UNKNOWN_FIELD', message: 'extra is not an accepted field', zh: 'extra 不是可接受的字段' },
      { field: 'members[0].role', code: 'IS_IN', message: 'role must be one of …', zh: 'members[0].role 应为以下取值之一：' },
      { field: 'name', code: 'IS_STRING', message: 'name must be a string', zh: 'name 应为文本' },
      { field: 'name', code: 'REQUIRED', message: 'name should not be null or undefined', zh: 'name 必填' },
    ]);
  });

  it('reports the first errors of a body failing in very many places, without deep recursion of arguments', () => {
    const items = Array.from({ length: 20_000 }, (_, i) => error(String(i), undefined, [error('bottomShare', { isNumber: 'bottomShare must be a number' })]));
    const details = flattenValidationErrors([error('thresholds', { isObject: 'thresholds must be an object' }, items)]);
    expect(details).toHaveLength(MAX_REPORTED_ERRORS);
    expect(details[0]).toEqual({ field: 'thresholds', code: 'IS_OBJECT', message: 'thresholds must be an object', zh: 'thresholds 应为对象' });
    expect(details[1].field).toBe('thresholds[0].bottomShare');
    expect(details.at(-1)!.field).toBe(`thresholds[${MAX_REPORTED_ERRORS - 2}].bottomShare`);
  });

  it('becomes a 400-kind error whose message names the fields', () => {
    const err = new RequestValidationError([{ field: 'code', code: 'IS_STRING', message: 'code must be a string' }]);
    expect(err).toMatchObject({ kind: 'MALFORMED', code: 'VALIDATION_FAILED' });
    expect(err.message).toBe('Invalid request: code: code must be a string');
    expect(err.zh).toBe('请求数据有误（code）：code must be a string');
    const bilingual = new RequestValidationError([{ field: 'code', code: 'IS_STRING', message: 'code must be a string', zh: 'code 应为文本' }]);
    expect(bilingual.zh).toBe('请求数据有误（code）：code 应为文本');
  });

  it('gives the Chinese of class-validator’s messages with their figures and allowed values', () => {
    const details = flattenValidationErrors([
      error('role', { isIn: 'role must be one of the following values: MEMBER, COUNCIL_MEMBER' }),
      error('weight', { min: 'weight must not be less than 0', max: 'weight must not be greater than 100' }),
      error('name', { length: 'name must be shorter than or equal to 200 characters' }),
      error('items', { arrayMaxSize: 'items must contain no more than 500 elements' }),
      error('districtCode', { matches: 'districtCode must be 6 digits' }),
      error('ids', { isUuid: 'each value in ids must be a UUID' }),
    ]);
    expect(details.map((d) => d.zh)).toEqual([
      'role 应为以下取值之一：MEMBER, COUNCIL_MEMBER',
      'weight 不能小于 0',
      'weight 不能大于 100',
      'name 不能多于 200 个字符',
      'items 最多 500 项',
      'districtCode：区县代码应为 6 位数字',
      'ids的每一项 应为 UUID',
    ]);
  });
});
