import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_IDS, DEMO_PAGE } from '../fixtures/facebook/demo-company';
import { DEMO_SETTINGS, facebookSite } from './site/facebook-site';
import { launchWithExtension, openPopupFor, seedSettings, storedRows, type ExtensionBrowser } from './support/browser';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';

let server: FixtureServer;
let b: ExtensionBrowser;
let site: Page;

/** The badge of one comment, as a locator inside its open shadow root. */
const badge = (page: Page, id: string) => page.locator(`[data-commentid="${id}"] > [role="article"] moderato-badge`);

beforeAll(async () => {
  server = await startFixtureServer(facebookSite());
  b = await launchWithExtension();
  await seedSettings(b, DEMO_SETTINGS);
  site = await b.context.newPage();
  await site.goto(server.url('www.facebook.com', `/${DEMO_PAGE.vanity}`));
  await badge(site, DEMO_IDS.tom).locator('.badge').waitFor();
});
afterAll(async () => {
  await b?.close();
  await server?.close();
});

describe('claims', () => {
  it('"I\'m on it" marks the comment for the agent on the badge, in storage and in the checklist', async () => {
    await badge(site, DEMO_IDS.mehmet).locator('button.claim').click();
    await expect.poll(() => badge(site, DEMO_IDS.mehmet).locator('.claimed').textContent()).toBe('\u2068Mara\u2069 is on it');
    const row = (await storedRows<{ id: string; claimedBy: string | null; claimedAt: number | null }>(b, 'comments')).find((r) => r.id === DEMO_IDS.mehmet)!;
    expect(row.claimedBy).toBe('Mara');
    expect(row.claimedAt).toBeGreaterThan(0);

    const popup = await openPopupFor(b, site);
    await expect.poll(() => popup.locator(`li[data-key="facebook:${DEMO_IDS.mehmet}"] .claimed`).textContent()).toBe('\u2068Mara\u2069 is on it');
    await popup.close();

    // Released again, the claim disappears everywhere.
    await badge(site, DEMO_IDS.mehmet).locator('button.claim').click();
    await expect.poll(() => badge(site, DEMO_IDS.mehmet).locator('.claimed').count()).toBe(0);
    const released = (await storedRows<{ id: string; claimedBy: string | null }>(b, 'comments')).find((r) => r.id === DEMO_IDS.mehmet)!;
    expect(released.claimedBy).toBeNull();
  });

  it('offers no claim on a comment the Page already answered', async () => {
    expect(await badge(site, DEMO_IDS.anna).locator('button.claim').count()).toBe(0);
  });
});

describe('notes', () => {
  it('keeps a note on a comment and one about its author, with the agent, and shows them on the author’s other comments', async () => {
    const lena = badge(site, DEMO_IDS.lena);
    await lena.locator('button.notes-toggle').click();
    await lena.locator('textarea[name="note"]').fill('Hat im März ein Lieferproblem gehabt, Fall 4711');
    await lena.locator('input[name="about-author"]').check();
    await lena.locator('button.save-note').click();
    await expect.poll(() => lena.locator('.note .text').allTextContents()).toEqual(['Hat im März ein Lieferproblem gehabt, Fall 4711']);
    expect(await lena.locator('.note .meta').first().textContent()).toMatch(/^\u2068Mara\u2069, /);

    // Typing in the note field does not trigger the page's own keyboard handlers.
    await site.evaluate(() => { (window as unknown as { keys: number }).keys = 0; document.addEventListener('keydown', () => (window as unknown as { keys: number }).keys++); });
    await lena.locator('textarea[name="note"]').fill('');
    await lena.locator('textarea[name="note"]').pressSequentially('Rückruf zugesagt');
    expect(await site.evaluate(() => (window as unknown as { keys: number }).keys)).toBe(0);
    await lena.locator('button.save-note').click();
    await expect.poll(() => lena.locator('.note').count()).toBe(2);

    const notes = await storedRows<{ text: string; agent: string; authorKey: string | null; commentKey: string; at: number }>(b, 'notes');
    expect(notes.map((n) => n.text).sort()).toEqual(['Hat im März ein Lieferproblem gehabt, Fall 4711', 'Rückruf zugesagt']);
    expect(notes.every((n) => n.agent === 'Mara' && n.commentKey === `facebook:${DEMO_IDS.lena}`)).toBe(true);
    expect(notes.filter((n) => n.authorKey !== null)).toHaveLength(1);

    // Lena's other comment (the two-paragraph one) shows the author note after a reload; the comment note stays with its comment.
    await site.reload();
    const other = badge(site, DEMO_IDS.paragraphs);
    await expect.poll(() => other.locator('.notes-toggle .count').textContent(), { timeout: 10_000 }).toBe('1');
    expect(await other.locator('.note-latest').textContent()).toContain('Fall 4711');
    await expect.poll(() => badge(site, DEMO_IDS.lena).locator('.notes-toggle .count').textContent()).toBe('2');
  });

  it('lists and searches every note in the popup', async () => {
    const popup = await openPopupFor(b, site);
    await popup.locator('button.tab-notes').click();
    await expect.poll(() => popup.locator('.notes-list .note').count()).toBe(2);
    await popup.locator('.notes-search').fill('fall 4711');
    await expect.poll(() => popup.locator('.notes-list .note .text').allTextContents()).toEqual(['Hat im März ein Lieferproblem gehabt, Fall 4711']);
    await popup.locator('.notes-search').fill('ruckruf');
    await expect.poll(() => popup.locator('.notes-list .note .text').allTextContents()).toEqual(['Rückruf zugesagt']);
    await popup.locator('.notes-search').fill('nichts dergleichen');
    await expect.poll(() => popup.locator('.notes-list .empty').count()).toBe(1);
    await popup.close();
  });

  it('deletes a note from the popup after a second click, records the deletion for the team and drops it from the badge', async () => {
    const popup = await openPopupFor(b, site);
    await popup.locator('button.tab-notes').click();
    await expect.poll(() => popup.locator('.notes-list .note').count()).toBe(2);
    const callback = popup.locator('.notes-list .note', { hasText: 'Rückruf zugesagt' });
    // The first click only asks; cancelling keeps the note.
    await callback.locator('button.note-delete').click();
    await callback.locator('button.note-delete-cancel').click();
    await popup.waitForTimeout(200);
    expect(await popup.locator('.notes-list .note').count()).toBe(2);
    expect(await callback.locator('button.note-delete').getAttribute('aria-label')).toBe('Delete the note about \u2068Lena Hoffmann\u2069');
    await callback.locator('button.note-delete').click();
    await callback.locator('button.note-delete-confirm').click();
    await expect.poll(() => popup.locator('.notes-list .note .text').allTextContents()).toEqual(['Hat im März ein Lieferproblem gehabt, Fall 4711']);
    const notes = await storedRows<{ id: string; text: string }>(b, 'notes');
    expect(notes.map((n) => n.text)).toEqual(['Hat im März ein Lieferproblem gehabt, Fall 4711']);
    // The tombstone carries the id, times and the deleting agent, nothing of the text.
    const sync = (await storedRows<{ id: string; value: { tombstones?: { notes?: Record<string, Record<string, unknown>> } } }>(b, 'settings')).find((r) => r.id === 'teamSync');
    const tombstones = Object.values(sync?.value.tombstones?.notes ?? {});
    expect(tombstones).toHaveLength(1);
    expect(tombstones[0]!.agent).toBe('Mara');
    expect(JSON.stringify(tombstones)).not.toContain('Rückruf');
    await popup.close();
    // The open page is told at once: Lena's badge counts one note again.
    await expect.poll(() => badge(site, DEMO_IDS.lena).locator('.notes-toggle .count').textContent(), { timeout: 5_000 }).toBe('1');
  });

  it('shows hostile note text as text', async () => {
    const troll = badge(site, DEMO_IDS.hostile);
    await troll.locator('button.notes-toggle').click();
    await troll.locator('textarea[name="note"]').fill('<img src=x onerror=alert(1)> Finger weg');
    await troll.locator('button.save-note').click();
    await expect.poll(() => troll.locator('.note .text').first().textContent()).toBe('<img src=x onerror=alert(1)> Finger weg');
    expect(await troll.locator('.notes img').count()).toBe(0);
  });

  it('erases everything stored about one author in one action, after a confirmation', async () => {
    const lena = badge(site, DEMO_IDS.lena);
    if ((await lena.locator('form.notes').count()) === 0) await lena.locator('button.notes-toggle').click();
    await lena.locator('button.erase-author').click();
    await expect.poll(() => lena.locator('.erase').textContent()).toContain('Lena Hoffmann');
    await lena.locator('button.erase-confirm').click();
    await expect.poll(() => lena.locator('.erased').count()).toBe(1);
    const comments = await storedRows<{ author: { name: string } }>(b, 'comments');
    expect(comments.some((c) => c.author.name === 'Lena Hoffmann')).toBe(false);
    expect(comments.length).toBeGreaterThan(5);
    const notes = await storedRows<{ authorName: string }>(b, 'notes');
    expect(notes.some((n) => n.authorName === 'Lena Hoffmann')).toBe(false);
    // A reload does not bring her back.
    await site.reload();
    await badge(site, DEMO_IDS.tom).locator('.badge').waitFor();
    await site.waitForTimeout(800);
    expect((await storedRows<{ author: { name: string } }>(b, 'comments')).some((c) => c.author.name === 'Lena Hoffmann')).toBe(false);
  });
});
