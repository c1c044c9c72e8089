// @ts-check
/**
 * ESLint (type-aware, typescript-eslint) for the whole project; formatting is Prettier's
 * (`.prettierrc.json`), so eslint-config-prettier turns off the stylistic rules. `npm run lint`
 * runs both and `npm test` runs `npm run lint`.
 * - Product code (apps, libs, clients, migrations, seeds, scripts, board): typescript-eslint's
 *   recommended type-checked rules, and the project's rule that every route declares an access
 *   policy (scripts/lint/route-access-policy.ts, Twenty's "methods should be guarded").
 * - Tests: the same, except the `no-unsafe-*` rules — response bodies from supertest and fetch are
 *   `any` by design and the tests check them against the contract at run time (ajv) instead —
 *   `no-explicit-any` (JSON read as it comes), `require-await` (test doubles of async interfaces)
 *   and `unbound-method` (jest's `expect(x.method)`).
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';
import routeAccessPolicy from './scripts/lint/route-access-policy.ts';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'clients/district/generated/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { cej: { rules: { 'route-access-policy': routeAccessPolicy } } },
    rules: {
      'cej/route-access-policy': 'error',
      // DTO factories (`items.map(ChangeDto.from)`) are static and use no `this`.
      '@typescript-eslint/unbound-method': ['error', { ignoreStatic: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['test/**/*.ts', '**/*.spec.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      // JSON of unknown shape is read as `any` on purpose; test doubles implement async interfaces with plain values.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/require-await': 'off',
      // Walking class-validator's and Nest's metadata, which name classes as Function and compare its enums to strings;
      // cell values of real files printed into assertions.
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-base-to-string': 'off',
    },
  },
  prettier,
);
