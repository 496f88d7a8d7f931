import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { extensionUrl, launchWithExtension, seedSettings, storedRows, toolbarBadgeText, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;

const closedWeek = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };

beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('business-hours targets', () => {
  it('stop the clock while the team is closed: the badge keeps the plain age, the colour and the toolbar count follow open time', async () => {
    // Closed all week (say, company holidays): no waiting time counts against the target.
    await seedSettings(b, { ...DEMO_SETTINGS, businessHoursSites: ['facebook'], schedule: { timeZone: 'Europe/Berlin', weekly: closedWeek, holidays: [] } });
    const site = await b.context.newPage();
    await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
    const badge = (id: string) => site.evaluate((commentId) => {
      const el = document.querySelector(`[data-commentid="${commentId}"] > [role="article"] moderato-badge`)?.shadowRoot?.querySelector('.badge');
      return el ? { text: el.textContent, cls: el.className } : null;
    }, id);
    await expect.poll(() => badge(DEMO_IDS.mehmet)).toEqual({ text: 'waiting 3 hr', cls: 'badge on-time' });
    await expect.poll(() => toolbarBadgeText(b), { timeout: 10_000 }).toBe('');

    // Every minute counts again when the team switches business hours off.
    const options = await b.context.newPage();
    await options.goto(extensionUrl(b, 'options.html'));
    await options.locator('input[name="business-facebook"]').uncheck();
    await options.locator('.settings-form > button.save').click();
    await expect.poll(() => options.locator('.settings-form > .status').textContent()).toBe('Saved.');
    await expect.poll(() => badge(DEMO_IDS.mehmet), { timeout: 10_000 }).toEqual({ text: 'waiting 3 hr', cls: 'badge overdue' });
    const overdue = DEMO_EXPECTED.filter((c) => !c.byOwner && !c.answered && c.minutesAgo >= 60).length;
    await expect.poll(() => toolbarBadgeText(b), { timeout: 10_000 }).toBe(String(overdue));
    const stored = (await storedRows<{ value: { businessHoursSites: string[] } }>(b, 'settings')).find((r) => (r as unknown as { id: string }).id === 'settings')!;
    expect(stored.value.businessHoursSites).toEqual([]);
  });

  it('edits the week, holidays and time zone on the options page', async () => {
    const options = await b.context.newPage();
    await options.goto(extensionUrl(b, 'options.html'));
    await options.locator('input[name="open-mon"]').check();
    await options.locator('input[name="start-mon"]').fill('08:30');
    await options.locator('textarea[name="holidays"]').fill('2026-12-24\n2026-12-31');
    await options.locator('input[name="time-zone"]').fill('Europe/Vienna');
    await options.locator('.settings-form > button.save').click();
    await expect.poll(() => options.locator('.settings-form > .status').textContent()).toBe('Saved.');
    const stored = (await storedRows<{ id: string; value: { schedule: { timeZone: string; holidays: string[]; weekly: { mon: Array<{ start: string; end: string }> } } } }>(b, 'settings')).find((r) => r.id === 'settings')!;
    expect(stored.value.schedule).toMatchObject({ timeZone: 'Europe/Vienna', holidays: ['2026-12-24', '2026-12-31'], weekly: { mon: [{ start: '08:30', end: '17:00' }] } });

    // A wrong time zone is refused with a message and not stored.
    await options.locator('input[name="time-zone"]').fill('Mars/Olympus');
    await options.locator('.settings-form > button.save').click();
    await expect.poll(() => options.locator('.settings-form > .status').textContent()).toContain('Please check: Time zone');
    const again = (await storedRows<{ id: string; value: { schedule: { timeZone: string } } }>(b, 'settings')).find((r) => r.id === 'settings')!;
    expect(again.value.schedule.timeZone).toBe('Europe/Vienna');
  });
});
