import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE, HOSTILE_TEXT, OTHER_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite, SCROLL_BATCHES, scrollPost } from './site/facebook-site';
import { badgeTexts, launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

interface StoredComment {
  key: string;
  id: string;
  parentId: string | null;
  author: { name: string; url: string | null };
  text: string;
  byOwner: boolean;
  answeredAt: number | null;
  firstSeenAt: number;
  postedAt: number | null;
  timeSource: string;
  open: 0 | 1;
  pageName: string;
}

let server: FixtureServer;
let b: ExtensionBrowser;
let tab: Page;

/** The badge text under the comment with this id (the badge follows the comment's action row). */
async function badgeOf(page: Page, id: string): Promise<{ text: string; cls: string } | null> {
  return page.evaluate((commentId) => {
    const wrapper = document.querySelector(`[data-commentid="${commentId}"]`);
    const article = wrapper?.querySelector(':scope > [role="article"]') ?? wrapper?.querySelector('[role="article"]');
    const host = article?.querySelector('moderato-badge') ?? null;
    const badge = host?.shadowRoot?.querySelector('.badge');
    return badge ? { text: badge.textContent ?? '', cls: badge.className } : null;
  }, id);
}

const waiting = DEMO_EXPECTED.filter((c) => !c.byOwner && !c.answered);

beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
  b = await launchWithExtension();
  await seedSettings(b, DEMO_SETTINGS);
  tab = await b.context.newPage();
  await tab.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('Facebook page of the company', () => {
  it('puts one badge on every comment and reply by someone else, none on the Page’s own', async () => {
    const others = DEMO_EXPECTED.filter((c) => !c.byOwner);
    await expect.poll(async () => (await badgeTexts(tab)).length).toBe(others.length);
    for (const c of DEMO_EXPECTED.filter((e) => e.byOwner)) expect(await badgeOf(tab, c.id)).toBeNull();
  });

  it('shows how long each unanswered comment has waited, coloured against the 60-minute target', async () => {
    expect(await badgeOf(tab, DEMO_IDS.tom)).toEqual({ text: 'waiting 5 min', cls: 'badge on-time' });
    // 50 of 60 minutes: past three quarters of the target.
    expect(await badgeOf(tab, DEMO_IDS.lena)).toEqual({ text: 'waiting 40 min', cls: 'badge on-time' });
    expect(await badgeOf(tab, DEMO_IDS.mehmet)).toEqual({ text: 'waiting 3 hr', cls: 'badge overdue' });
    // Facebook shows "1h" for 90 minutes: the estimate is as coarse as the page.
    expect(await badgeOf(tab, DEMO_IDS.paragraphs)).toEqual({ text: 'waiting 1 hr', cls: 'badge overdue' });
    expect(await badgeOf(tab, DEMO_IDS.james)).toEqual({ text: 'waiting 1 day', cls: 'badge overdue' });
  });

  it('says "answered after" once the Page’s reply is in the thread', async () => {
    expect(await badgeOf(tab, DEMO_IDS.anna)).toEqual({ text: 'answered after 15 min', cls: 'badge answered' });
    // Two days old: Facebook only says "2d" and "1d", so no duration is claimed.
    expect(await badgeOf(tab, DEMO_IDS.sophie)).toEqual({ text: 'answered', cls: 'badge answered' });
    // A user's reply before the Page's answer in the same thread is answered by it as well.
    expect((await badgeOf(tab, DEMO_IDS.klaraAnnaReply))?.text).toBe('answered after 15 min');
  });

  it('stores every comment once, with the Page’s answer time', async () => {
    await expect.poll(async () => (await storedRows(b, 'comments')).length).toBe(DEMO_EXPECTED.length);
    const rows = await storedRows<StoredComment>(b, 'comments');
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const c of DEMO_EXPECTED) {
      const row = byId.get(c.id)!;
      expect(row, c.id).toBeDefined();
      expect(row.author.name).toBe(c.author);
      expect(row.parentId).toBe(c.parentId);
      expect(row.byOwner).toBe(c.byOwner);
      expect(row.pageName).toBe(DEMO_PAGE.name);
      expect(row.open, c.author).toBe(!c.byOwner && !c.answered ? 1 : 0);
    }
    const anna = byId.get(DEMO_IDS.anna)!;
    expect(anna.answeredAt! - anna.postedAt!).toBeGreaterThanOrEqual(14 * 60_000);
    expect(anna.answeredAt! - anna.postedAt!).toBeLessThan(16 * 60_000);
    // Mehmet's comment carries data-utime: an exact time.
    expect(byId.get(DEMO_IDS.mehmet)!.timeSource).toBe('exact');
  });

  it('keeps hostile comment text as text: no element is created from it, nothing runs', async () => {
    const rows = await storedRows<StoredComment>(b, 'comments');
    expect(rows.find((r) => r.id === DEMO_IDS.hostile)!.text).toBe(HOSTILE_TEXT);
    const injected = await tab.evaluate(() => [...document.querySelectorAll('moderato-badge')].some((h) => h.shadowRoot?.querySelector('img, script')));
    expect(injected).toBe(false);
    expect((await badgeOf(tab, DEMO_IDS.hostile))?.text).toBe('waiting 15 min');
  });

  it('does not duplicate anything on reload, and keeps the first-seen time', async () => {
    const before = await storedRows<StoredComment>(b, 'comments');
    await tab.reload();
    await expect.poll(async () => (await badgeTexts(tab)).length).toBe(DEMO_EXPECTED.filter((c) => !c.byOwner).length);
    await tab.waitForTimeout(600);
    const after = await storedRows<StoredComment>(b, 'comments');
    expect(after.length).toBe(before.length);
    const firstSeen = new Map(before.map((r) => [r.key, r.firstSeenAt]));
    for (const r of after) expect(r.firstSeenAt).toBe(firstSeen.get(r.key));
  });

  it('follows infinite scroll: comments that arrive later get badges and are stored', async () => {
    for (let batch = 0; batch < SCROLL_BATCHES; batch++) {
      await tab.evaluate(() => (window as unknown as { __fixture: { more(): Promise<boolean> } }).__fixture.more());
    }
    const added = Array.from({ length: SCROLL_BATCHES }, (_, k) => scrollPost(k).comments).flat();
    for (const c of added) await expect.poll(() => badgeOf(tab, c.id)).not.toBeNull();
    expect((await badgeOf(tab, added[1]!.id))?.text).toBe('waiting 8 min');
    await expect.poll(async () => (await storedRows(b, 'comments')).length).toBe(DEMO_EXPECTED.length + added.length);

    // Far down the page the badge shows its time at once; its buttons are there by the time it scrolls in.
    const last = tab.locator(`[data-commentid="${added.at(-1)!.id}"] moderato-badge`);
    await last.scrollIntoViewIfNeeded();
    await expect.poll(() => last.locator('button.claim').count()).toBe(1);
  });

  it('follows single-page navigation: another page is left untouched, the own page annotated again', async () => {
    const go = (path: string) => tab.evaluate((p) => (window as unknown as { __fixture: { go(p: string, push: boolean): Promise<void> } }).__fixture.go(p, true), path);
    const stored = (await storedRows(b, 'comments')).length;
    await go(`/${OTHER_PAGE.vanity}`);
    await expect.poll(() => tab.locator('[role="article"]').count()).toBeGreaterThan(0);
    await tab.waitForTimeout(2500); // WXT notices location changes by polling once a second
    expect(await badgeTexts(tab)).toEqual([]);
    expect((await storedRows(b, 'comments')).length).toBe(stored);

    await go(`/${DEMO_PAGE.vanity}`);
    await expect.poll(async () => (await badgeTexts(tab)).length, { timeout: 10_000 }).toBe(DEMO_EXPECTED.filter((c) => !c.byOwner).length);
  });

  it('scans only the permalink dialog when a post opens in it', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('www.facebook.com', `/permalink.php?story_fbid=${DEMO_IDS.anna}&id=${DEMO_PAGE.pageId}`));
    await expect.poll(() => badgeOf(page, DEMO_IDS.tom)).not.toBeNull();
    await page.waitForTimeout(500);
    // The course post behind the dialog is not scanned.
    expect(await badgeOf(page, DEMO_IDS.james)).toBeNull();
    await page.close();
  });

  it('leaves a page that is not the company’s untouched', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('www.facebook.com', `/${OTHER_PAGE.vanity}`));
    await page.waitForTimeout(1500);
    expect(await page.locator('moderato-badge').count()).toBe(0);
    await page.close();
  });

  it('updates the waiting time every minute without re-reading the page', async () => {
    const page = await b.context.newPage();
    await page.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}/posts/${'810000000000002'}`));
    await expect.poll(() => badgeOf(page, DEMO_IDS.klaraAnnaReply)).not.toBeNull();
    // The course post alone: Klara's thread is answered; James waits a day. Add a fresh comment through the page.
    await page.evaluate(() => (window as unknown as { __fixture: { more(): Promise<boolean> } }).__fixture.more());
    const fresh = scrollPost(0).comments[1]!;
    await expect.poll(() => badgeOf(page, fresh.id)).not.toBeNull();
    expect((await badgeOf(page, fresh.id))!.text).toBe('waiting 8 min');
    await expect.poll(async () => (await badgeOf(page, fresh.id))!.text, { timeout: 75_000, interval: 2000 }).toBe('waiting 9 min');
    await page.close();
  });
});
