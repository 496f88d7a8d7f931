import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { saveSettings } from '../../../lib/db/settings-store';
import { loadTargetHistory } from '../../../lib/db/target-history-store';
import { defaultSettings } from '../../../lib/models/settings';
import { importText } from './team-db';
import { readLocalSections } from '../../../lib/sync/local-sections';
import { tracked } from '../comments/tracked';

const H = 3600_000;
const T1 = Date.UTC(2026, 11, 1, 9);
const page = (name: string) => ({ site: 'facebook', name, url: 'https://www.facebook.com/sonnenschein', pageId: '' });
const file = (at: number, records: object[]) => JSON.stringify({ format: 'moderato-team-bundle', version: 1, exportedAt: at, sections: { sharedSettings: records } });

describe('shared settings taken from a colleague do what saving them here does', () => {
  it('a page the colleague renamed at the same address keeps its waiting comments', async () => {
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), pages: [page('Bäckerei Sonnenschein') as never] }, T1);
    const waiting = { ...tracked('1', 30, T1 + H), pageName: 'Bäckerei Sonnenschein' };
    await db.comments.put(waiting);
    // This browser's settings as its last export dated them, before the colleague's edit.
    await readLocalSections(db, T1);
    await importText(db, file(T1 + H, [{ id: 'settings-pages', updatedAt: T1 + H, value: [page('Sonnenschein Backstube')] }]), T1 + 2 * H);
    expect((await db.comments.get(waiting.key))?.pageName).toBe('Sonnenschein Backstube');
  });

  it('a target the colleague tightened leaves the older one for the statistics', async () => {
    const db = freshDb();
    await saveSettings(db, { ...defaultSettings(), targetMinutes: 60 }, T1);
    await readLocalSections(db, T1);
    await importText(db, file(T1 + H, [{ id: 'settings-target-minutes', updatedAt: T1 + H, value: 15 }]), T1 + 2 * H);
    expect((await loadTargetHistory(db)).map((e) => [e.until, e.targets.facebook.targetMinutes])).toEqual([[T1 + 2 * H, 60]]);
  });
});
