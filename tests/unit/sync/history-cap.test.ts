import { describe, expect, it } from 'vitest';
import { loadSettings } from '../../../lib/db/settings-store';
import { MAX_HISTORY_PER_RECORD } from '../../../lib/sync/bundle-schema';
import { TEAM_SYNC_ROW } from '../../../lib/sync/local-sections';
import { createTeamBundle } from '../../../lib/sync/team-import';
import { freshDb } from '../db/test-db';
import { exportText, importText } from './team-db';

// A shared setting changed more often than a bundle may list old versions of one record.
const EDITS = MAX_HISTORY_PER_RECORD + 100;
const target = (minutes: number, updatedAt: number) => ({ id: 'settings-target-minutes', value: minutes, updatedAt });
const edits = () => Array.from({ length: EDITS }, (_, i) => target(1 + (i % 600), 1 + i)).reverse();

describe('a record edited more often than a bundle may list', () => {
  it('a history stored before the limit existed still exports into a file that imports, here and elsewhere', async () => {
    const a = freshDb();
    const b = freshDb();
    await a.settings.put({ id: TEAM_SYNC_ROW, value: { history: { sharedSettings: { 'settings-target-minutes': edits() } }, tombstones: {}, stamps: {} } });
    const text = await exportText(a, 10_000);
    await importText(b, text, 10_000);
    await importText(a, await exportText(b, 11_000), 11_000);
    await importText(a, text, 12_000);
    const kept = JSON.parse(await exportText(b, 13_000)).sections.sharedSettings.find((r: { id: string }) => r.id === 'settings-target-minutes');
    expect(kept.history).toHaveLength(MAX_HISTORY_PER_RECORD);
    expect(kept.history[0].updatedAt).toBe(EDITS);
  });

  it('an import bringing hundreds of edits stores no more than a bundle may carry', async () => {
    const a = freshDb();
    const b = freshDb();
    const [latest, ...older] = edits();
    const incoming = createTeamBundle({ sharedSettings: [{ ...latest!, history: older.slice(0, MAX_HISTORY_PER_RECORD) }] }, { exportedAt: 9000 });
    await importText(a, JSON.stringify(incoming), 9000); // the default version goes to history: one too many
    const stored = (await a.settings.get(TEAM_SYNC_ROW))!.value as { history: { sharedSettings: Record<string, unknown[]> } };
    expect(stored.history.sharedSettings['settings-target-minutes']).toHaveLength(MAX_HISTORY_PER_RECORD);
    await importText(b, await exportText(a, 10_000), 10_000);
    expect((await loadSettings(b)).targetMinutes).toBe(latest!.value);
  });
});
