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
 * WCAG contrast of texts against what they are drawn on, as the browser computed both: the element's own
 * fill if it has one (the overdue count, a chip), else the nearest painted background above `el` (white
 * when nothing is painted). The texts are looked up in `el`'s document, or in its shadow root.
 */
function contrastOf(el: Element, { selectors, inShadow }: { selectors: string[]; inShadow: boolean }): Record<string, number> {
  const lum = (c: string) => {
    const [r, g, b] = (c.match(/[\d.]+/g) ?? []).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const painted = (c: string) => c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent';
  let behind = 'rgb(255, 255, 255)';
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = getComputedStyle(e).backgroundColor;
    if (painted(c)) {
      behind = c;
      break;
    }
  }
  const scope: ParentNode = inShadow ? el.shadowRoot! : el.ownerDocument;
  const out: Record<string, number> = {};
  for (const sel of selectors) {
    const node = scope.querySelector(sel);
    if (!node) continue;
    const style = getComputedStyle(node);
    const fill = painted(style.backgroundColor) ? style.backgroundColor : behind;
    const [hi, lo] = [lum(style.color), lum(fill)].sort((x, y) => y - x);
    out[sel] = Math.round(((hi! + 0.05) / (lo! + 0.05)) * 10) / 10;
  }
  return out;
}

const contrasts = (page: Page, selectors: string[]) => page.locator('body').evaluate(contrastOf, { selectors, inShadow: false });

describe('appearance', () => {
  // Waiting states, quiet texts and the page buttons: all must stay readable (4.5:1) on light and dark screens.
  const POPUP = ['.wait.overdue', '.wait.on-time', '.meta', '.health', 'header button.stats', '.overdue-count', '.excerpt'];

  it.each(['light', 'dark'] as const)('popup texts keep a readable contrast in %s mode', async (scheme) => {
    const popup = await openIn(scheme, 'popup.html');
    await popup.locator('ol.checklist .wait.on-time').first().waitFor();
    await popup.locator('.health').filter({ hasText: /\S/ }).waitFor();
    const measured = await contrasts(popup, POPUP);
    expect(Object.keys(measured).sort()).toEqual([...POPUP].sort());
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
    const measured = await host.evaluate(contrastOf, { selectors: ['.actions button', '.moderato', '.badge'], inShadow: true });
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
