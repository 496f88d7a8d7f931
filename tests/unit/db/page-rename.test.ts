import { describe, expect, it } from 'vitest';
import { checklist, overdueCount } from '../../../lib/comments/checklist';
import { openComments } from '../../../lib/db/comments-store';
import { pageRenames, renamePageComments } from '../../../lib/db/page-rename';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { defaultSettings, type OwnPage, type Settings } from '../../../lib/models/settings';
import { tracked } from '../comments/tracked';
import { freshDb } from './test-db';

const NOW = Date.UTC(2026, 2, 10, 10);
const url = 'https://www.facebook.com/baeckerei.sonnenschein';
const shop: OwnPage = { site: 'facebook', name: 'Bäckerei Sonnenschein', url, pageId: '' };
const withPages = (...pages: OwnPage[]): Settings => ({ ...defaultSettings(), pages });

async function storedWith(settings: Settings, comments: { id: string; pageName: string; site?: 'facebook' | 'x' }[]) {
  const db = freshDb();
  await saveSettings(db, settings);
  await db.comments.bulkPut(comments.map(({ id, pageName, site = 'facebook' }) => ({ ...tracked(id, 180, NOW, { site, key: `${site}:${id}` }), pageName })));
  return db;
}

const pageNames = async (db: Awaited<ReturnType<typeof storedWith>>) =>
  Object.fromEntries((await db.comments.toArray()).map((c) => [c.key, c.pageName]));

describe('renaming a page in the settings', () => {
  it('keeps that page’s waiting comments in the checklist and the overdue count', async () => {
    const db = await storedWith(withPages(shop), [{ id: 'w1', pageName: 'Bäckerei Sonnenschein' }]);
    // Same page, same address: the team corrects its name after Facebook renamed it.
    await saveSettings(db, withPages({ ...shop, name: 'Bäckerei Sonnenschein GmbH' }));
    const [comments, settings] = [await openComments(db), await loadSettings(db)];
    expect(checklist(comments, settings, NOW).map((e) => e.comment.id)).toEqual(['w1']);
    expect(overdueCount(comments, settings, NOW)).toBe(1);
    expect(await pageNames(db)).toEqual({ 'facebook:w1': 'Bäckerei Sonnenschein GmbH' });
  });

  it('moves the comments stored under any spelling of the old name, and no other page’s or site’s', async () => {
    const other: OwnPage = { site: 'facebook', name: 'Konditorei Mond', url: 'https://www.facebook.com/konditorei.mond', pageId: '' };
    const db = await storedWith(withPages(shop, other), [
      { id: '1', pageName: 'bäckerei sonnenschein' },
      { id: '2', pageName: 'Konditorei Mond' },
      { id: '3', pageName: 'Bäckerei Sonnenschein', site: 'x' },
    ]);
    await saveSettings(db, withPages({ ...shop, name: 'Sonnenschein' }, other));
    expect(await pageNames(db)).toEqual({ 'facebook:1': 'Sonnenschein', 'facebook:2': 'Konditorei Mond', 'x:3': 'Bäckerei Sonnenschein' });
  });

  it('follows a page known by its numeric id, and an X page by its handle', async () => {
    const byId: OwnPage = { site: 'facebook', name: 'Sonnenschein Süd', url: 'https://www.facebook.com/permalink.php?id=100064000000001', pageId: '100064000000001' };
    const onX: OwnPage = { site: 'x', name: 'Sonnenschein', url: 'https://x.com/sonnenschein_de', pageId: '' };
    const db = await storedWith(withPages(byId, onX), [{ id: '1', pageName: 'Sonnenschein Süd' }, { id: '2', pageName: 'Sonnenschein', site: 'x' }]);
    await saveSettings(db, withPages({ ...byId, name: 'Sonnenschein Südstadt' }, { ...onX, name: 'Sonnenschein DE' }));
    expect(await pageNames(db)).toEqual({ 'facebook:1': 'Sonnenschein Südstadt', 'x:2': 'Sonnenschein DE' });
  });

  it('never moves comments to another page: a new address, a name still or already in use, or an address naming no page', () => {
    const other: OwnPage = { site: 'facebook', name: 'Konditorei Mond', url: 'https://www.facebook.com/konditorei.mond', pageId: '' };
    // Another address is another page, whatever its name.
    expect(pageRenames(withPages(shop), withPages({ ...shop, name: 'Neu', url: 'https://www.facebook.com/neu' }))).toEqual([]);
    // The old name stays configured for a second entry at the same address.
    expect(pageRenames(withPages(shop), withPages({ ...shop, name: 'Neu' }, shop))).toEqual([]);
    // The new name was another page's: their comments would become one page's.
    expect(pageRenames(withPages(shop, other), withPages({ ...shop, name: other.name }, { ...other, name: 'Mond' }))).toEqual([]);
    // An address that names no page identifies nothing.
    const unknown: OwnPage = { ...shop, url: 'https://www.facebook.com/groups/baeckerei' };
    expect(pageRenames(withPages(unknown), withPages({ ...unknown, name: 'Neu' }))).toEqual([]);
    // Only the name's spelling changed: the comments match already.
    expect(pageRenames(withPages(shop), withPages({ ...shop, name: ' bäckerei sonnenschein' }))).toEqual([]);
    expect(pageRenames(withPages(shop), withPages({ ...shop, name: 'Neu' }))).toEqual([{ site: 'facebook', from: shop.name, to: 'Neu' }]);
  });

  it('renames nothing when the settings cannot be stored', async () => {
    const db = await storedWith(withPages(shop), [{ id: '1', pageName: shop.name }]);
    await expect(saveSettings(db, { ...withPages({ ...shop, name: 'Neu' }), targetMinutes: 0 })).rejects.toThrow();
    expect(await pageNames(db)).toEqual({ 'facebook:1': shop.name });
  });

  it('can be called for settings written elsewhere (the team import), with the settings before and after', async () => {
    const db = await storedWith(withPages(shop), [{ id: '1', pageName: shop.name }]);
    expect(await renamePageComments(db, withPages(shop), withPages({ ...shop, name: 'Neu' }))).toBe(1);
    expect(await pageNames(db)).toEqual({ 'facebook:1': 'Neu' });
  });
});
