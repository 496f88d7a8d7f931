import { describe, expect, it } from 'vitest';
import { recordSightings } from '../../../lib/db/comments-store';
import { eraseAuthor, loadForgotten } from '../../../lib/db/erase-author';
import { addNote, allNotes } from '../../../lib/db/notes-store';
import { allDismissals } from '../../../lib/db/netiquette-store';
import { pruneFinishedComments } from '../../../lib/db/prune-comments';
import { netiquetteService } from '../../../lib/background/netiquette-service';
import type { ObservedComment } from '../../../lib/models/comment';
import { DAY } from '../../../lib/time/units';
import { freshDb } from './test-db';

/**
 * "Erase everything stored about her" must also find notes and dismissals on her comments once those
 * comments are gone from storage: pruned after half a year, or never stored here at all.
 */

const lena = { name: 'Lena Hoffmann', url: 'https://www.facebook.com/lena.hoffmann' };
const LENA = 'facebook:facebook.com/lena.hoffmann';
const ben = { name: 'Ben Krüger', url: 'https://www.facebook.com/ben.k' };
const BEN = 'facebook:facebook.com/ben.k';
const seen = (id: string, postedAt: number, author = lena, answered = false): ObservedComment => ({
  site: 'facebook', id, parentId: null, author, text: `Kommentar ${id}`, permalink: null, postedAt, timeSource: 'exact',
  byOwner: false, answered, answeredAt: answered ? postedAt + 1000 : null, pageName: 'Bäckerei',
});
const T0 = Date.UTC(2025, 0, 1);
const LATER = T0 + 200 * DAY;

/** A note as the version before commentAuthorKey stored it. */
const oldNote = (id: string, commentKey: string, text: string) => ({
  id, site: 'facebook', commentKey, authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', text, agent: 'Mara', at: T0 + 3000,
});
/** A dismissal as the version before commentAuthorKey stored it. */
const oldDismissal = (commentKey: string) => ({ commentKey, rule: 'insult', words: 'Betrüger', site: 'facebook', page: 'Bäckerei', at: T0 + 4000, agent: 'Mara' });

describe('erasing an author after her comment was pruned', () => {
  it('pruning stamps the comment author onto its notes and dismissals, and leaves other rows as they are', async () => {
    const db = freshDb();
    await recordSightings(db, [seen('old', T0, lena, true), seen('bens', T0, ben, true), seen('open', T0)], T0 + 2000);
    await db.notes.bulkPut([oldNote('n-old', 'facebook:old', 'Fall 4711'), oldNote('n-ben', 'facebook:bens', 'Ben'), oldNote('n-open', 'facebook:open', 'offen')]);
    // Already stamped (say by a colleague's browser): not overwritten.
    await db.notes.put({ ...oldNote('n-stamped', 'facebook:old', 'schon'), commentAuthorKey: 'facebook:name:lena' });
    await db.dismissals.bulkAdd([oldDismissal('facebook:old'), oldDismissal('facebook:open')]);

    expect(await pruneFinishedComments(db, LATER)).toBe(2);

    const notes = new Map((await allNotes(db)).map((n) => [n.id, n]));
    expect(notes.size).toBe(4);
    expect(notes.get('n-old')?.commentAuthorKey).toBe(LENA);
    expect(notes.get('n-ben')?.commentAuthorKey).toBe(BEN);
    expect(notes.get('n-stamped')?.commentAuthorKey).toBe('facebook:name:lena');
    // The open comment is kept, so its note needs nothing.
    expect(notes.get('n-open')).not.toHaveProperty('commentAuthorKey');
    const dismissals = await allDismissals(db);
    expect(dismissals.map((d) => [d.commentKey, d.commentAuthorKey])).toEqual([['facebook:old', LENA], ['facebook:open', undefined]]);
  });

  it('finds the notes and dismissals on her pruned comment, and only hers', async () => {
    const db = freshDb();
    await recordSightings(db, [seen('old', T0, lena, true), seen('bens', T0, ben, true)], T0 + 2000);
    // Rows as an older version wrote them, before it knew commentAuthorKey.
    await db.notes.bulkPut([oldNote('n-old', 'facebook:old', 'Lieferproblem, Fall 4711, Adresse Hauptstr. 5'), oldNote('n-ben', 'facebook:bens', 'Ben, Fall 12')]);
    await db.dismissals.bulkAdd([oldDismissal('facebook:old'), oldDismissal('facebook:bens')]);
    expect(await pruneFinishedComments(db, LATER)).toBe(2);

    // She comments again and asks for erasure; the moderator erases from the badge of the new comment.
    await recordSightings(db, [seen('new', LATER)], LATER + 1000);
    const counts = await eraseAuthor(db, 'facebook', lena, LATER + 2000);

    expect(counts).toEqual({ comments: 1, notes: 1, strikes: 0, dismissals: 1 });
    expect((await allNotes(db)).map((n) => n.text)).toEqual(['Ben, Fall 12']);
    expect((await allDismissals(db)).map((d) => d.commentKey)).toEqual(['facebook:bens']);
    // The pruned comment counts as hers, so a colleague's copy of the note is not imported back.
    const [forgotten] = await loadForgotten(db);
    expect(forgotten?.commentKeys?.sort()).toEqual(['facebook:new', 'facebook:old']);
  });

  it('also removes notes on the pruned comment that carry no stamp, once one row tells the comment was hers', async () => {
    const db = freshDb();
    await recordSightings(db, [seen('old', T0, lena, true)], T0 + 2000);
    await db.dismissals.add(oldDismissal('facebook:old'));
    await pruneFinishedComments(db, LATER);
    // Came in after the pruning (an older colleague's bundle), so nobody stamped it.
    await db.notes.put(oldNote('late', 'facebook:old', 'Fall 4711'));
    const counts = await eraseAuthor(db, 'facebook', lena, LATER + 2000);
    expect(counts).toMatchObject({ notes: 1, dismissals: 1 });
    expect(await allNotes(db)).toEqual([]);
  });
});

describe('new notes and dismissals name the comment author', () => {
  it('addNote takes commentAuthorKey from the request, else from the stored comment', async () => {
    const db = freshDb();
    await recordSightings(db, [seen('1', T0)], T0);
    const fromStore = await addNote(db, { site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', text: 'a', agent: 'Mara' }, T0 + 1);
    expect(fromStore.commentAuthorKey).toBe(LENA);
    // A comment this browser never stored: only the badge's word ties the note to her.
    const given = await addNote(db, { site: 'facebook', commentKey: 'facebook:elsewhere', authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', text: 'b', agent: 'Mara', commentAuthorKey: LENA }, T0 + 2);
    expect(given.commentAuthorKey).toBe(LENA);
    const unknown = await addNote(db, { site: 'facebook', commentKey: 'facebook:nowhere', authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', text: 'c', agent: 'Mara' }, T0 + 3);
    expect(unknown).not.toHaveProperty('commentAuthorKey');

    await eraseAuthor(db, 'facebook', lena, T0 + 10);
    expect((await allNotes(db)).map((n) => n.text)).toEqual(['c']);
  });

  it('a dismissed flag remembers whose comment it was on', async () => {
    const db = freshDb();
    const item = { key: 'facebook:9', text: 'Ihr Betrüger!', site: 'facebook' as const, page: 'Bäckerei', authorName: lena.name, authorUrl: lena.url };
    await netiquetteService(db).dismiss(item, { rule: 'insult', start: 4, end: 12 }, false, 'Mara', T0);
    expect((await allDismissals(db)).map((d) => d.commentAuthorKey)).toEqual([LENA]);
    const counts = await eraseAuthor(db, 'facebook', lena, T0 + 10);
    expect(counts.dismissals).toBe(1);
    expect(await db.dismissals.count()).toBe(0);
  });
});
