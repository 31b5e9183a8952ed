import { defineConfig } from 'vitest/config';

/**
 * The slow tests: statistical ones (many replications or samples compared with theory) and the
 * Slurm test (a one-node cluster runs a sharded sweep). `npm test` runs them with the rest;
 * `npm run test:slow` runs them alone (see docs/testing.md).
 */
const SLOW = [
  'test/cli/slurm.test.ts',
  'test/validation/validation-cases.test.ts',
  'test/approximation/hypercube-approximation.test.ts',
  'test/model/erlang.test.ts',
  'test/model/incident-rates.test.ts',
  'test/rng/samplers.test.ts',
];

/**
 * Settings both groups share. Threads, and test files sharing a worker's module cache
 * (`isolate: false`): the source keeps no global mutable state, and re-importing the modules
 * for each file cost more than the tests themselves (measured in docs/testing.md).
 */
const shared = {
  testTimeout: 60_000,
  hookTimeout: 60_000,
  pool: 'threads',
  isolate: false,
} as const;

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    // Two at a time on two cores: many tests wait on child processes or worker threads.
    maxWorkers: 2,
    projects: [
      { test: { name: 'fast', include: ['test/**/*.test.ts'], exclude: SLOW, ...shared } },
      { test: { name: 'slow', include: SLOW, ...shared } },
    ],
  },
});
