import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { loadSettings } from '../../../lib/db/settings-store';
import { applyMergedSections, readLocalSections } from '../../../lib/sync/local-sections';
import { importText } from './team-db';

const H = 3600_000;
const T1 = Date.UTC(2026, 11, 1, 9);
const file = (at: number, pages: object[]) => JSON.stringify({
  format: 'moderato-team-bundle', version: 1, exportedAt: at,
  sections: { sharedSettings: [{ id: 'settings-pages', updatedAt: at, value: pages }] },
});
// As a colleague typed it into the file by hand: no pageId (it has a default) and a stray space.
const v1 = [{ site: 'facebook', name: 'Bäckerei Sonnenschein ', url: 'https://www.facebook.com/sonnenschein' }];
const v2 = [
  { site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'https://www.facebook.com/sonnenschein', pageId: '' },
  { site: 'x', name: 'sonnenschein', url: 'https://x.com/sonnenschein', pageId: '' },
];
const pagesDate = async (db: ReturnType<typeof freshDb>, now: number) =>
  (await readLocalSections(db, now)).sharedSettings!.find((r) => r.id === 'settings-pages')!.updatedAt;

describe('a shared setting taken from a colleague keeps the time the colleague made it', () => {
  it('when the file spells it differently from how it is stored (no page id, a stray space)', async () => {
    const db = freshDb();
    await importText(db, file(T1, v1), T1 + H);
    expect(await pagesDate(db, T1 + 3 * H)).toBe(T1);
  });

  it('when merged sections are stored as they came, without the import’s normalising', async () => {
    const db = freshDb();
    await applyMergedSections(db, { sharedSettings: [{ id: 'settings-pages', updatedAt: T1, value: v1 }] }, T1 + H);
    expect(await pagesDate(db, T1 + 3 * H)).toBe(T1);
  });

  it('so the colleague’s later edit still wins over the older content', async () => {
    const db = freshDb();
    await importText(db, file(T1, v1), T1 + 3 * H);
    await readLocalSections(db, T1 + 3 * H);
    const p = await importText(db, file(T1 + H, v2), T1 + 4 * H);
    expect(p.sections.sharedSettings.counts.updated).toBe(1);
    expect((await loadSettings(db)).pages).toHaveLength(2);
  });
});
