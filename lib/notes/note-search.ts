import type { Note } from './note-model';

// Apart from NoteSchema: the overlay sorts notes onto badges in the host page, which carries no zod.

/** Notes for one comment: its own and those about its author, newest first. */
export function notesForComment(notes: readonly Note[], commentKey: string, authorKey: string): Note[] {
  return notes
    .filter((n) => n.commentKey === commentKey || (n.authorKey !== null && n.authorKey === authorKey))
    .sort((a, b) => b.at - a.at);
}

/** Case- and accent-insensitive search over text, author, page and agent; every word must occur. */
export function searchNotes(notes: readonly Note[], query: string): Note[] {
  const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hits = words.length === 0 ? [...notes] : notes.filter((n) => {
    const hay = fold(`${n.text} ${n.authorName} ${n.pageName} ${n.agent}`);
    return words.every((w) => hay.includes(w));
  });
  return hits.sort((a, b) => b.at - a.at);
}
