import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * The browser tests' build, next to the release build (`<out>-e2e`, so a parallel run with its own
 * MODERATO_OUT keeps its own). It differs from the release in one constant: badges' shadow roots are
 * open (lib/overlay/shadow-mode.ts), since Playwright's and puppeteer's locators pierce only open roots.
 * tests/e2e/closed-roots.e2e.test.ts checks the release build itself.
 */
export const TEST_BUILD_OUT = resolve(`${process.env.MODERATO_OUT ?? '.output'}-e2e`);

/** Vitest's global setup: built afresh for every run, so a single file never meets a stale build. */
export default function buildForTests(): void {
  execFileSync('npx', ['wxt', 'build'], { env: { ...process.env, MODERATO_OUT: TEST_BUILD_OUT, MODERATO_OPEN_SHADOW: '1' }, stdio: 'pipe' });
}
