/**
 * The jest run of `npm run test:faults`: the same set-up as `jest.config.js`, selecting only the
 * fault specs in `test/faults/` (workers killed mid-job, Redis and PostgreSQL taken away and given
 * back, PostgreSQL restarted, a job that always fails). They wait out BullMQ's stalled-job lock and
 * outages, so they run apart from `npm test`.
 */
import base from './jest.config.js';

export default {
  ...base,
  testMatch: ['<rootDir>/test/faults/**/*.faults-spec.ts'],
  testTimeout: 240_000,
};
