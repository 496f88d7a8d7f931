import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SETTINGS } from './site/facebook-site';
import { NETIQUETTE_PATH, NQ, netiquetteSite } from './site/netiquette-site';
import { launchWithExtension, openPopupFor, seedSettings, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * Issue 2: the content script stops cleanly when the extension is reloaded or updated. Chromium injects no
 * new content script into open tabs then; the old one is orphaned and must take everything of its own out
 * of the page by itself, without a single error in it, and the popup asks for a reload of the tab.
 */
let server: FixtureServer;
let b: ExtensionBrowser;

/** What the extension has put into the page, read in the page's own world. */
const leftovers = (page: Page) =>
  page.evaluate(() => ({
    badges: document.querySelectorAll('moderato-badge').length,
    sheets: document.adoptedStyleSheets.length,
    highlight: (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('moderato-flag')?.size ?? 0,
  }));

beforeAll(async () => {
  server = await startFixtureServer(netiquetteSite());
  b = await launchWithExtension();
  await seedSettings(b, DEMO_SETTINGS);
}, 60_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('reloading the extension', () => {
  it('takes every badge, highlight and style out of an open tab, throws nothing into it, and a new visit is annotated once', async () => {
    const site = await b.context.newPage();
    const errors: string[] = [];
    site.on('pageerror', (e) => errors.push(e.message));
    await site.goto(server.url('www.facebook.com', NETIQUETTE_PATH));
    const flag = site.locator(`[data-commentid="${NQ.insult}"] > [role="article"] moderato-badge .flag`);
    await flag.first().waitFor({ timeout: 15_000 });
    const before = await leftovers(site);
    expect(before.badges).toBeGreaterThan(5);
    expect(before.highlight).toBeGreaterThan(0);
    expect(before.sheets).toBe(1);

    // The Reload button of chrome://extensions. Chromium keeps a reloaded unpacked extension only in
    // developer mode (else it is disabled as an unsupported developer extension), so that is switched on first.
    const manager = await b.context.newPage();
    await manager.goto('chrome://extensions');
    await manager.evaluate(async (id) => {
      type DeveloperPrivate = { updateProfileConfiguration(c: object): Promise<void>; reload(id: string, o: object): Promise<void> };
      const dev = (globalThis as unknown as { chrome: { developerPrivate: DeveloperPrivate } }).chrome.developerPrivate;
      await dev.updateProfileConfiguration({ inDeveloperMode: true });
      await dev.reload(id, { failQuietly: true });
    }, b.extensionId);
    await manager.close();
    // The orphaned script notices within its check interval (3 s) and cleans up.
    await expect.poll(() => leftovers(site), { timeout: 10_000 }).toEqual({ badges: 0, sheets: 0, highlight: 0 });
    // The page itself is untouched: every comment is still there.
    expect(await site.locator('[role="article"]').count()).toBeGreaterThan(5);

    // The popup says the tab shows nothing, and what helps. (It cannot tell the tab is on Facebook: the
    // address of a tab is hidden without the tabs permission, which Moderato does without.)
    let popup = await openPopupFor(b, site);
    await expect.poll(() => popup.locator('.health').getAttribute('data-health'), { timeout: 10_000 }).toBe('inactive');
    expect(await popup.locator('.health').textContent()).toContain('reload it (F5)');
    await popup.close();

    // The reloaded extension annotates the next visit: one badge per comment, one style sheet.
    await site.reload();
    await flag.first().waitFor({ timeout: 15_000 });
    await expect.poll(() => leftovers(site), { timeout: 10_000 }).toMatchObject({ badges: before.badges, sheets: 1 });
    popup = await openPopupFor(b, site);
    await expect.poll(() => popup.locator('.health').getAttribute('data-health'), { timeout: 10_000 }).toBe('ok');
    await popup.close();
    expect(errors).toEqual([]);
    await site.close();
  }, 60_000);
});
