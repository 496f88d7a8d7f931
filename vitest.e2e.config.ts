import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import { TEST_BUILD_OUT } from './tests/e2e/support/build-for-tests';

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
    globalSetup: ['tests/e2e/support/build-for-tests.ts'],
    env: { MODERATO_EXTENSION_DIR: resolve(TEST_BUILD_OUT, 'chrome-mv3') },
  },
});
