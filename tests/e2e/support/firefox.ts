import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { storeHere } from './browser';

/**
 * Ubuntu's /usr/bin/firefox is a script that starts the snap, whose confinement cannot read a profile
 * in /tmp: such a Firefox is left to FIREFOX_PATH rather than failing the suite.
 */
function usable(path: string): boolean {
  if (!existsSync(path)) return false;
  const buf = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  const head = buf.subarray(0, readSync(fd, buf)).toString('latin1');
  closeSync(fd);
  return !(head.startsWith('#!') && head.includes('snap'));
}

/**
 * Debian's Firefox ESR, driven over WebDriver BiDi by puppeteer-core: Playwright drives only its own
 * patched Firefox, which cannot load an unsigned add-on from a folder.
 */
export const FIREFOX: string | null = process.env.FIREFOX_PATH ?? ['/usr/bin/firefox-esr', '/usr/bin/firefox'].find(usable) ?? null;

const ADDON_ID = 'moderato@moderato-extension';
/** Firefox gives every install a random internal id; pinned, the extension's pages have a known address. */
const INTERNAL_ID = '6b0f7c2e-4d1a-4f0e-9a51-0d7c1e2f3a4b';

export interface FirefoxWithExtension {
  browser: Browser;
  extensionUrl(page: string): string;
  /** Opens one of the extension's pages in a new tab, once its document is complete. */
  openExtensionPage(page: string): Promise<Page>;
  storedRows<T = unknown>(store: string): Promise<T[]>;
  putRow(store: string, row: unknown): Promise<void>;
  /** The toolbar button's count (Firefox's MV2 browserAction). */
  toolbarBadgeText(): Promise<string>;
  close(): Promise<void>;
}

/** Builds the Firefox add-on for the tests (`wxt build -b firefox`) into a fresh folder; returns its firefox-mv2 folder. */
export function buildFirefoxAddon(): { dir: string; remove(): void } {
  const out = mkdtempSync(join(tmpdir(), 'moderato-firefox-'));
  // With open shadow roots, as the Chromium tests' build (tests/e2e/support/build-for-tests.ts).
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { env: { ...process.env, MODERATO_OUT: out, MODERATO_OPEN_SHADOW: '1' }, stdio: 'pipe' });
  return { dir: join(out, 'firefox-mv2'), remove: () => rmSync(out, { recursive: true, force: true }) };
}

/**
 * Firefox with the add-on installed as a temporary add-on (unsigned, as from about:debugging). The real
 * host names resolve to the local fixture server, whose self-signed certificate is accepted.
 */
export async function launchFirefoxWithAddon(addonDir: string, { uiLanguage = 'en' }: { uiLanguage?: 'en' | 'de' } = {}): Promise<FirefoxWithExtension> {
  if (!FIREFOX) throw new Error('No Firefox found: install firefox-esr or set FIREFOX_PATH.');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    acceptInsecureCerts: true,
    // Since Firefox 153, WebDriver may open moz-extension:// pages only with system access allowed.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': 'www.facebook.com,facebook.com,x.com,twitter.com,mobile.x.com',
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: INTERNAL_ID }),
      // German needs Debian's language pack (firefox-esr-l10n-de); without it Firefox stays English.
      'intl.locale.requested': uiLanguage === 'de' ? 'de' : 'en-US',
      'intl.accept_languages': uiLanguage === 'de' ? 'de-DE, de' : 'en-US, en',
    },
  });
  try {
    const installed = await browser.installExtension(addonDir);
    if (installed !== ADDON_ID) throw new Error(`installed ${installed}, expected ${ADDON_ID}`);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const extensionUrl = (page: string) => `moz-extension://${INTERNAL_ID}/${page}`;
  let helper: Page | null = null;

  const openExtensionPage = async (page: string): Promise<Page> => {
    const tab = await browser.newPage();
    // Firefox never reports the load of an extension page over BiDi: the navigation is started, not awaited.
    void tab.goto(extensionUrl(page), { timeout: 5_000 }).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      const ready = await tab.evaluate(() => location.protocol === 'moz-extension:' && document.readyState === 'complete').catch(() => false);
      if (ready) return tab;
      if (Date.now() > deadline) throw new Error(`${page} did not open`);
      await new Promise((r) => setTimeout(r, 100));
    }
  };
  // Storage is read and written in an extension page: the same origin, hence the same IndexedDB, as the background.
  const storage = async (): Promise<Page> => (helper ??= await openExtensionPage('popup.html'));

  return {
    browser,
    extensionUrl,
    openExtensionPage,
    storedRows: async <T,>(store: string) => (await (await storage()).evaluate(storeHere, { store })) as T[],
    putRow: async (store, row) => {
      await (await storage()).evaluate(storeHere, { store, put: row });
    },
    toolbarBadgeText: async () =>
      (await storage()).evaluate(() => (globalThis as unknown as { browser: { browserAction: { getBadgeText(d: object): Promise<string> } } }).browser.browserAction.getBadgeText({})),
    close: () => browser.close(),
  };
}
