import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { facebookSite } from './site/facebook-site';
import { badgeTexts, extensionUrl, launchWithExtension, openExtensionPage, openPopupFor, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
});
afterAll(async () => {
  await server?.close();
});

describe('settings flow (English browser)', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension();
  });
  afterAll(async () => {
    await b?.close();
  });

  it('annotates nothing until the company’s page is named, then annotates it without a reload', async () => {
    const site = await b.context.newPage();
    await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
    await site.waitForTimeout(1500);
    expect(await site.locator('moderato-badge').count()).toBe(0);
    expect(await storedRows(b, 'comments')).toEqual([]);

    const popup = await openExtensionPage(b, 'popup.html');
    await expect.poll(() => popup.locator('.setup').textContent()).toContain('Name your company');
    await popup.close();

    const options = await b.context.newPage();
    await options.goto(extensionUrl(b, 'options.html'));
    // Defaults: a 60-minute target.
    await expect.poll(() => options.locator('input[name="target-minutes"]').inputValue()).toBe('60');
    await options.locator('button.add-page').click();
    // An empty address is refused with a message naming the field, and nothing is stored.
    await options.locator('input[name="page-name"]').fill(DEMO_PAGE.name);
    await options.locator('.settings-form > button.save').click();
    await expect.poll(() => options.locator('.settings-form > .status').getAttribute('class')).toBe('status error');
    expect(await options.locator('.settings-form > .status').textContent()).toContain('Page 1 › Address: required');
    expect((await storedRows<{ id: string; value: { pages: unknown[] } }>(b, 'settings')).find((r) => r.id === 'settings')?.value.pages ?? []).toEqual([]);

    await options.locator('input[name="page-url"]').fill(DEMO_PAGE.url);
    await options.locator('input[name="agent-name"]').fill('Mara');
    await options.locator('input[name="target-minutes"]').fill('30');
    await options.locator('.settings-form > button.save').click();
    await expect.poll(() => options.locator('.settings-form > .status').textContent()).toBe('Saved.');
    const stored = (await storedRows<{ id: string; value: { pages: Array<{ name: string; url: string }>; agentName: string; targetMinutes: number } }>(b, 'settings')).find((r) => r.id === 'settings')!.value;
    expect(stored.pages).toEqual([{ site: 'facebook', name: DEMO_PAGE.name, url: DEMO_PAGE.url, pageId: '' }]);
    expect(stored.agentName).toBe('Mara');
    expect(stored.targetMinutes).toBe(30);

    // The open tab learns of the change at once.
    await expect.poll(async () => (await badgeTexts(site)).length, { timeout: 10_000 }).toBe(DEMO_EXPECTED.filter((c) => !c.byOwner).length);
    // Against the 30-minute target, 40 minutes is overdue.
    const lena = await site.evaluate((id) => {
      const host = document.querySelector(`[data-commentid="${id}"] > [role="article"] moderato-badge`);
      return host?.shadowRoot?.querySelector('.badge')?.className ?? null;
    }, DEMO_IDS.lena);
    expect(lena).toBe('badge overdue');

    // Facebook gets a target of its own, X keeps the team's: 40 minutes are within 45.
    await options.locator('input[name="target-minutes-facebook"]').fill('45');
    expect(await options.locator('input[name="target-minutes-x"]').getAttribute('placeholder')).toBe('30');
    await options.locator('.settings-form > button.save').click();
    await expect.poll(() => options.locator('.settings-form > .status').textContent()).toBe('Saved.');
    const perSite = (await storedRows<{ id: string; value: { siteTargetMinutes: unknown } }>(b, 'settings')).find((r) => r.id === 'settings')!.value;
    expect(perSite.siteTargetMinutes).toEqual({ facebook: 45, x: null });
    const lenaBadge = () => site.evaluate((id) => {
      const chip = document.querySelector(`[data-commentid="${id}"] > [role="article"] moderato-badge`)?.shadowRoot?.querySelector('.badge');
      return chip ? { cls: chip.className, title: chip.getAttribute('title') } : null;
    }, DEMO_IDS.lena);
    await expect.poll(lenaBadge, { timeout: 10_000 }).toEqual({ cls: 'badge due-soon', title: 'due soon · Target: answer within 45 min' });
    await options.close();
    await site.close();
  });
});

describe('German browser', () => {
  let b: ExtensionBrowser;
  beforeAll(async () => {
    b = await launchWithExtension({ uiLanguage: 'de' });
    await seedSettings(b, { pages: [{ site: 'facebook', name: DEMO_PAGE.name, url: DEMO_PAGE.url, pageId: '' }], targetMinutes: 60 });
  });
  afterAll(async () => {
    await b?.close();
  });

  it('speaks German on the badge, in the popup and in the options, and reads the German Facebook interface', async () => {
    const site = await b.context.newPage();
    await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}?ui=de`));
    const badge = (id: string) =>
      site.evaluate((commentId) => document.querySelector(`[data-commentid="${commentId}"] > [role="article"] moderato-badge`)?.shadowRoot?.querySelector('.badge')?.textContent ?? null, id);
    // Comments are read a slice of idle time at a time: each badge is waited for, not only the first.
    await expect.poll(() => badge(DEMO_IDS.tom)).toBe('wartet seit 5 Min.');
    await expect.poll(() => badge(DEMO_IDS.anna)).toBe('beantwortet nach 15 Min.');
    await expect.poll(() => badge(DEMO_IDS.mehmet)).toBe('wartet seit 3 Std.');

    const popup = await openPopupFor(b, site);
    await expect.poll(() => popup.locator('.health').textContent()).toContain(`${DEMO_EXPECTED.length} Kommentare erkannt`);
    expect(await popup.locator('html').getAttribute('lang')).toMatch(/^de/);
    await expect.poll(() => popup.locator('ol.checklist .wait').first().textContent()).toBe('wartet seit 1 Tg.');

    const options = await b.context.newPage();
    await options.goto(extensionUrl(b, 'options.html'));
    await options.locator('input[name="target-minutes"]').fill('0');
    await options.locator('.settings-form > button.save').click();
    // The form's own German reason with the field's whole range, not zod's developer text.
    await expect.poll(() => options.locator('.settings-form > .status').textContent()).toContain('Antwortzeit-Ziel in Minuten: eine ganze Zahl von 1 bis 20160');
  });
});
