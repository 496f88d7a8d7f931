import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { extensionUrl, launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
  b = await launchWithExtension();
  await seedSettings(b, DEMO_SETTINGS);
  const site = await b.context.newPage();
  await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
  for (let i = 0; i < 100 && (await storedRows(b, 'comments')).length < DEMO_EXPECTED.length; i++) await site.waitForTimeout(100);
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

async function openIn(scheme: 'light' | 'dark', path: string): Promise<Page> {
  const page = await b.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.goto(extensionUrl(b, path));
  return page;
}

/**
 * WCAG contrast of each element's text against the page background, both as the browser computed them.
 * Elements with text on a fill of their own (the overdue count) are measured against that fill.
 */
function contrasts(page: Page, selectors: string[]): Promise<Record<string, number>> {
  return page.evaluate((sels) => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgb(c).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const ratio = (a: string, b: string) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi! + 0.05) / (lo! + 0.05);
    };
    const page = getComputedStyle(document.body).backgroundColor;
    const out: Record<string, number> = {};
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (!el) continue;
      const style = getComputedStyle(el);
      const fill = style.backgroundColor === 'rgba(0, 0, 0, 0)' ? page : style.backgroundColor;
      out[sel] = Math.round(ratio(style.color, fill) * 10) / 10;
    }
    return out;
  }, selectors);
}

describe('appearance', () => {
  // Waiting states, quiet texts and the page buttons: all must stay readable (4.5:1) on light and dark screens.
  const POPUP = ['.wait.overdue', '.wait.on-time', '.meta', '.health', 'header button.stats', '.overdue-count', '.excerpt'];

  it.each(['light', 'dark'] as const)('popup texts keep a readable contrast in %s mode', async (scheme) => {
    const popup = await openIn(scheme, 'popup.html');
    await popup.locator('ol.checklist .wait.on-time').first().waitFor();
    await popup.locator('.health').filter({ hasText: /\S/ }).waitFor();
    const measured = await contrasts(popup, POPUP);
    expect(Object.keys(measured).sort()).toEqual([...POPUP].sort());
    const background = await popup.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).toBe(scheme === 'dark' ? 'rgb(18, 18, 18)' : 'rgb(255, 255, 255)');
    const poor = Object.entries(measured).filter(([, r]) => r < 4.5);
    expect(poor).toEqual([]);
    await popup.close();
  });

  it.each(['light', 'dark'] as const)('settings texts keep a readable contrast in %s mode', async (scheme) => {
    const options = await openIn(scheme, 'options.html');
    await options.locator('.hint').first().waitFor();
    const poor = Object.entries(await contrasts(options, ['.hint', 'label'])).filter(([, r]) => r < 4.5);
    expect(poor).toEqual([]);
    await options.close();
  });

  it.each([
    ['light', 'dark'],
    ['dark', 'light'],
  ] as const)("badges follow the site's %s theme, whatever the system's (%s)", async (site, system) => {
    const page = await b.context.newPage();
    await page.emulateMedia({ colorScheme: system });
    // As Facebook does it: a class on <html>, set by the page's own script before Moderato starts (document idle).
    if (site === 'dark') await page.addInitScript(() => document.addEventListener('DOMContentLoaded', () => document.documentElement.classList.add('__fb-dark-mode')));
    await page.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
    const host = page.locator(`[data-commentid="${DEMO_IDS.tom}"] > [role="article"] moderato-badge`);
    await host.locator('.badge').waitFor();
    expect(await host.evaluate((el) => el.hasAttribute('data-dark'))).toBe(site === 'dark');
    // The badge's links and quiet text sit on the post's own background.
    const measured = await host.evaluate((el) => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => (v / 255 <= 0.03928 ? v / 255 / 12.92 : ((v / 255 + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      let bg = 'rgb(255, 255, 255)';
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = getComputedStyle(e).backgroundColor;
        if (c !== 'rgba(0, 0, 0, 0)') { bg = c; break; }
      }
      const out: Record<string, number> = {};
      for (const sel of ['.actions button', '.moderato', '.badge']) {
        const node = el.shadowRoot!.querySelector(sel)!;
        const s = getComputedStyle(node);
        const fill = s.backgroundColor === 'rgba(0, 0, 0, 0)' ? bg : s.backgroundColor;
        const [hi, lo] = [lum(s.color), lum(fill)].sort((x, y) => y - x);
        out[sel] = Math.round(((hi! + 0.05) / (lo! + 0.05)) * 10) / 10;
      }
      return out;
    });
    expect(Object.entries(measured).filter(([, r]) => r < 4.5)).toEqual([]);
    await page.close();
  });

  it('a settings checkbox sits on the line of its text, not stretched above it', async () => {
    const options = await openIn('light', 'options.html');
    const label = options.locator('label.check').filter({ has: options.locator('input[name="reminders"]') });
    const box = (await label.locator('input').boundingBox())!;
    const whole = (await label.boundingBox())!;
    expect(box.width).toBeLessThan(30);
    // One line: the label is hardly taller than the box, and the box starts at its left edge.
    expect(whole.height).toBeLessThan(box.height * 2);
    expect(Math.abs(box.x - whole.x)).toBeLessThan(2);
    await options.close();
  });
});
