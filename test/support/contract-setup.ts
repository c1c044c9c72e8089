import { afterAll, afterEach } from '@jest/globals';
import { takeContractViolations } from './contract.js';

/**
 * Fails the test during which the API gave a response that the contract does not describe (see
 * ./contract.ts); responses given in `beforeAll`/`afterAll` fail the first test after them or the file.
 */
function assertNoViolations(): void {
  const violations = takeContractViolations();
  if (violations.length > 0) {
    throw new Error(
      `responses that do not match openapi.json (fix the code or its swagger decorators, then \`npm run openapi\`):\n- ${[...new Set(violations)].join('\n- ')}`,
    );
  }
}

afterEach(assertNoViolations);
afterAll(assertNoViolations);
