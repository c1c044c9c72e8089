import { Transform } from 'class-transformer';
import { ValidateBy } from 'class-validator';
import { type NameProblem, normalizeName } from './name.js';

/** The constraint of each problem: the request's field error then carries the problem as its code (`NAME_EMPTY`, …). */
const CONSTRAINTS: Record<NameProblem, string> = {
  NAME_EMPTY: 'nameEmpty',
  NAME_CONTROL_CHARACTER: 'nameControlCharacter',
  NAME_LENGTH: 'nameLength',
};

/**
 * A name field of a request body (use with `@IsString()`): the value is normalised by
 * `normalizeName` before validation, so the handler sees the canonical form; an empty,
 * blank-only, control-laden or too long name is a 400 naming the field, with the code
 * `NAME_EMPTY`, `NAME_CONTROL_CHARACTER` or `NAME_LENGTH`.
 */
export function IsName(options: { min?: number; max?: number } = {}): PropertyDecorator {
  const checks = (Object.keys(CONSTRAINTS) as NameProblem[]).map((problem) =>
    ValidateBy({
      name: CONSTRAINTS[problem],
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || normalizeName(value, options).problem !== problem,
        defaultMessage: (args) => {
          const result = typeof args?.value === 'string' ? normalizeName(args.value, options) : undefined;
          return `${args?.property}: ${result?.problem ? result.message : problem}`;
        },
      },
    }),
  );
  const normalize = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? (normalizeName(value, options).value ?? value) : value));
  return (target, key) => {
    normalize(target, key);
    for (const check of checks) check(target, key);
  };
}
