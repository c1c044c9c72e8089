import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { IsString, validateSync } from 'class-validator';
import fc from 'fast-check';
import { flattenValidationErrors } from '../errors/request-validation.error.js';
import { IsName } from './is-name.decorator.js';
import { normalizeName } from './name.js';

const HIDDEN = [
  '\u0000',
  '\u0007',
  '\t',
  '\n',
  '\r',
  '\u001F',
  '\u007F',
  '\u0085',
  '\u009F',
  '\u061C',
  '\u200B',
  '\u200C',
  '\u200D',
  '\u200E',
  '\u200F',
  '\u202A',
  '\u202B',
  '\u202C',
  '\u202D',
  '\u202E',
  '\u2060',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069',
  '\uFEFF',
  '\uFFFD',
];
const BLANKS = [' ', '\u3000', '\u00A0', '\u2003'];
const visible = fc.string({ unit: fc.constantFrom(...'重庆职业学院产教联合体ABCabc123（）·-'.split(''), 'e\u0301'), minLength: 1, maxLength: 20 });

describe('normalizeName', () => {
  it('is idempotent, NFC, trimmed, with single inner spaces, for any accepted input', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.oneof(fc.constantFrom(...BLANKS), fc.constantFrom(...'重庆学院Ab1'.split(''), 'e\u0301')), maxLength: 30 }), (input) => {
        const result = normalizeName(input, { max: 1000 });
        if (result.problem) return expect(result.problem).toBe('NAME_EMPTY');
        expect(normalizeName(result.value, { max: 1000 })).toEqual({ value: result.value });
        expect(result.value).toBe(result.value.normalize('NFC'));
        expect(result.value).toBe(result.value.trim());
        expect(result.value).not.toMatch(/\s\s|[\u3000\u00A0\u2003]/u);
      }),
    );
  });

  it('refuses a name holding any hidden or control character, wherever it sits', () => {
    fc.assert(
      fc.property(visible, fc.constantFrom(...HIDDEN), visible, (left, hidden, right) => {
        expect(normalizeName(`${left}${hidden}${right}`)).toMatchObject({ problem: 'NAME_CONTROL_CHARACTER' });
      }),
    );
  });

  it('refuses blank-only names and measures length after normalising', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...BLANKS), maxLength: 10 }), (blank) =>
        expect(normalizeName(blank)).toMatchObject({ problem: 'NAME_EMPTY' }),
      ),
    );
    expect(normalizeName('  重庆  ', { min: 2 })).toEqual({ value: '重庆' });
    expect(normalizeName(' 重 ', { min: 2 })).toMatchObject({ problem: 'NAME_LENGTH' });
    expect(normalizeName('Cafe\u0301\u3000 联合体')).toEqual({ value: 'Café 联合体' });
  });
});

class Body {
  @IsString() @IsName({ min: 2, max: 8 }) name!: string;
}

describe('@IsName', () => {
  const check = (name: unknown) => {
    const body = plainToInstance(Body, { name });
    return { body, errors: flattenValidationErrors(validateSync(body)) };
  };

  it('hands the handler the canonical form', () => {
    fc.assert(
      fc.property(fc.constantFrom(...BLANKS), fc.constantFrom(...BLANKS), (a, b) => {
        expect(check(`${a}重庆${b}${b}学院${a}`)).toEqual({ body: { name: '重庆 学院' }, errors: [] });
      }),
    );
  });

  it('names the field and the problem as the code', () => {
    expect(check('   ').errors).toEqual([{ field: 'name', code: 'NAME_EMPTY', message: 'name: 名称不能为空或只有空白', zh: 'name: 名称不能为空或只有空白' }]);
    expect(check('重庆\u202E学院').errors).toEqual([
      { field: 'name', code: 'NAME_CONTROL_CHARACTER', message: 'name: 名称含有不可见或控制字符 U+202E', zh: 'name: 名称含有不可见或控制字符 U+202E' },
    ]);
    expect(check('重庆市某某某某学院').errors.map((e) => e.code)).toEqual(['NAME_LENGTH']);
    expect(check(42).errors.map((e) => e.code)).toEqual(['IS_STRING']);
  });
});
