import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { badgeTexts, extensionUrl, launchWithExtension, openPopupFor, seedSettings, storedRows, toolbarBadgeText, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;
let site: Page;

const open = DEMO_EXPECTED.filter((c) => !c.byOwner && !c.answered);
// Waiting time as Facebook shows it: minutes below an hour, then whole hours and days.
const overdue = open.filter((c) => c.minutesAgo >= 60);

const openPopup = (): Promise<Page> => openPopupFor(b, site);

beforeAll(async () => {
  server = await startFixtureServer(facebookSite({ unknownLayoutPath: '/baeckerei.sonnenschein/neues-layout' }));
  b = await launchWithExtension();
  await seedSettings(b, DEMO_SETTINGS);
  site = await b.context.newPage();
  await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
  for (let i = 0; i < 100 && (await storedRows(b, 'comments')).length < DEMO_EXPECTED.length; i++) await site.waitForTimeout(100);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('popup', () => {
  it('lists the unanswered comments across pages, longest waiting first, with author, page and waiting time', async () => {
    const popup = await openPopup();
    const items = popup.locator('ol.checklist > li');
    await expect.poll(() => items.count()).toBe(open.length);
    const authors = await popup.locator('ol.checklist .author').allTextContents();
    const expectedOrder = [...open].sort((a, c) => c.minutesAgo - a.minutesAgo).map((c) => c.author);
    expect(authors).toEqual(expectedOrder);
    const first = items.first();
    expect(await first.getAttribute('data-key')).toBe(`facebook:${DEMO_IDS.james}`);
    expect(await first.locator('.page').textContent()).toContain(DEMO_PAGE.name);
    expect(await first.locator('.excerpt').textContent()).toBe('Lovely shop, greetings from London!');
    expect(await first.locator('.wait').getAttribute('class')).toBe('wait overdue');
    expect(await first.locator('.wait').textContent()).toBe('waiting 1 day');
    const tom = popup.locator(`li[data-key="facebook:${DEMO_IDS.tom}"] .wait`);
    expect(await tom.getAttribute('class')).toBe('wait on-time');
    // Hostile text is shown as text.
    expect(await popup.locator(`li[data-key="facebook:${DEMO_IDS.hostile}"] .excerpt`).textContent()).toContain('<script>');
    expect(await popup.locator('ol.checklist script, ol.checklist img').count()).toBe(0);
    await popup.close();
  });

  it('paints the longest-waiting rows before the full app loads, and the full app adopts them', async () => {
    await site.bringToFront();
    const popup = await b.context.newPage();
    // Before any of the popup's code: keep the rows as they are first inserted, and the nodes themselves.
    await popup.addInitScript(() => {
      const w = window as unknown as { __first?: { paint: string | null; rows: { key: string | null; wait: string; text: string; excerpt: string }[]; nodes: Element[] } };
      const observer = new MutationObserver(() => {
        const items = [...document.querySelectorAll('ol.checklist > li')];
        if (items.length === 0) return;
        observer.disconnect();
        w.__first = {
          paint: document.querySelector('main')?.getAttribute('data-paint') ?? null,
          rows: items.map((li) => ({ key: li.getAttribute('data-key'), wait: li.querySelector('.wait')?.className ?? '', text: li.querySelector('.wait')?.textContent ?? '', excerpt: li.querySelector('.excerpt')?.textContent ?? '' })),
          nodes: items,
        };
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(extensionUrl(b, 'popup.html'));
    await popup.waitForFunction(() => (window as unknown as { __first?: unknown }).__first !== undefined);
    const first = await popup.evaluate(() => (window as unknown as { __first: { paint: string | null; rows: { key: string; wait: string; text: string; excerpt: string }[] } }).__first);
    // Drawn by the light first paint, longest waiting first, with the waiting state and hostile text as text.
    expect(first.paint).toBe('first');
    const expectedOrder = [...open].sort((a, c) => c.minutesAgo - a.minutesAgo);
    expect(first.rows.map((r) => r.key)).toEqual(expectedOrder.map((c) => `facebook:${c.id}`));
    expect(first.rows[0]).toMatchObject({ wait: 'wait overdue', text: 'waiting 1 day', excerpt: 'Lovely shop, greetings from London!' });
    expect(first.rows.find((r) => r.key === `facebook:${DEMO_IDS.tom}`)?.wait).toBe('wait on-time');
    expect(first.rows.find((r) => r.key === `facebook:${DEMO_IDS.hostile}`)?.excerpt).toContain('<script>');

    // The full app takes over the same nodes: no second copy, and its handlers work.
    await expect.poll(() => popup.locator('main').getAttribute('data-paint')).toBeNull();
    const adopted = await popup.evaluate(() => {
      const nodes = (window as unknown as { __first: { nodes: Element[] } }).__first.nodes;
      const now = [...document.querySelectorAll('ol.checklist > li')];
      return { same: nodes.every((n, i) => n.isConnected && now[i] === n), count: now.length, distinct: new Set(now.map((li) => li.getAttribute('data-key'))).size, lists: document.querySelectorAll('ol.checklist').length };
    });
    expect(adopted).toEqual({ same: true, count: open.length, distinct: open.length, lists: 1 });
    expect(await popup.locator('ol.checklist script, ol.checklist img').count()).toBe(0);
    await popup.locator('.tab-notes').click();
    await expect.poll(() => popup.locator('.tab-notes').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
  });

  it('keeps a click made while only the first paint is there, and gives it to the full app', async () => {
    await site.bringToFront();
    const popup = await b.context.newPage();
    // A moderator who clicks the notes tab as soon as the first rows show, before the full app has loaded.
    await popup.addInitScript(() => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector('main[data-paint="first"] ol.checklist > li')) return;
        observer.disconnect();
        document.querySelector<HTMLElement>('.tab-notes')?.click();
        (window as unknown as { __clickedEarly: boolean }).__clickedEarly = true;
      });
      observer.observe(document, { childList: true, subtree: true });
    });
    await popup.goto(extensionUrl(b, 'popup.html'));
    await popup.waitForFunction(() => (window as unknown as { __clickedEarly?: boolean }).__clickedEarly === true);
    await expect.poll(() => popup.locator('main').getAttribute('data-paint')).toBeNull();
    await expect.poll(() => popup.locator('.tab-notes').getAttribute('aria-pressed')).toBe('true');
    await popup.close();
  });

  it('counts the overdue ones on the toolbar and in the header', async () => {
    await expect.poll(() => toolbarBadgeText(b), { timeout: 10_000 }).toBe(String(overdue.length));
    const popup = await openPopup();
    await expect.poll(() => popup.locator('.overdue-count').textContent()).toBe(`${overdue.length} overdue`);
    await popup.close();
  });

  it('opens a comment at its permalink', async () => {
    const popup = await openPopup();
    // The stored permalink is Facebook's real address (port 443, unreachable here): check what was asked for.
    const requested = b.context.waitForEvent('request', (r) => r.url().includes('comment_id='));
    const opened = b.context.waitForEvent('page');
    await popup.locator(`li[data-key="facebook:${DEMO_IDS.tom}"] button.open`).click();
    const page = await opened;
    const url = new URL((await requested).url());
    expect(url.host).toBe('www.facebook.com');
    expect(url.pathname).toContain(`/${DEMO_PAGE.vanity}/posts/`);
    expect(url.searchParams.get('comment_id')).toBe(DEMO_IDS.tom);
    await page.close();
    await popup.close();
  });

  it('ticks a comment off as handled, with undo, and the toolbar count follows', async () => {
    const popup = await openPopup();
    const james = popup.locator(`li[data-key="facebook:${DEMO_IDS.james}"]`);
    await james.locator('input.tick').click();
    await expect.poll(() => james.count()).toBe(0);
    await expect.poll(() => popup.locator('.toast').textContent()).toContain('James Miller');
    const row = (await storedRows<{ id: string; handledAt: number | null; open: number }>(b, 'comments')).find((r) => r.id === DEMO_IDS.james)!;
    expect(row.handledAt).not.toBeNull();
    expect(row.open).toBe(0);
    await expect.poll(() => toolbarBadgeText(b)).toBe(String(overdue.length - 1));

    await popup.locator('.toast button.undo').click();
    await expect.poll(() => james.count()).toBe(1);
    await expect.poll(() => toolbarBadgeText(b)).toBe(String(overdue.length));

    await james.locator('input.tick').click();
    await expect.poll(() => james.count()).toBe(0);
    // The page's badge says handled too.
    await site.bringToFront();
    await expect.poll(async () => (await badgeTexts(site)).includes('handled'), { timeout: 5000 }).toBe(true);
    await popup.close();
  });

  it('tells in the health line how many comments the tab’s page shows', async () => {
    const popup = await openPopup();
    const health = popup.locator('.health');
    await expect.poll(() => health.getAttribute('data-health')).toBe('ok');
    expect(await health.textContent()).toContain(`${DEMO_EXPECTED.length} comments recognised`);
    await popup.close();
  });

  it('says "Layout not recognised" when the own page shows comment-like nodes it cannot read', async () => {
    await site.goto(server.url('www.facebook.com', '/baeckerei.sonnenschein/neues-layout'));
    await site.waitForTimeout(1000);
    expect(await site.locator('moderato-badge').count()).toBe(0);
    const popup = await openPopup();
    await expect.poll(() => popup.locator('.health').getAttribute('data-health')).toBe('layout-missing');
    expect(await popup.locator('.health').textContent()).toContain('Layout not recognised');
    await popup.close();
  });

  it('says when the tab is not one of the company’s pages', async () => {
    await site.goto(server.url('www.facebook.com', '/othershop'));
    const popup = await openPopup();
    await expect.poll(() => popup.locator('.health').getAttribute('data-health')).toBe('not-own');
    await popup.close();
  });
});
