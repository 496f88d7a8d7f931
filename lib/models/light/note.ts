import type { Note } from '../../notes/note-model';
import { arrayOf, isObject, isSite, nullable, str, time, trimmed } from './primitives';

/** The content script's check of NoteSchema (lib/notes/note-model.ts) and the replies that carry notes. */

const s2100 = (v: unknown): v is string => str(v, 2100);

export function parseNote(v: unknown): Note | null {
  if (!isObject(v)) return null;
  const { id, site, commentKey, authorKey, authorName, pageName, at } = v;
  // The schema trims these two before it measures them, and hands back the trimmed text.
  const text = trimmed(v.text, 1, 4000);
  const agent = trimmed(v.agent, 0, 100);
  if (
    !str(id, 100, 1) ||
    !isSite(site) ||
    !str(commentKey, 210, 3) ||
    !nullable(authorKey, s2100) ||
    !str(authorName, 300) ||
    !str(pageName, 200) ||
    text === null ||
    agent === null ||
    !time(at)
  ) {
    return null;
  }
  const note: Note = { id, site, commentKey, authorKey, authorName, pageName, text, agent, at };
  // z.optional: an absent key stays absent, a present one is copied even when it holds undefined.
  if ('commentAuthorKey' in v) {
    const commentAuthorKey = v.commentAuthorKey;
    if (commentAuthorKey !== undefined && !str(commentAuthorKey, 2100, 1)) return null;
    note.commentAuthorKey = commentAuthorKey;
  }
  return note;
}

/** NotesReplySchema. */
export function parseNotesReply(v: unknown): { notes: Note[] } | null {
  if (!isObject(v)) return null;
  const notes = arrayOf(v.notes, parseNote);
  return notes && { notes };
}

/** NoteReplySchema: the note as stored. */
export function parseNoteReply(v: unknown): { note: Note } | null {
  if (!isObject(v)) return null;
  const note = parseNote(v.note);
  return note && { note };
}
