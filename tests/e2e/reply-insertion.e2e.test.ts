import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { XID } from '../fixtures/x/demo-company';
import { buildEditorBundles, withRealEditors } from './site/editors-site';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { KATHI_PATH, X_SETTINGS, xSite } from './site/x-site';
import { launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;
let site: Page;
const AGENT = `${DEMO_PAGE.agent} 🥐`;

const badge = (page: Page, id: string) => page.locator(`[data-commentid="${id}"] > [role="article"] moderato-badge`);
const chips = (page: Page, id: string) => badge(page, id).locator('.suggestions button.chip');
/** The Lexical editor's own state for one comment's reply box (not its DOM). */
const lexicalText = (page: Page, id: string) => page.evaluate((c) => window.__lexicalText?.(c) ?? null, id);
const hint = (page: Page, id: string) => page.locator(`[data-commentid="${id}"] moderato-badge[data-moderato="placeholder-hint"]`);

interface TopicRow { templates: { id: string; useCount: number }[] }
const useCount = async (templateId: string) =>
  (await storedRows<TopicRow>(b, 'guideTopics')).flatMap((t) => t.templates).find((t) => t.id === templateId)?.useCount ?? 0;

beforeAll(async () => {
  const facebook = facebookSite();
  const x = xSite();
  server = await startFixtureServer(withRealEditors((req) => facebook(req) ?? x(req), await buildEditorBundles()));
  b = await launchWithExtension();
  // An emoji in the agent's name reaches every template that signs with {{agent}}.
  await seedSettings(b, { ...DEMO_SETTINGS, agentName: AGENT, pages: [...DEMO_SETTINGS.pages, ...X_SETTINGS.pages] });
  site = await b.context.newPage();
  await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}?editors=lexical`));
  await badge(site, DEMO_IDS.tom).locator('.badge').waitFor();
}, 60_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('suggested replies on Facebook (real Lexical editor)', () => {
  it('offers three templates for Tom\'s delivery question, in English, only once asked', async () => {
    expect(await chips(site, DEMO_IDS.tom).count()).toBe(0);
    await badge(site, DEMO_IDS.tom).locator('button.suggest-toggle').click();
    await expect.poll(() => chips(site, DEMO_IDS.tom).count(), { timeout: 10_000 }).toBe(3);
    const langs = await chips(site, DEMO_IDS.tom).evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(langs).toEqual(['en', 'en', 'en']);
    const first = await chips(site, DEMO_IDS.tom).first().getAttribute('data-template');
    expect(first).toMatch(/deliver|shipping|order/i);
  });

  it('inserts the filled template into Tom\'s own reply box exactly, counts the use, warns while canned and lists the gaps until filled', async () => {
    const chip = chips(site, DEMO_IDS.tom).first();
    const filled = (await chip.getAttribute('title'))!;
    const templateId = (await chip.getAttribute('data-template'))!;
    const before = await useCount(templateId);
    expect(filled).toContain('Tom');
    expect(filled).toContain(DEMO_PAGE.agent);
    await chip.click();
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe(filled);
    // Only Tom's box: the post's own comment box stays empty.
    expect(await site.locator(`[data-fixture-reply-box]`).count()).toBe(1);
    await expect.poll(() => useCount(templateId)).toBe(before + 1);

    // Canned until the agent adds something of their own; the gaps are listed next to the box.
    await expect.poll(() => badge(site, DEMO_IDS.tom).locator('.canned').textContent()).toBe('Canned reply – make it personal');
    expect(filled).toContain(AGENT);
    const gaps = filled.match(/\[\[[^\]]+\]\]/g) ?? [];
    expect(gaps.length).toBeGreaterThan(0);
    await expect.poll(() => hint(site, DEMO_IDS.tom).locator('li').allTextContents()).toEqual([...new Set(gaps)]);

    // Filling one gap (selected in the editor, typed over) takes it off the list; the others stay.
    await site.evaluate((gap) => {
      const box = document.querySelector('[data-fixture-reply-box] [role="textbox"]')!;
      const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(gap);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + gap.length);
        getSelection()!.removeAllRanges();
        getSelection()!.addRange(range);
        return;
      }
    }, gaps[0]!);
    await site.keyboard.type('4711');
    await expect.poll(() => hint(site, DEMO_IDS.tom).locator('li').allTextContents()).toEqual([...new Set(gaps)].filter((g) => g !== gaps[0]));
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe(filled.replace(gaps[0]!, '4711'));
    // Filling a gap is personal: no more canned warning.
    await expect.poll(() => badge(site, DEMO_IDS.tom).locator('.canned').count()).toBe(0);

    // Undo steps back through the typing and then the insertion: the box ends empty.
    for (let i = 0; i < 10 && (await lexicalText(site, DEMO_IDS.tom)) !== ''; i++) await site.keyboard.press('Control+z');
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe('');
  });

  it('one undo removes a fresh insertion', async () => {
    const chip = chips(site, DEMO_IDS.tom).first();
    const filled = (await chip.getAttribute('title'))!;
    await chip.click();
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe(filled);
    await site.keyboard.press('Control+z');
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe('');
  });

  it('a second chip takes the place of the first one\'s untouched text; typing goes on after it', async () => {
    const [first, second] = [chips(site, DEMO_IDS.tom).nth(0), chips(site, DEMO_IDS.tom).nth(1)];
    const [a, b2] = [(await first.getAttribute('title'))!, (await second.getAttribute('title'))!];
    expect(a).not.toBe(b2);
    await first.click();
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe(a);
    await second.click();
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe(b2);
    await site.keyboard.type(' :)');
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe(`${b2} :)`);
    for (let i = 0; i < 10 && (await lexicalText(site, DEMO_IDS.tom)) !== ''; i++) await site.keyboard.press('Control+z');
    await expect.poll(() => lexicalText(site, DEMO_IDS.tom)).toBe('');
  });

  it('a German comment gets German templates; umlauts, line breaks and emoji reach the editor state; typing something personal ends the warning and filling the gaps ends the hint', async () => {
    const lena = DEMO_IDS.lena;
    await badge(site, lena).locator('button.suggest-toggle').click();
    await expect.poll(() => chips(site, lena).count(), { timeout: 10_000 }).toBeGreaterThan(0);
    const langs = await chips(site, lena).evaluateAll((els) => els.map((e) => e.getAttribute('lang')));
    expect(new Set(langs)).toEqual(new Set(['de']));
    const chip = chips(site, lena).first();
    const filled = (await chip.getAttribute('title'))!;
    expect(filled).toContain('\n');
    expect(filled).toMatch(/[äöüß]/);
    expect(filled).toContain(AGENT);
    await chip.click();
    await expect.poll(() => lexicalText(site, lena)).toBe(filled);
    await expect.poll(() => badge(site, lena).locator('.canned').count()).toBe(1);

    // The agent replaces everything with their own words, emoji included: no warning, no gaps.
    const box = site.locator(`[data-fixture-reply-box="${lena}"] [role="textbox"]`);
    await box.click();
    await site.keyboard.press('Control+a');
    await site.keyboard.type('Hallo Lena, samstags ab 7 Uhr – bis dann! 😊');
    await expect.poll(() => lexicalText(site, lena)).toBe('Hallo Lena, samstags ab 7 Uhr – bis dann! 😊');
    await expect.poll(() => badge(site, lena).locator('.canned').count()).toBe(0);
    await expect.poll(() => hint(site, lena).count()).toBe(0);
  });

  it('Alt+Shift+R opens the suggestions of the comment in focus', async () => {
    const id = DEMO_IDS.mehmet;
    expect(await chips(site, id).count()).toBe(0);
    await site.locator(`[data-commentid="${id}"] > [role="article"]`).focus();
    await site.keyboard.press('Alt+Shift+R');
    await expect.poll(() => chips(site, id).count(), { timeout: 10_000 }).toBe(3);
  });
});

describe('suggested replies on X (real Draft.js editor)', () => {
  let tab: Page;
  const kathi = () => tab.locator(`article[data-testid="tweet"]:has(a[href="/kathi_m/status/${XID.kathi}"]) moderato-badge`).first();
  const draftText = () => tab.evaluate(() => window.__draft?.() ?? null);

  beforeAll(async () => {
    tab = await b.context.newPage();
    await tab.goto(server.url('x.com', `${KATHI_PATH}?editors=draft`));
    await kathi().locator('.badge').waitFor();
    await tab.locator('[data-real="draft"] [data-testid="tweetTextarea_0"]').waitFor();
  });

  it('inserts a German template for Kathi\'s question into the Draft.js reply box, exactly (emoji included); one undo removes it', async () => {
    await kathi().locator('button.suggest-toggle').click();
    const list = kathi().locator('.suggestions button.chip');
    // Up to three: the guide offers fewer when only one topic fits.
    await expect.poll(() => list.count(), { timeout: 10_000 }).toBeGreaterThanOrEqual(2);
    expect(await list.count()).toBeLessThanOrEqual(3);
    expect(await list.first().getAttribute('data-template')).toMatch(/hour|open|oeffn|zeit/i);
    expect(new Set(await list.evaluateAll((els) => els.map((e) => e.getAttribute('lang'))))).toEqual(new Set(['de']));
    const filled = (await list.first().getAttribute('title'))!;
    expect(filled).toContain('Kathi');
    expect(filled).toContain(AGENT);
    await list.first().click();
    await expect.poll(draftText).toBe(filled);
    await expect.poll(() => kathi().locator('.canned').textContent()).toBe('Canned reply – make it personal');
    await tab.keyboard.press('Control+z');
    await expect.poll(draftText).toBe('');
  });

  it('a second chip takes the place of the first one\'s untouched text in the Draft.js box', async () => {
    const list = kathi().locator('.suggestions button.chip');
    const [a, b2] = [(await list.nth(0).getAttribute('title'))!, (await list.nth(1).getAttribute('title'))!];
    await list.nth(0).click();
    await expect.poll(draftText).toBe(a);
    await list.nth(1).click();
    await expect.poll(draftText).toBe(b2);
    await tab.keyboard.type(' :)');
    await expect.poll(draftText).toBe(`${b2} :)`);
    for (let i = 0; i < 10 && (await draftText()) !== ''; i++) await tab.keyboard.press('Control+z');
    await expect.poll(draftText).toBe('');
  });

  it('Alt+Shift+R in the reply box opens the suggestions of the post it answers', async () => {
    await kathi().locator('button.suggest-toggle').click();
    expect(await kathi().locator('.suggestions').count()).toBe(0);
    await tab.locator('[data-testid="tweetTextarea_0"]').click();
    await tab.keyboard.press('Alt+Shift+R');
    await expect.poll(() => kathi().locator('.suggestions button.chip').count()).toBeGreaterThanOrEqual(2);
  });
});
