import { defineConfig } from 'vitest/config';

// Browser tests: the built extension in Debian's Chromium (and Firefox) against local fixture pages. One file at a
// time, since every file starts its own browser and the machine has two cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    retry: 0,
  },
});
