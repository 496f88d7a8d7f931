import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { POSTS, X_OWN_PAGE, XID } from '../fixtures/x/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { LAUNCH_PATH, renderedPosts, walkTimeline, X_VIEW_EXPECTED, xDriver, xSite } from './site/x-site';
import { launchWithExtension, openPopupFor, seedSettings, storedRows, toolbarBadgeText, type ExtensionBrowser } from './support/browser';
import type { FixtureHandler } from './support/fixture-server';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

const EPOCH = Date.now();

let server: FixtureServer;
let b: ExtensionBrowser;
let facebookTab: Page;
let xTab: Page;

/** One list for both sites: what waits, with how long it has waited (minutes as the fixtures say). */
const waitingFacebook = DEMO_EXPECTED.filter((c) => !c.byOwner && !c.answered).map((c) => ({ key: `facebook:${c.id}`, author: c.author, minutesAgo: c.minutesAgo }));
const waitingX = X_VIEW_EXPECTED.launch
  .filter((e) => !e.byOwner && e.answeredAfterMin === null)
  .map((e) => ({ key: `x:${e.id}`, author: Object.values(POSTS).find((p) => p.id === e.id)!.name, minutesAgo: e.minutesAgo }));
const waiting = [...waitingFacebook, ...waitingX].sort((a, c) => c.minutesAgo - a.minutesAgo);
const overdue = waiting.filter((w) => w.minutesAgo >= 60);

const openPopup = (front: Page): Promise<Page> => openPopupFor(b, front);

/** Waits for storage to hold `n` records (expect.poll only works inside a test). */
async function storedCount(n: number): Promise<void> {
  for (let i = 0; i < 150 && (await storedRows(b, 'comments')).length < n; i++) await new Promise((r) => setTimeout(r, 100));
  const have = (await storedRows(b, 'comments')).length;
  if (have !== n) throw new Error(`${have} records stored, expected ${n}`);
}

beforeAll(async () => {
  const facebook = facebookSite();
  const x = xSite({ now: EPOCH });
  const both: FixtureHandler = (req) => facebook(req) ?? x(req);
  server = await startFixtureServer(both);
  b = await launchWithExtension();
  await seedSettings(b, { ...DEMO_SETTINGS, pages: [...DEMO_SETTINGS.pages, { ...X_OWN_PAGE }] });

  facebookTab = await b.context.newPage();
  await facebookTab.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
  await storedCount(DEMO_EXPECTED.length);

  xTab = await b.context.newPage();
  await xTab.goto(server.url('x.com', LAUNCH_PATH));
  // The conversation is virtualised: scroll through it so every reply has been on screen once.
  const walk = await walkTimeline(xTab, X_VIEW_EXPECTED.launch, { epoch: EPOCH, step: 3, settle: true });
  if (walk.problems.length) throw new Error(`X badges not right: ${walk.problems.join('; ')}`);
  await storedCount(DEMO_EXPECTED.length + X_VIEW_EXPECTED.launch.length);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('one checklist for Facebook and X', () => {
  it('lists both sites’ unanswered posts in one list, longest waiting first, each with its site', async () => {
    // The two sites interleave: X's Tom (4 hr) sits between Facebook's James (1 day) and Mehmet (3 hr).
    expect(waiting.slice(0, 4).map((w) => w.key)).toEqual([`facebook:${DEMO_IDS.james}`, `x:${XID.tom}`, `x:${XID.tomSam}`, `facebook:${DEMO_IDS.mehmet}`]);
    const popup = await openPopup(xTab);
    const items = popup.locator('ol.checklist > li');
    await expect.poll(() => items.count()).toBe(waiting.length);
    expect(await items.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-key')))).toEqual(waiting.map((w) => w.key));
    expect(await popup.locator('ol.checklist .author').allTextContents()).toEqual(waiting.map((w) => w.author));
    const pages = await popup.locator('ol.checklist .page').allTextContents();
    waiting.forEach((w, i) => {
      expect(pages[i]).toBe(w.key.startsWith('x:') ? ' · X · sonnenschein_de' : ` · Facebook · ${DEMO_PAGE.name}`);
    });
    const tom = popup.locator(`li[data-key="x:${XID.tom}"]`);
    expect(await tom.locator('.excerpt').textContent()).toBe(POSTS.tom.text);
    expect(await tom.locator('.wait').getAttribute('class')).toBe('wait overdue');
    expect(await tom.locator('.wait').textContent()).toMatch(/^waiting (3 hr 59 min|4 hr)$/);
    // Answered on X (Anna, Lena, Julia) and the company's own posts are not in the list.
    for (const id of [XID.anna, XID.lena, XID.julia, XID.launch, XID.annaAnswer]) expect(await popup.locator(`li[data-key="x:${id}"]`).count()).toBe(0);
    // The health line speaks about the X tab.
    await expect.poll(() => popup.locator('.health').getAttribute('data-health')).toBe('ok');
    await popup.close();
  });

  it('counts the overdue posts of both sites on the toolbar and in the header', async () => {
    expect(overdue.filter((w) => w.key.startsWith('x:')).length).toBe(4);
    expect(overdue.filter((w) => w.key.startsWith('facebook:')).length).toBe(3);
    await expect.poll(() => toolbarBadgeText(b), { timeout: 10_000 }).toBe(String(overdue.length));
    const popup = await openPopup(facebookTab);
    await expect.poll(() => popup.locator('.overdue-count').textContent()).toBe(`${overdue.length} overdue`);
    await popup.close();
  });

  it('ticks an X post off in the same list: the toolbar count and the badge on X follow', async () => {
    const popup = await openPopup(xTab);
    const tom = popup.locator(`li[data-key="x:${XID.tom}"]`);
    await tom.locator('input.tick').click();
    await expect.poll(() => tom.count()).toBe(0);
    await expect.poll(() => toolbarBadgeText(b)).toBe(String(overdue.length - 1));
    const row = (await storedRows<{ id: string; handledAt: number | null; open: number }>(b, 'comments')).find((r) => r.id === XID.tom)!;
    expect(row.handledAt).not.toBeNull();
    expect(row.open).toBe(0);
    await popup.close();

    await xTab.bringToFront();
    await xDriver(xTab).scrollToRow(await xDriver(xTab).indexOf(XID.tom));
    await expect.poll(async () => (await renderedPosts(xTab)).find((p) => p.id === XID.tom)?.text, { timeout: 10_000 }).toBe('handled');
    // Facebook's list is untouched.
    const again = await openPopup(facebookTab);
    await expect.poll(() => again.locator('ol.checklist > li').count()).toBe(waiting.length - 1);
    expect(await again.locator(`li[data-key="facebook:${DEMO_IDS.james}"]`).count()).toBe(1);
    await again.close();
  });
});
