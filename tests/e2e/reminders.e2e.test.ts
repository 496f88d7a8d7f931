import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;

/** The notifications the extension has on screen, read in its service worker. */
const shown = (): Promise<string[]> =>
  b.worker.evaluate(() => new Promise<string[]>((resolve) => (globalThis as unknown as { chrome: { notifications: { getAll(cb: (n: Record<string, boolean>) => void): void } } }).chrome.notifications.getAll((all) => resolve(Object.keys(all)))));

/** Fires the extension's minute alarm now instead of waiting for it. */
const tickNow = (): Promise<void> =>
  b.worker.evaluate(() => { (globalThis as unknown as { chrome: { alarms: { create(n: string, i: object): void } } }).chrome.alarms.create('moderato-tick', { when: Date.now() + 50, periodInMinutes: 1 }); });

beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('reminders', () => {
  it('notify once, shortly before a comment misses the target, only when the team switched them on', async () => {
    // Target 50 min, reminders 15 min ahead: Lena (40 min) is due, Tom (5 min) is not, Mehmet (3 hr) is already late.
    await seedSettings(b, { ...DEMO_SETTINGS, targetMinutes: 50, remindersEnabled: false, reminderLeadMinutes: 15 });
    const site = await b.context.newPage();
    await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
    await expect.poll(async () => (await storedRows(b, 'comments')).length, { timeout: 10_000 }).toBeGreaterThan(10);

    await tickNow();
    await site.waitForTimeout(1500);
    expect(await shown()).toEqual([]);

    await seedSettings(b, { ...DEMO_SETTINGS, targetMinutes: 50, remindersEnabled: true, reminderLeadMinutes: 15 });
    await tickNow();
    await expect.poll(shown, { timeout: 10_000 }).toEqual([`moderato-reminder:facebook:${DEMO_IDS.lena}`]);

    // Once only: the next tick adds nothing.
    await b.worker.evaluate(() => new Promise<void>((resolve) => (globalThis as unknown as { chrome: { notifications: { clear(id: string, cb: () => void): void } } }).chrome.notifications.clear(`moderato-reminder:facebook:${'1610000000000301'}`, () => resolve())));
    await tickNow();
    await site.waitForTimeout(1500);
    expect(await shown()).toEqual([]);
  });
});
