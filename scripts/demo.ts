/**
 * `npm run demo`: the built extension in Chromium on local demo pages of the fictional Bäckerei
 * Sonnenschein, so a new user sees Moderato work without logging in anywhere. With a display it opens a
 * window and stays open until Ctrl+C; without one it runs headless and writes screenshots to demo-output/.
 */
import { existsSync, mkdirSync } from 'node:fs';
import { CHROMIUM, extensionUrl, launchWithExtension, seedSettings, storedRows } from '../tests/e2e/support/browser';
import { startFixtureServer } from '../tests/e2e/support/fixture-server';
import { DEMO_EXPECTED, DEMO_PAGE } from '../tests/fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from '../tests/e2e/site/facebook-site';

const OUT = 'demo-output';

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM)) {
    console.error(`Chromium not found at ${CHROMIUM}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) or set CHROMIUM_PATH.`);
    process.exit(2);
  }
  const headless = !process.env.DISPLAY || process.env.DEMO_HEADLESS === '1';
  const ui = process.env.DEMO_LANG === 'en' ? 'en' : 'de';
  const server = await startFixtureServer(facebookSite());
  const browser = await launchWithExtension({ headless, uiLanguage: ui });
  await seedSettings(browser, DEMO_SETTINGS);

  const site = await browser.context.newPage();
  await site.setViewportSize({ width: 760, height: 1500 });
  const address = server.url('www.facebook.com', `/${DEMO_PAGE.vanity}?ui=${ui}`);
  await site.goto(address);
  await site.locator('moderato-badge .badge').first().waitFor({ timeout: 15_000 });
  for (let i = 0; i < 50 && (await storedRows(browser, 'comments')).length < DEMO_EXPECTED.length; i++) await site.waitForTimeout(100);

  mkdirSync(OUT, { recursive: true });
  await site.screenshot({ path: `${OUT}/page.png` });
  await site.bringToFront();
  const popup = await browser.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(extensionUrl(browser, 'popup.html'));
  await popup.locator('ol.checklist li').first().waitFor({ timeout: 10_000 });
  await popup.waitForTimeout(2500); // the health line asks the page tab
  await popup.screenshot({ path: `${OUT}/popup.png` });
  console.log(`Demo page: ${address} (served locally as www.facebook.com)`);
  console.log(`Screenshots: ${OUT}/page.png, ${OUT}/popup.png`);

  if (headless) {
    await browser.close();
    await server.close();
    return;
  }
  console.log('Chromium is open with Moderato. Press Ctrl+C to end the demo.');
  await site.bringToFront();
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
  await browser.close();
  await server.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
