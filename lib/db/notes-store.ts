import { NoteSchema, type NewNote, type Note } from '../notes/note-model';
import { authorKeyOf } from '../comments/author-key';
import { TrackedCommentSchema } from '../models/comment';
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

/**
 * The author key of a stored comment, or undefined when this browser does not hold it (or cannot read
 * it): what a note or dismissal on the comment records as `commentAuthorKey`.
 */
export async function storedCommentAuthorKey(db: ModeratoDatabase, commentKey: string): Promise<string | undefined> {
  const parsed = TrackedCommentSchema.safeParse(await db.comments.get(commentKey));
  return parsed.success ? authorKeyOf(parsed.data.site, parsed.data.author) : undefined;
}

/**
 * Stores a new note. `commentAuthorKey` comes with the request where the badge sends it, else from the
 * stored comment, so the note can be erased with its author's data once the comment is pruned.
 */
export async function addNote(db: ModeratoDatabase, note: NewNote, now: number): Promise<Note> {
  const commentAuthorKey = note.commentAuthorKey ?? await storedCommentAuthorKey(db, note.commentKey);
  const draft = { ...note, ...(commentAuthorKey ? { commentAuthorKey } : {}) };
  const stored = NoteSchema.parse({ ...draft, id: `${now.toString(36)}-${Math.random().toString(36).slice(2, 10)}`, at: now });
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
