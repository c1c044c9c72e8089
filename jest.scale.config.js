/**
 * The jest run of `npm run test:scale`: the same set-up as `jest.config.js`, selecting only the
 * replica specs in `test/scale/` (several API and worker processes on one PostgreSQL and Redis,
 * replicas killed under load). They wait out BullMQ's stalled-job lock, so they run apart from `npm test`.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/scale/**/*.scale-spec.ts'],
  testTimeout: 300_000,
};
