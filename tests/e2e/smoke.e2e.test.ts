import { afterAll, beforeAll, expect, it } from 'vitest';
import { badgeTexts, launchWithExtension, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;
const page = (body: string) => `<!doctype html><html><body><div role="main">${body}</div></body></html>`;
const comment = `<div role="article" aria-label="Comment by Anna Berger 5 minutes ago"><div>
<a aria-hidden="true" tabindex="-1" href="https://www.facebook.com/anna.berger?comment_id=123">x</a>
<a tabindex="0" href="https://www.facebook.com/anna.berger?comment_id=123"><span dir="auto">Anna Berger</span></a>
<span dir="auto" lang="de"><div dir="auto">Wo bleibt meine Bestellung?</div></span>
<ul><li><a href="https://www.facebook.com/shop/posts/111?comment_id=123">5m</a></li></ul></div></div>`;

beforeAll(async () => {
  server = await startFixtureServer(({ path }) => (path === '/shop' || path === '/other' ? { body: page(comment) } : null));
  b = await launchWithExtension();
  await seedSettings(b, { pages: [{ site: 'facebook', name: 'Shop', url: 'https://www.facebook.com/shop', pageId: '' }], agentName: 'Mara', targetMinutes: 60 });
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

it('smoke: a badge on the own page, nothing elsewhere, and the sighting stored', async () => {
  const tab = await b.context.newPage();
  await tab.goto(server.url('www.facebook.com', '/shop'));
  await expect.poll(() => badgeTexts(tab)).toEqual(['waiting 5 min']);
  const rows = await storedRows<{ key: string }>(b, 'comments');
  expect(rows.map((r) => r.key)).toEqual(['facebook:123']);
  await tab.goto(server.url('www.facebook.com', '/other'));
  await tab.waitForTimeout(1000);
  expect(await badgeTexts(tab)).toEqual([]);
});
