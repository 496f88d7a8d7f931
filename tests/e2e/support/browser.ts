import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

/** The extension as people install it (`npm run build`): its badges' shadow roots are closed. */
export const EXTENSION_DIR = resolve(process.env.MODERATO_OUT ?? '.output', 'chrome-mv3');
/**
 * What the browser tests load unless told otherwise: the same build with open shadow roots
 * (lib/overlay/shadow-mode.ts), which tests/e2e/support/build-for-tests.ts makes before the suite.
 * Outside the suite (the demo, the bench) it is the release build.
 */
const DEFAULT_DIR = process.env.MODERATO_EXTENSION_DIR ?? EXTENSION_DIR;
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The fixture server stands in for the real sites, and Chromium calls nowhere else. */
export const CLOSED_NETWORK_ARGS: readonly string[] = [
  '--host-resolver-rules=MAP www.facebook.com 127.0.0.1,MAP facebook.com 127.0.0.1,MAP x.com 127.0.0.1,MAP twitter.com 127.0.0.1,MAP mobile.x.com 127.0.0.1',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  profileDir: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Reuse a profile (e.g. to test a reload); a fresh one by default. */
  profileDir?: string;
  headless?: boolean;
  locale?: string;
  args?: string[];
  /** The browser's UI language (extension locale): Chromium on Linux takes it from the environment. */
  uiLanguage?: 'en' | 'de';
  /** The built extension's folder; the tests' build by default. */
  extensionDir?: string;
}

/**
 * Debian's Chromium with the built extension (../shared/browser-testing.md): both extension flags,
 * real host names mapped to the local fixture server, certificate errors ignored, and the flags that
 * keep Chromium from calling out on a closed network.
 */
export async function launchWithExtension(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const dir = options.extensionDir ?? DEFAULT_DIR;
  if (!existsSync(join(dir, 'manifest.json'))) throw new Error(`No built extension in ${dir}: run \`npm run build\` first.`);
  const profileDir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'moderato-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    ignoreHTTPSErrors: true,
    locale: options.locale ?? (options.uiLanguage === 'de' ? 'de-DE' : 'en-US'),
    env: { ...process.env, LANGUAGE: options.uiLanguage ?? 'en', LANG: options.uiLanguage === 'de' ? 'de_DE.UTF-8' : 'en_US.UTF-8' },
    viewport: { width: 1100, height: 900 },
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...CLOSED_NETWORK_ARGS,
      `--lang=${options.uiLanguage ?? 'en'}`,
      ...(options.args ?? []),
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    profileDir,
    close: async () => {
      await context.close();
      if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

export const extensionUrl = (b: ExtensionBrowser, page: string): string => `chrome-extension://${b.extensionId}/${page}`;

/** A read of a whole store, or a write of one row, for storeHere. */
export type StoreAccess = { store: string; put?: undefined } | { store: string; put: unknown };

/**
 * Reads a whole store (or writes one row) with the raw IndexedDB API, in the extension's own origin (the
 * service worker, or an extension page in Firefox), so tests see exactly what the extension stored, not
 * what its own code says it stored. Self-contained: it is sent to the browser as text. Waits for the
 * store, which the extension creates on its first start.
 */
export async function storeHere({ store, put }: StoreAccess): Promise<unknown[]> {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    const db = await new Promise<IDBDatabase>((res, rej) => {
      const req = indexedDB.open('moderato');
      req.onsuccess = () => res(req.result);
      req.onerror = () => rej(req.error);
    });
    if (db.objectStoreNames.contains(store)) {
      const rows = await new Promise<unknown[]>((res, rej) => {
        const tx = db.transaction(store, put === undefined ? 'readonly' : 'readwrite');
        if (put === undefined) {
          const req = tx.objectStore(store).getAll();
          req.onsuccess = () => res(req.result);
        } else {
          tx.objectStore(store).put(put);
          tx.oncomplete = () => res([put]);
        }
        tx.onerror = () => rej(tx.error);
      });
      db.close();
      return rows;
    }
    db.close();
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`store ${store} never appeared`);
}

export async function storedRows<T = unknown>(b: ExtensionBrowser, store: string): Promise<T[]> {
  return b.worker.evaluate(storeHere, { store }) as Promise<T[]>;
}

/** Writes one row (used to seed settings before a page opens). */
export async function putRow(b: ExtensionBrowser, store: string, row: unknown): Promise<void> {
  await b.worker.evaluate(storeHere, { store, put: row });
}

export async function seedSettings(b: ExtensionBrowser, value: Record<string, unknown>): Promise<void> {
  await putRow(b, 'settings', { id: 'settings', value });
}

export async function toolbarBadgeText(b: ExtensionBrowser): Promise<string> {
  return b.worker.evaluate(() => (globalThis as unknown as { chrome: { action: { getBadgeText(d: object): Promise<string> } } }).chrome.action.getBadgeText({}));
}

export async function openExtensionPage(b: ExtensionBrowser, page: string): Promise<Page> {
  const tab = await b.context.newPage();
  await tab.goto(extensionUrl(b, page));
  return tab;
}

/** The popup, opened as a tab about `front`: a popup tab speaks about the most recently used other tab, so `front` comes forward first. */
export async function openPopupFor(b: ExtensionBrowser, front: Page): Promise<Page> {
  await front.bringToFront();
  return openExtensionPage(b, 'popup.html');
}

/** Badge texts as the user reads them (open shadow roots, which Playwright locators pierce). */
export async function badgeTexts(page: Page): Promise<string[]> {
  return page.locator('moderato-badge .badge').allTextContents();
}
