import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { XID } from '../fixtures/x/demo-company';
import { buildEditorBundles, withRealEditors } from './site/editors-site';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { KATHI_PATH, X_SETTINGS, xSite } from './site/x-site';
import { buildFirefoxAddon, FIREFOX, launchFirefoxWithAddon, type FirefoxWithExtension } from './support/firefox';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

/**
 * The Firefox build in Firefox itself (Debian's ESR): the add-on installs, its background stores, its
 * content scripts annotate and insert replies, its popup lists. The Chromium suites test each feature in
 * depth; this one catches what only Firefox does differently (its event page instead of a service worker,
 * content scripts behind Xray wrappers, its own editor input events).
 * CI installs Firefox and sets MODERATO_REQUIRE_FIREFOX; elsewhere the suite is skipped when it is missing.
 */
const REQUIRED = process.env.MODERATO_REQUIRE_FIREFOX === '1';
if (!FIREFOX && REQUIRED) throw new Error('MODERATO_REQUIRE_FIREFOX is set but no Firefox was found (install firefox-esr or set FIREFOX_PATH)');
if (!FIREFOX) console.warn('No Firefox found (firefox-esr or FIREFOX_PATH): the Firefox suite is skipped.');

const AGENT = DEMO_PAGE.agent;
const FB_PATH = `/${DEMO_PAGE.vanity}`;

let server: FixtureServer;
let ff: FirefoxWithExtension;
let addon: { dir: string; remove(): void };
let site: Page;

/** The text of the badge under one Facebook comment ('' on the company's own, whose chip is hidden). */
const fbBadge = (page: Page, id: string) =>
  page.evaluate((commentId) => {
    const host = document.querySelector(`[data-commentid="${commentId}"] > [role="article"] moderato-badge`);
    if (!host) return null;
    const chip = host.shadowRoot?.querySelector('.badge');
    return chip && !chip.closest('[hidden]') ? chip.textContent : '';
  }, id);

async function poll<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await read();
    if (done(v) || Date.now() > deadline) return v;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * An element in a badge's shadow root, once it is there. Polled: Puppeteer's waitForSelector watches the
 * document for mutations and misses those inside a shadow root (the suggestion chips arrive there).
 */
async function inBadge(page: Page, host: string, inner: string): Promise<ElementHandle<Element>> {
  const found = await poll(
    () => page.evaluate((h, i) => !!document.querySelector(h)?.shadowRoot?.querySelector(i), host, inner),
    (present) => present,
  );
  const handle = found ? await page.$(`${host} >>> ${inner}`) : null;
  if (!handle) throw new Error(`${inner} did not appear in ${host}`);
  return handle;
}

describe.skipIf(!FIREFOX)('the Firefox add-on in Firefox', () => {
  beforeAll(async () => {
    addon = buildFirefoxAddon();
    const facebook = facebookSite();
    const x = xSite();
    server = await startFixtureServer(withRealEditors((req) => facebook(req) ?? x(req), await buildEditorBundles()));
    ff = await launchFirefoxWithAddon(addon.dir);
    await ff.putRow('settings', { id: 'settings', value: { ...DEMO_SETTINGS, pages: [...DEMO_SETTINGS.pages, ...X_SETTINGS.pages] } });
    site = await ff.browser.newPage();
    await site.goto(server.url('www.facebook.com', `${FB_PATH}?editors=lexical`));
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await server?.close();
    addon?.remove();
  });

  it('shows the waiting time under every customer comment on the company\'s Facebook page, nothing under its own', async () => {
    await site.waitForFunction((n) => document.querySelectorAll('moderato-badge').length >= n, { timeout: 20_000 }, DEMO_EXPECTED.length);
    for (const c of DEMO_EXPECTED) {
      const text = await fbBadge(site, c.id);
      if (c.byOwner) expect(text, c.id).toBe('');
      else if (c.answered) expect(text, c.id).toMatch(/^answered/);
      else expect(text, c.id).toMatch(/^waiting /);
    }
    expect(await fbBadge(site, DEMO_IDS.tom)).toBe('waiting 5 min');
    expect(await fbBadge(site, DEMO_IDS.mehmet)).toBe('waiting 3 hr');
  });

  it('stores what it saw: the popup lists the unanswered comments, longest waiting first, under a health line for the tab', async () => {
    const open = DEMO_EXPECTED.filter((c) => !c.byOwner && !c.answered);
    const stored = await poll(() => ff.storedRows<{ id: string }>('comments'), (rows) => rows.length === DEMO_EXPECTED.length);
    expect(stored.map((r) => r.id).sort()).toEqual(DEMO_EXPECTED.map((c) => c.id).sort());
    await site.bringToFront();
    const popup = await ff.openExtensionPage('popup.html');
    const authors = await poll(() => popup.$$eval('ol.checklist .author', (els) => els.map((e) => e.textContent)), (a) => a.length === open.length);
    expect(authors).toEqual([...open].sort((a, c) => c.minutesAgo - a.minutesAgo).map((c) => c.author));
    const health = await poll(() => popup.$eval('p.health', (p) => p.textContent ?? ''), (t) => t.length > 0);
    expect(health).toBe(`Facebook · ${DEMO_PAGE.name}: ${DEMO_EXPECTED.length} comments recognised`);
    await popup.close();
  });

  it('puts a suggested reply, personalised, into the comment\'s own reply box (real Lexical editor)', async () => {
    await site.bringToFront();
    const badge = `[data-commentid="${DEMO_IDS.tom}"] > [role="article"] moderato-badge`;
    await (await inBadge(site, badge, 'button.suggest-toggle')).click();
    const chip = await inBadge(site, badge, '.suggestions button.chip');
    const filled = await chip.evaluate((el) => el.getAttribute('title'));
    expect(filled).toContain('Tom');
    expect(filled).toContain(AGENT);
    await chip.click();
    const text = await poll(() => site.evaluate((id) => window.__lexicalText?.(id) ?? null, DEMO_IDS.tom), (t) => t === filled);
    expect(text).toBe(filled);
  });

  it('annotates the company\'s X conversation too, and inserts into X\'s own reply box (real Draft.js editor)', async () => {
    const tab = await ff.browser.newPage();
    await tab.goto(server.url('x.com', `${KATHI_PATH}?editors=draft`));
    const badge = `article[data-testid="tweet"]:has(a[href="/kathi_m/status/${XID.kathi}"]) moderato-badge`;
    const chipText = await poll(
      () => tab.evaluate((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.badge')?.textContent ?? null, badge),
      (t) => t !== null,
    );
    expect(chipText).toMatch(/^(waiting|answered after) /);
    await tab.waitForSelector('[data-real="draft"] [data-testid="tweetTextarea_0"]', { timeout: 10_000 });
    await (await inBadge(tab, badge, 'button.suggest-toggle')).click();
    const chip = await inBadge(tab, badge, '.suggestions button.chip');
    const filled = await chip.evaluate((el) => el.getAttribute('title'));
    expect(filled).toContain('Kathi');
    await chip.click();
    const text = await poll(() => tab.evaluate(() => window.__draft?.() ?? null), (t) => t === filled);
    expect(text).toBe(filled);
    await tab.close();
  });
});
