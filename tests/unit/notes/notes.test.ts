import { describe, expect, it } from 'vitest';
import { authorKeyOf } from '../../../lib/comments/author-key';
import { claimComment, recordSightings } from '../../../lib/db/comments-store';
import { addNote, notesFor } from '../../../lib/db/notes-store';
import type { Note } from '../../../lib/notes/note-model';
import { notesForComment, searchNotes } from '../../../lib/notes/note-search';
import { freshDb } from '../db/test-db';

const note = (over: Partial<Note>): Note => ({
  id: 'n', site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', text: 'x', agent: 'Mara', at: 1, ...over,
});

describe('authorKeyOf', () => {
  it('is one key for one profile however it is linked, and the name where no profile is known', () => {
    expect(authorKeyOf('facebook', { name: 'Lena', url: 'https://www.facebook.com/Lena.Hoffmann/' })).toBe(authorKeyOf('facebook', { name: 'L. H.', url: 'https://m.facebook.com/lena.hoffmann' }));
    expect(authorKeyOf('facebook', { name: 'A', url: 'https://www.facebook.com/profile.php?id=100012345678901&comment_id=5' })).toBe('facebook:facebook.com/profile.php?id=100012345678901');
    expect(authorKeyOf('x', { name: '  Anna   Berger ', url: null })).toBe('x:name:anna berger');
  });
});

describe('notes', () => {
  it('shows a comment its own notes and those about its author, newest first', () => {
    const notes = [
      note({ id: 'a', commentKey: 'facebook:1', at: 1 }),
      note({ id: 'b', commentKey: 'facebook:2', authorKey: 'facebook:lena', at: 3 }),
      note({ id: 'c', commentKey: 'facebook:2', at: 2 }),
    ];
    expect(notesForComment(notes, 'facebook:1', 'facebook:lena').map((n) => n.id)).toEqual(['b', 'a']);
    expect(notesForComment(notes, 'facebook:9', 'facebook:other').map((n) => n.id)).toEqual([]);
  });

  it('searches text, author, page and agent without regard to case or accents, all words required', () => {
    const notes = [note({ id: 'a', text: 'Rückruf zugesagt', at: 1 }), note({ id: 'b', text: 'Fall 4711 Lieferproblem', at: 2, agent: 'Jonas' })];
    expect(searchNotes(notes, 'RUCKRUF').map((n) => n.id)).toEqual(['a']);
    expect(searchNotes(notes, 'jonas 4711').map((n) => n.id)).toEqual(['b']);
    expect(searchNotes(notes, 'lena').map((n) => n.id)).toEqual(['b', 'a']);
    expect(searchNotes(notes, 'nirgends')).toEqual([]);
  });

  it('stores notes with agent and time and finds them by comment or by author', async () => {
    const db = freshDb();
    const a = await addNote(db, { site: 'facebook', commentKey: 'facebook:1', authorKey: 'facebook:lena', authorName: 'Lena', pageName: 'P', text: ' Fall 4711 ', agent: 'Mara' }, 1000);
    await addNote(db, { site: 'facebook', commentKey: 'facebook:2', authorKey: null, authorName: 'Tom', pageName: 'P', text: 'Rückruf', agent: 'Mara' }, 2000);
    expect(a).toMatchObject({ text: 'Fall 4711', agent: 'Mara', at: 1000 });
    expect((await notesFor(db, ['facebook:9'], ['facebook:lena'])).map((n) => n.text)).toEqual(['Fall 4711']);
    expect((await notesFor(db, ['facebook:2'], [])).map((n) => n.text)).toEqual(['Rückruf']);
    await expect(addNote(db, { site: 'facebook', commentKey: 'facebook:2', authorKey: null, authorName: 'Tom', pageName: 'P', text: '   ', agent: '' }, 3000)).rejects.toThrow();
  });
});

describe('claims', () => {
  it('marks who is on a comment and releases it again, keeping the claim across later sightings', async () => {
    const db = freshDb();
    const seen = { site: 'facebook' as const, id: '1', parentId: null, author: { name: 'Anna', url: null }, text: 't', permalink: null, postedAt: 10, timeSource: 'relative' as const, byOwner: false, answered: false, answeredAt: null, pageName: 'P' };
    await recordSightings(db, [seen], 100);
    expect(await claimComment(db, 'facebook:1', 'Mara', 200)).toMatchObject({ claimedBy: 'Mara', claimedAt: 200 });
    const [again] = await recordSightings(db, [seen], 300);
    expect(again).toMatchObject({ claimedBy: 'Mara', claimedAt: 200 });
    expect(await claimComment(db, 'facebook:1', null, 400)).toMatchObject({ claimedBy: null, claimedAt: null });
    expect(await claimComment(db, 'facebook:404', 'Mara', 500)).toBeNull();
  });
});
