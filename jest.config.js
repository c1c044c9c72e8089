/**
 * The jest run of `npm test`: unit specs beside the code (`*.spec.ts`) and end-to-end specs in
 * `test/` (`*.e2e-spec.ts`) against real PostgreSQL and Redis. Native ESM (Nest 12 ships ESM
 * only), TypeScript compiled by SWC with decorator metadata, `#context` imports mapped to source.
 * The fault specs (`test/faults/*.faults-spec.ts`: killed workers, Redis and PostgreSQL taken
 * away, PostgreSQL restarted) run apart, through `jest.faults.config.js` and `npm run test:faults`.
 */
const swc = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
    keepClassNames: true,
  },
  module: { type: 'es6' },
  sourceMaps: 'inline',
};

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  transform: { '^.+\\.ts$': ['@swc/jest', swc] },
  moduleNameMapper: {
    '^#platform$': '<rootDir>/libs/platform/src/index.ts',
    '^#platform/testing$': '<rootDir>/libs/platform/src/testing/index.ts',
    '^#evaluation/scoring$': '<rootDir>/libs/evaluation/src/domain/scoring/index.ts',
    '^#(identity|registry|evaluation|adjustment|integration|ledger|supply-demand)$': '<rootDir>/libs/$1/src/index.ts',
    '^#(identity|registry|evaluation|adjustment|integration|ledger|supply-demand)/contracts$': '<rootDir>/libs/$1/src/contracts/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testMatch: ['<rootDir>/{apps,libs,clients,migrations,seeds,scripts}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts', '<rootDir>/test/*.spec.ts'],
  globalSetup: '<rootDir>/test/global-setup.js',
  // Every response of the in-process API is checked against openapi.json (test/support/contract.ts).
  setupFilesAfterEnv: ['<rootDir>/test/support/contract-setup.ts'],
  maxWorkers: 2,
  testTimeout: 60_000,
  forceExit: false,
};
