import { describe, expect, it } from 'vitest';
import { addNote, allNotes, deleteNote, notesFor } from '../../../lib/db/notes-store';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { TEAM_SYNC_ROW } from '../../../lib/sync/sync-state';
import { freshDb } from './test-db';

const lena = {
  site: 'facebook' as const, commentKey: 'facebook:1', authorKey: 'facebook:facebook.com/lena', authorName: 'Lena Hoffmann',
  pageName: 'Bäckerei', text: 'Lieferproblem im März, Fall 4711', agent: 'Mara',
};

const tombstones = async (db: ReturnType<typeof freshDb>) =>
  ((await db.settings.get(TEAM_SYNC_ROW))?.value as { tombstones?: Record<string, Record<string, unknown>> } | undefined)?.tombstones ?? {};

describe('deleteNote', () => {
  it('removes the note from every read and leaves a tombstone with id, time and agent, nothing of the note', async () => {
    const db = freshDb();
    await saveSettings(db, { ...(await loadSettings(db)), agentName: 'Anna' });
    const kept = await addNote(db, { ...lena, text: 'bleibt' }, 900);
    const note = await addNote(db, lena, 1000);
    await deleteNote(db, note.id, 5000);

    expect((await allNotes(db)).map((n) => n.id)).toEqual([kept.id]);
    expect((await notesFor(db, ['facebook:1'], ['facebook:facebook.com/lena'])).map((n) => n.id)).toEqual([kept.id]);
    expect((await tombstones(db)).notes).toEqual({ [note.id]: { id: note.id, updatedAt: 5000, deletedAt: 5000, agent: 'Anna' } });
    const row = JSON.stringify(await db.settings.get(TEAM_SYNC_ROW));
    expect(row).not.toContain('Lena');
    expect(row).not.toContain('4711');
  });

  it('dates the deletion after the note even when written in the same millisecond, so a tie cannot undo it', async () => {
    const db = freshDb();
    const note = await addNote(db, lena, 1000);
    await deleteNote(db, note.id, 1000);
    expect((await tombstones(db)).notes![note.id]).toEqual({ id: note.id, updatedAt: 1001, deletedAt: 1001 });
  });

  it('records nothing for an id that is not stored', async () => {
    const db = freshDb();
    await deleteNote(db, 'no-such-note', 1000);
    expect(await db.settings.get(TEAM_SYNC_ROW)).toBeUndefined();
  });
});
