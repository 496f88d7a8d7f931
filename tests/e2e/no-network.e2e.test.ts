import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_EXPECTED, DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { X_OWN_PAGE } from '../fixtures/x/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { LAUNCH_PATH, xSite } from './site/x-site';
import { extensionUrl, launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureHandler, type FixtureServer } from './support/fixture-server';

/**
 * "No network request at all", checked where nothing escapes: Chromium's own network log records every
 * request the browser makes, the service worker's and the extension pages' included, with its initiator.
 * Chromium's own background requests (component updates, account checks) have no initiator origin.
 */
interface Started { url: string; initiator: string }

function startedRequests(file: string): Started[] {
  let text = readFileSync(file, 'utf8').trimEnd();
  // A log cut short by the browser's exit lacks its closing brackets.
  if (!text.endsWith('}')) text = `${text.replace(/,$/, '')}]}`;
  const log = JSON.parse(text) as { constants: { logEventTypes: Record<string, number> }; events: { type: number; params?: { url?: string; initiator?: string } }[] };
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url)
    .map((e) => ({ url: e.params!.url!, initiator: e.params!.initiator ?? 'not an origin' }));
}

let server: FixtureServer;
let b: ExtensionBrowser;
let dir: string;
afterAll(async () => {
  await b?.close();
  await server?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('network', () => {
  it('the extension requests nothing: every request a page or the extension started went to the local test pages', async () => {
    dir = mkdtempSync(join(tmpdir(), 'moderato-netlog-'));
    const facebook = facebookSite();
    const x = xSite({ now: Date.now() });
    const both: FixtureHandler = (req) => facebook(req) ?? x(req);
    server = await startFixtureServer(both);
    b = await launchWithExtension({ args: [`--log-net-log=${join(dir, 'net.json')}`] });
    await seedSettings(b, { ...DEMO_SETTINGS, pages: [...DEMO_SETTINGS.pages, { ...X_OWN_PAGE }] });

    // A moderator's round: both sites annotated and stored, a badge's suggestions opened and a claim made,
    // then popup, settings and statistics.
    const site = await b.context.newPage();
    // What the site's own scripts could hear of Moderato: WXT's context posted the extension id to every page.
    await site.addInitScript(() => {
      const heard: unknown[] = [];
      (window as unknown as { __heard: unknown[] }).__heard = heard;
      window.addEventListener('message', (e) => heard.push(e.data));
    });
    await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
    await expect.poll(async () => (await storedRows(b, 'comments')).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(DEMO_EXPECTED.length);
    expect(await site.evaluate(() => JSON.stringify((window as unknown as { __heard: unknown[] }).__heard))).toBe('[]');
    const badge = site.locator(`[data-commentid="${DEMO_IDS.tom}"] > [role="article"] moderato-badge`);
    await badge.locator('button.suggest-toggle').click();
    await badge.locator('.suggestions button.chip').first().waitFor();
    await badge.locator('button.claim').click();
    const xTab = await b.context.newPage();
    await xTab.goto(server.url('x.com', LAUNCH_PATH));
    await xTab.locator('moderato-badge').first().waitFor({ state: 'attached', timeout: 15_000 });
    for (const page of ['popup.html', 'options.html', 'stats.html']) {
      const p = await b.context.newPage();
      await p.goto(extensionUrl(b, page));
      await p.waitForLoadState('load');
      await p.waitForTimeout(1000);
    }
    await b.close();

    const requests = startedRequests(join(dir, 'net.json'));
    const local = new URL(server.url('www.facebook.com', '/')).port;
    const fromPagesOrExtension = requests.filter((r) => r.initiator !== 'not an origin');
    // The log holds what the pages fetched (their styles and scripts): proof that initiators were read.
    expect(fromPagesOrExtension.some((r) => r.url.endsWith('/__fixture/site.css'))).toBe(true);
    expect(fromPagesOrExtension.filter((r) => new URL(r.url).port !== local || r.initiator.startsWith('chrome-extension:'))).toEqual([]);
  });
});
