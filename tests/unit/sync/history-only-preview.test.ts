import { describe, expect, it } from 'vitest';
import { freshDb } from '../db/test-db';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { applyTeamBundle, LOCAL_IMPORT_OPTIONS, readLocalSections } from '../../../lib/sync/local-sections';
import { importTeamBundle } from '../../../lib/sync/team-import';
import { exportText, importText } from './team-db';

/** A and B both set a target; B took A's newer one, so B's file carries A's record with B's old one in its history. */
async function roundTrip() {
  const a = freshDb();
  const b = freshDb();
  await saveSettings(b, { ...(await loadSettings(b)), targetMinutes: 45 });
  await readLocalSections(b, 500);
  await saveSettings(a, { ...(await loadSettings(a)), targetMinutes: 30 });
  await readLocalSections(a, 1000);
  await importText(b, await exportText(a, 1100), 1200);
  return { a, back: await exportText(b, 1300) };
}

describe('a file that sends my own records back with older versions in their history', () => {
  it('shows those records in a column of their own, not as unchanged, when it offers to apply', async () => {
    const { a, back } = await roundTrip();
    const r = importTeamBundle(await readLocalSections(a, 1400), back, { ...LOCAL_IMPORT_OPTIONS, now: 1400 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const c = r.preview.sections.sharedSettings.counts;
    expect(c).toMatchObject({ historyOnly: 1, updated: 0, added: 0 });
    expect(r.preview.hasChanges).toBe(true);
  });

  it('counts them as saved when applied, and the next import of the same file changes nothing', async () => {
    const { a, back } = await roundTrip();
    const r = importTeamBundle(await readLocalSections(a, 1400), back, { ...LOCAL_IMPORT_OPTIONS, now: 1400 });
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(await applyTeamBundle(a, r.bundle, 1400)).toMatchObject({ ok: true, written: 1 });
    const again = await importText(a, back, 1500);
    expect(again.hasChanges).toBe(false);
    expect(again.totals.counts.historyOnly).toBe(0);
  });
});
