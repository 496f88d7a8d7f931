import { spawn } from 'node:child_process';
import { CHROMIUM, CLOSED_NETWORK_ARGS } from '../../tests/e2e/support/browser';

/**
 * Debian's Chromium as a plain process with an extension loaded: no Playwright and no debugger attached,
 * for figures the page would see without them. Same closed network as the e2e launcher.
 */
export function plainChromium(extensionDir: string, profileDir: string, args: readonly string[]): { stop(): Promise<void> } {
  const browser = spawn(CHROMIUM, [
    '--headless=new', '--no-sandbox', '--ignore-certificate-errors', `--user-data-dir=${profileDir}`,
    `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...CLOSED_NETWORK_ARGS, ...args,
  ], { stdio: 'ignore' });
  return {
    async stop() {
      browser.kill('SIGKILL');
      // The profile directory is removed next: give the processes a moment to let go of it.
      await new Promise((r) => setTimeout(r, 300));
    },
  };
}
