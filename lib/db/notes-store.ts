import { NoteSchema, type NewNote, type Note } from '../notes/note-model';
import { recordLocalDeletions } from '../sync/sync-state';
import type { ModeratoDatabase } from './database';
import { loadSettings } from './settings-store';

function valid(rows: unknown[]): Note[] {
  const out: Note[] = [];
  for (const row of rows) {
    const parsed = NoteSchema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  return out;
}

export async function addNote(db: ModeratoDatabase, note: NewNote, now: number): Promise<Note> {
  const stored = NoteSchema.parse({ ...note, id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`, at: now });
  await db.notes.put(stored);
  return stored;
}

/**
 * Deletes a note and records the deletion for the team bundle (a tombstone with the note's id, the
 * time and this browser's agent, nothing of its text), in the same transaction: the deletion spreads
 * to colleagues, and their older copy cannot bring the note back.
 */
export async function deleteNote(db: ModeratoDatabase, id: string, now: number = Date.now()): Promise<void> {
  await db.transaction('rw', db.notes, db.settings, async () => {
    const row = await db.notes.get(id);
    if (!row) return;
    await db.notes.delete(id);
    const parsed = NoteSchema.safeParse(row);
    // A note's edit time in the bundle is when it was written (noteRecord).
    const editedAt = parsed.success ? parsed.data.at : 0;
    const agent = (await loadSettings(db)).agentName.trim();
    await recordLocalDeletions(db, 'notes', [{ id, editedAt }], now, agent || undefined);
  });
}

/** Notes on these comments or about these authors. */
export async function notesFor(db: ModeratoDatabase, commentKeys: string[], authorKeys: string[]): Promise<Note[]> {
  const [byComment, byAuthor] = await Promise.all([
    commentKeys.length ? db.notes.where('commentKey').anyOf(commentKeys).toArray() : [],
    authorKeys.length ? db.notes.where('authorKey').anyOf(authorKeys).toArray() : [],
  ]);
  const seen = new Map<string, unknown>();
  for (const row of [...byComment, ...byAuthor]) seen.set(String(row.id), row);
  return valid([...seen.values()]);
}

export async function allNotes(db: ModeratoDatabase): Promise<Note[]> {
  return valid(await db.notes.toArray());
}
