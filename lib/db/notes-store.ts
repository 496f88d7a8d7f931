import { NoteSchema, type NewNote, type Note } from '../notes/note-model';
import type { ModeratoDatabase } from './database';

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

export async function deleteNote(db: ModeratoDatabase, id: string): Promise<void> {
  await db.notes.delete(id);
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
