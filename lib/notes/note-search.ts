import type { Note } from './note-model';

// Apart from NoteSchema: the overlay sorts notes onto badges in the host page, which carries no zod.

/** Notes for one comment: its own and those about its author, newest first. */
export function notesForComment(notes: readonly Note[], commentKey: string, authorKey: string): Note[] {
  return notes
    .filter((n) => n.commentKey === commentKey || (n.authorKey !== null && n.authorKey === authorKey))
    .sort((a, b) => b.at - a.at);
}

// Letters NFD does not take apart, written as people type them on a keyboard without them.
const PLAIN: Record<string, string> = { ß: 'ss', ı: 'i', ł: 'l', ø: 'o', đ: 'd', æ: 'ae', œ: 'oe' };
const PLAIN_RE = /[ßıłøđæœ]/g;

/** Lower case without accents; with `umlauts`, ä/ö/ü become ae/oe/ue as typed without a German keyboard. */
function fold(s: string, umlauts: boolean): string {
  let d = s.toLowerCase().replace(PLAIN_RE, (c) => PLAIN[c]!).normalize('NFD');
  if (umlauts) d = d.replace(/([aou])\u0308/g, '$1e');
  return d.replace(/\p{M}/gu, '');
}

/** The profile an author key names ("x.com/lena_h" gives "lena_h"), so a note about the author is found by the @handle. */
const profileOf = (authorKey: string | null): string =>
  authorKey ? (/^[^:]+:[^/:]+\/(.+)$/.exec(authorKey)?.[1] ?? '').replace(/^profile\.php\?id=/, '') : '';

/**
 * Case- and accent-insensitive search over text, author (name and profile), page and agent; every word
 * must occur. "Maerz" finds "März" and "März" finds "Maerz": each word is also compared with the umlauts
 * written out, in both the query and the note.
 */
export function searchNotes(notes: readonly Note[], query: string): Note[] {
  const words = query.split(/\s+/).map((w) => w.replace(/^@+/, '')).filter(Boolean)
    .map((w) => ({ plain: fold(w, false), spelled: fold(w, true) }));
  const hits = words.length === 0 ? [...notes] : notes.filter((n) => {
    const all = `${n.text} ${n.authorName} ${profileOf(n.authorKey)} ${n.pageName} ${n.agent}`;
    const plain = fold(all, false);
    const spelled = fold(all, true);
    return words.every((w) => plain.includes(w.plain) || spelled.includes(w.spelled));
  });
  return hits.sort((a, b) => b.at - a.at);
}
