import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS } from './site/facebook-site';
import { NETIQUETTE_PATH, NQ, NQ_TEXT, netiquetteSite } from './site/netiquette-site';
import { extensionUrl, launchWithExtension, openPopupFor, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;
let site: Page;

const badge = (page: Page, id: string) => page.locator(`[data-commentid="${id}"] > [role="article"] moderato-badge`);
const flagWords = (page: Page, id: string) => badge(page, id).locator('.flag .words').allTextContents();
/** The texts of the page's moderato-flag highlight ranges, read in the page's own world. */
const highlighted = (page: Page) =>
  page.evaluate(() => {
    const h = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('moderato-flag');
    return h ? [...h].map((r) => r.toString()).sort() : null;
  });

beforeAll(async () => {
  server = await startFixtureServer(netiquetteSite());
  b = await launchWithExtension();
  await seedSettings(b, DEMO_SETTINGS);
  site = await b.context.newPage();
  await site.goto(server.url('www.facebook.com', NETIQUETTE_PATH));
  await badge(site, NQ.insult).locator('.flag').first().waitFor({ timeout: 15_000 });
}, 60_000);
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('netiquette flags on the page', () => {
  it('flags the insult, the disguised profanity, personal data and shouting with rule, words, confidence and reason, and not the traps', async () => {
    await expect.poll(() => flagWords(site, NQ.insult)).toEqual(['Idioten']);
    const insult = badge(site, NQ.insult).locator('.flag').first();
    expect(await insult.getAttribute('data-rule')).toBe('insult');
    expect(await insult.locator('.rule').textContent()).toBe('Insult');
    expect(await insult.locator('.reason').textContent()).toBe('Insult: “Idioten”');
    expect(await insult.locator('.confidence').textContent()).toMatch(/^\d+% sure$/);

    await expect.poll(() => flagWords(site, NQ.obfuscated)).toEqual(['Sch3iß']);
    expect(await badge(site, NQ.obfuscated).locator('.flag .reason').textContent()).toContain('disguised spelling');
    await expect.poll(() => flagWords(site, NQ.personal)).toEqual(['0171 2345678', 'DE89 3704 0044 0532 0130 00']);
    expect(await badge(site, NQ.personal).locator('.flag .reason').allTextContents()).toEqual(['Phone number posted publicly', 'IBAN (bank account) posted publicly']);
    await expect.poll(() => badge(site, NQ.shouting).locator('.flag').getAttribute('data-rule')).toBe('shouting');
    // Capitals are flagged, but break no netiquette: no reminder to "stay factual" for a complaint.
    expect(await badge(site, NQ.shouting).locator('.ladder').count()).toBe(0);

    // Schlagsahne and Analyse contain listed words; neither may be flagged.
    expect(await badge(site, NQ.traps).locator('.netiquette').count()).toBe(0);
    expect(await badge(site, NQ.disputeTop).locator('.flag').count()).toBe(0);
  });

  it('highlights exactly the flagged words through the Highlight API, leaving the page\'s DOM as it was', async () => {
    await expect.poll(() => highlighted(site)).toEqual(expect.arrayContaining(['Idioten', 'Sch3iß', '0171 2345678', 'DE89 3704 0044 0532 0130 00', NQ_TEXT.shouting]));
    const texts = (await highlighted(site))!;
    expect(texts.some((t) => /Schlagsahne|Analyse/.test(t))).toBe(false);
    // Nothing was wrapped or inserted into the comment: its text is still one plain text node.
    const body = await site.locator(`[data-commentid="${NQ.insult}"] > [role="article"] span[lang]`).first().evaluate((el) => ({ text: el.textContent, marks: el.querySelectorAll('mark, moderato-badge').length }));
    expect(body).toEqual({ text: NQ_TEXT.insult, marks: 0 });
  });
});

describe('dismissing', () => {
  it('hides a flag marked as wrong for that comment, and keeps it hidden after a reload', async () => {
    const shouting = badge(site, NQ.shouting);
    await shouting.locator('button.dismiss').click();
    await shouting.locator('button.confirm-dismiss').click();
    await expect.poll(() => shouting.locator('.flag').count()).toBe(0);
    await expect.poll(async () => (await highlighted(site))?.includes(NQ_TEXT.shouting)).toBe(false);
    const rows = await storedRows<{ commentKey: string; rule: string; term?: string; agent: string }>(b, 'dismissals');
    expect(rows).toEqual([expect.objectContaining({ commentKey: `facebook:${NQ.shouting}`, rule: 'shouting', agent: DEMO_PAGE.agent })]);
    expect(rows[0]!.term).toBeUndefined();

    await site.reload();
    await badge(site, NQ.insult).locator('.flag').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => flagWords(site, NQ.obfuscated)).toEqual(['Sch3iß']);
    expect(await badge(site, NQ.shouting).locator('.flag').count()).toBe(0);
  });

  it('accepts a term on all of the company\'s pages when chosen: the same word in another comment is no longer flagged', async () => {
    await expect.poll(() => flagWords(site, NQ.repeat)).toEqual(['Scheiße', 'Idioten']);
    const same = badge(site, NQ.sameTerm);
    await same.locator('button.dismiss').click();
    await same.locator('input[name="company-wide"]').check();
    await same.locator('button.confirm-dismiss').click();
    await expect.poll(() => same.locator('.flag').count()).toBe(0);
    await expect.poll(() => flagWords(site, NQ.repeat)).toEqual(['Idioten']);
    const rows = await storedRows<{ term?: string }>(b, 'dismissals');
    expect(rows.map((r) => r.term).filter(Boolean)).toEqual(['Scheiße']);
  });
});

describe('response ladder', () => {
  it('proposes a public reminder first, then a private message, then hiding, for a repeat author as steps are recorded; an answered comment shows its step as done', async () => {
    const first = badge(site, NQ.insult);
    const second = badge(site, NQ.repeat);
    const third = badge(site, NQ.third);
    await expect.poll(() => first.locator('.ladder').getAttribute('data-step')).toBe('public-reminder');
    // The text goes to the commenter in the comment's language (German), whatever the interface's.
    expect(await first.locator('.ladder-text').textContent()).toMatch(/^Hallo Kai, wir verstehen, dass Sie verärgert sind/);
    expect(await second.locator('.ladder').getAttribute('data-step')).toBe('public-reminder');
    expect(await third.locator('.ladder').getAttribute('data-step')).toBe('public-reminder');

    await first.locator('button.step-done').click();
    await expect.poll(() => second.locator('.ladder').getAttribute('data-step')).toBe('private-message');
    expect(await second.locator('.ladder-text').textContent()).toContain('wir melden uns persönlich');
    // The comment just answered with the reminder shows it as done instead of asking for the next step.
    await expect.poll(() => first.locator('.ladder').getAttribute('data-taken')).toBe('true');
    expect(await first.locator('.ladder').getAttribute('data-step')).toBe('public-reminder');
    expect(await first.locator('.ladder .step').textContent()).toBe('Done: friendly public reminder');
    expect(await first.locator('button.step-done').count()).toBe(0);
    expect(await first.locator('.ladder-text').count()).toBe(0);

    await second.locator('button.step-done').click();
    await expect.poll(() => third.locator('.ladder').getAttribute('data-step')).toBe('hide-or-report');
    expect(await third.locator('.ladder .step').textContent()).toBe('Hide or report');
    expect(await third.locator('.ladder-text').count()).toBe(0);
    await expect.poll(() => second.locator('.ladder').getAttribute('data-taken')).toBe('true');
    expect(await second.locator('.ladder').getAttribute('data-step')).toBe('private-message');
    // Other authors start at the bottom; personal data at hiding, where a public reply would leave it standing.
    expect(await badge(site, NQ.obfuscated).locator('.ladder').getAttribute('data-step')).toBe('public-reminder');
    expect(await badge(site, NQ.personal).locator('.ladder').getAttribute('data-step')).toBe('hide-or-report');

    const strikes = await storedRows<{ authorName: string; step: string; page: string; agent: string }>(b, 'strikes');
    expect(strikes.map((s) => [s.authorName, s.step, s.page, s.agent])).toEqual([
      ['Kai Krawall', 'public-reminder', DEMO_PAGE.name, DEMO_PAGE.agent],
      ['Kai Krawall', 'private-message', DEMO_PAGE.name, DEMO_PAGE.agent],
    ]);
  });

  it('shows the strike history in the popup', async () => {
    const popup = await openPopupFor(b, site);
    await popup.locator('button.tab-strikes').click();
    await expect.poll(() => popup.locator('.strike-author').count()).toBe(1);
    expect(await popup.locator('.strike-author .author').textContent()).toBe('Kai Krawall');
    expect(await popup.locator('.strike').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(['public-reminder', 'private-message']);
    expect(await popup.locator('.strike .step').allTextContents()).toEqual(['Friendly public reminder', 'Private message']);
    expect(await popup.locator('.strike-status').textContent()).toMatch(/^2 steps count until /);

    // Detection cost in the background, measured over messages from an extension page.
    const cost = await popup.evaluate(async () => {
      const texts = ['Ihr seid doch alle Idioten hier.', 'Die Schlagsahne war super!', 'Ruft mich an: 0171 2345678', 'Wann habt ihr am Samstag geöffnet? Ich würde gern eine Torte bestellen.', 'Thanks for the quick reply, the cake was lovely.'];
      const items = (n: number, tag: string) => Array.from({ length: n }, (_, i) => ({ key: `facebook:${tag}${i}`, text: `${texts[i % texts.length]} ${i}`, site: 'facebook', page: 'P', authorName: `A${i}`, authorUrl: null }));
      const send = (list: unknown[]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'check', lang: 'en', items: list });
      for (let w = 0; w < 3; w++) await send(items(500, `w${w}`));
      // Medians of five: the machine is shared, single runs jump by tens of milliseconds.
      const timed = async (n: number, tag: string) => {
        const runs: number[] = [];
        for (let r = 0; r < 5; r++) {
          const list = items(n, `${tag}${r}-`);
          const t = performance.now();
          await send(list);
          runs.push(performance.now() - t);
        }
        return runs.sort((x, y) => x - y)[2]!;
      };
      const one = await timed(1, 'one');
      const many = await timed(500, 'many');
      return { one, many, perCommentUs: ((many - one) / 499) * 1000 };
    });
    console.log(`netiquette check in the background: 1 comment ${cost.one.toFixed(1)} ms, 500 comments ${cost.many.toFixed(1)} ms, ≈${cost.perCommentUs.toFixed(0)} µs per comment (round trip incl. validation)`);
    expect(cost.perCommentUs).toBeLessThan(2000);
    await popup.close();
  });
});

describe('taking a ladder step back', () => {
  it('takes back a step recorded by mistake from the popup, after a second click; the open page proposes it again', async () => {
    const second = badge(site, NQ.repeat);
    const third = badge(site, NQ.third);
    await expect.poll(() => third.locator('.ladder').getAttribute('data-step')).toBe('hide-or-report');
    expect(await second.locator('.ladder').getAttribute('data-taken')).toBe('true');
    const popup = await openPopupFor(b, site);
    await popup.locator('button.tab-strikes').click();
    const message = popup.locator('.strike[data-step="private-message"]');
    expect(await message.locator('button.strike-remove').getAttribute('aria-label')).toBe('Take back the step “Private message”');
    await message.locator('button.strike-remove').click();
    await message.locator('button.strike-remove-cancel').click();
    await popup.waitForTimeout(200);
    expect(await popup.locator('.strike').count()).toBe(2);
    await message.locator('button.strike-remove').click();
    await message.locator('button.strike-remove-confirm').click();
    await expect.poll(() => popup.locator('.strike').evaluateAll((els) => els.map((e) => e.getAttribute('data-step')))).toEqual(['public-reminder']);
    expect((await storedRows<{ step: string }>(b, 'strikes')).map((r) => r.step)).toEqual(['public-reminder']);
    const sync = (await storedRows<{ id: string; value: { tombstones?: { strikes?: Record<string, Record<string, unknown>> } } }>(b, 'settings')).find((r) => r.id === 'teamSync');
    expect(Object.values(sync?.value.tombstones?.strikes ?? {})).toHaveLength(1);
    expect(JSON.stringify(sync?.value.tombstones?.strikes)).not.toContain('Kai');
    await popup.close();
    // The open page is told: Kai's next step is the private message again, proposed on the comment it was taken on too.
    await expect.poll(() => third.locator('.ladder').getAttribute('data-step'), { timeout: 5_000 }).toBe('private-message');
    await expect.poll(() => second.locator('.ladder').getAttribute('data-taken'), { timeout: 5_000 }).toBeNull();
    expect(await second.locator('.ladder').getAttribute('data-step')).toBe('private-message');
    expect(await second.locator('button.step-done').count()).toBe(1);
  });
});

describe('disputes', () => {
  it('marks a thread where two people trade heated replies, on its top comment, with a de-escalating reply', async () => {
    const top = badge(site, NQ.disputeTop);
    await expect.poll(() => top.locator('.dispute').count(), { timeout: 10_000 }).toBe(1);
    expect(await top.locator('.dispute-heading').textContent()).toBe('Dispute: \u2068Jonas Streit\u2069 and \u2068Greta Gegen\u2069 trade heated replies (4 turns)');
    // The reply goes to a German thread: German, in the English interface too.
    expect(await top.locator('.dispute-reply').textContent()).toMatch(/^Hallo Jonas Streit und Greta Gegen, wir sehen, dass Ihnen beiden das Thema am Herzen liegt\./);
    // A thread without such an exchange carries no note.
    expect(await site.locator('moderato-badge .dispute').count()).toBe(1);
  });
});

describe('netiquette options', () => {
  it('edits the netiquette with inline validation, and a newly blocked term is flagged on the open page', async () => {
    const options = await b.context.newPage();
    await options.goto(extensionUrl(b, 'options.html'));
    const form = options.locator('form.netiquette-form');
    await expect.poll(async () => (await form.locator('textarea[name="netiquette-text-de"]').inputValue()).length).toBeGreaterThan(100);
    expect(await form.locator('tr.rule').count()).toBe(8);

    await form.locator('input[name="strike-expiry-days"]').fill('0');
    await form.locator('textarea[name="blocked-terms"]').fill('ausverkauft\n***');
    await form.locator('button.save-netiquette').click();
    await expect.poll(() => form.locator('.field-error[data-field="strikeExpiryDays"]').count()).toBe(1);
    expect(await form.locator('.field-error[data-field="blockedTerms"]').textContent()).toContain('Line 2: ');
    expect(await form.locator('.field-error[data-field="blockedTerms"]').textContent()).toContain('A term needs at least one letter or digit.');
    // Nothing was stored while the form was invalid.
    expect((await storedRows<{ id: string }>(b, 'settings')).some((r) => r.id === 'netiquette')).toBe(false);

    await form.locator('input[name="strike-expiry-days"]').fill('30');
    await form.locator('textarea[name="blocked-terms"]').fill('ausverkauft');
    await form.locator('input[name="netiquette-url"]').fill('https://www.baeckerei-sonnenschein.example/netiquette');
    // The company's own wording of a rule, in the interface language.
    await form.locator('input[name="rule-insult-name"]').fill('Keine Beleidigungen');
    await form.locator('textarea[name="rule-insult-description"]').fill('Wir sprechen respektvoll miteinander.');
    await form.locator('button.save-netiquette').click();
    await expect.poll(() => form.locator('.status').textContent()).toBe('Saved.');
    expect(await form.locator('.field-error').count()).toBe(0);
    const row = (await storedRows<{ id: string; value: { blockedTerms: string[]; strikeExpiryDays: number; rules: Array<{ id: string; name: { en: string }; description: { en: string } }> } }>(b, 'settings')).find((r) => r.id === 'netiquette')!;
    expect([row.value.blockedTerms, row.value.strikeExpiryDays]).toEqual([['ausverkauft'], 30]);
    const insult = row.value.rules.find((r) => r.id === 'insult')!;
    expect([insult.name.en, insult.description.en]).toEqual(['Keine Beleidigungen', 'Wir sprechen respektvoll miteinander.']);
    await options.close();

    await site.bringToFront();
    await expect.poll(() => badge(site, NQ.sameTerm).locator('.flag').getAttribute('data-rule'), { timeout: 10_000 }).toBe('blocked-term');
    expect(await flagWords(site, NQ.sameTerm)).toEqual(['ausverkauft']);
    // The reminder now links the published netiquette.
    expect(await badge(site, NQ.obfuscated).locator('.ladder-text').textContent()).toContain('https://www.baeckerei-sonnenschein.example/netiquette');
  });
});
