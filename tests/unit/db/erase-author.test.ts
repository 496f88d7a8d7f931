import { describe, expect, it } from 'vitest';
import { openComments, recordSightings } from '../../../lib/db/comments-store';
import { eraseAuthor } from '../../../lib/db/erase-author';
import { addNote, allNotes, deleteNote } from '../../../lib/db/notes-store';
import { readLocalSections, TEAM_SYNC_ROW } from '../../../lib/sync/local-sections';
import type { ObservedComment } from '../../../lib/models/comment';
import { freshDb } from './test-db';

const lena = { name: 'Lena Hoffmann', url: 'https://www.facebook.com/lena.hoffmann' };
const seen = (id: string, author: ObservedComment['author'], postedAt: number | null): ObservedComment => ({
  site: 'facebook', id, parentId: null, author, text: `Kommentar ${id}`, permalink: null, postedAt, timeSource: 'relative',
  byOwner: false, answered: false, answeredAt: null, pageName: 'Bäckerei',
});

describe('eraseAuthor', () => {
  it('removes the author’s comments, notes about them or on their comments, strikes and dismissals, and nothing of anyone else', async () => {
    const db = freshDb();
    await recordSightings(db, [seen('1', lena, 100), seen('2', { ...lena, url: 'https://m.facebook.com/Lena.Hoffmann/' }, 200), seen('3', { name: 'Tom', url: null }, 300)], 1000);
    await addNote(db, { site: 'facebook', commentKey: 'facebook:1', authorKey: null, authorName: 'Lena', pageName: 'P', text: 'on her comment', agent: 'Mara' }, 1100);
    await addNote(db, { site: 'facebook', commentKey: 'facebook:3', authorKey: 'facebook:facebook.com/lena.hoffmann', authorName: 'Lena', pageName: 'P', text: 'about her', agent: 'Mara' }, 1200);
    await addNote(db, { site: 'facebook', commentKey: 'facebook:3', authorKey: null, authorName: 'Tom', pageName: 'P', text: 'about Tom', agent: 'Mara' }, 1300);
    await db.strikes.add({ authorKey: 'facebook:facebook.com/lena.hoffmann', site: 'facebook', page: 'P', step: 'public-reminder', at: 1, commentKey: 'facebook:1' });
    await db.dismissals.add({ commentKey: 'facebook:2', rule: 'insult', words: 'x', site: 'facebook', page: 'P', at: 1 });

    const counts = await eraseAuthor(db, 'facebook', lena, 5000);
    expect(counts).toEqual({ comments: 2, notes: 2, strikes: 1, dismissals: 1 });
    expect((await openComments(db)).map((c) => c.key)).toEqual(['facebook:3']);
    expect((await allNotes(db)).map((n) => n.text)).toEqual(['about Tom']);
    expect(await db.strikes.count()).toBe(0);
    expect(await db.dismissals.count()).toBe(0);

    // Her comments still on the page are not recorded again; what she writes afterwards is.
    await recordSightings(db, [seen('1', lena, 100), seen('4', lena, 6000)], 7000);
    expect((await openComments(db)).map((c) => c.key).sort()).toEqual(['facebook:3', 'facebook:4']);
  });

  it('never records an erased comment again, even when its estimated time falls after the erasure, and keeps her new ones without a readable time', async () => {
    const db = freshDb();
    await recordSightings(db, [seen('1', lena, 3200)], 3300);
    await eraseAuthor(db, 'facebook', lena, 5000);

    // "1 h" read long after the erasure: the estimate (now − 60 min) lands after it, but the comment is the erased one.
    await recordSightings(db, [seen('1', lena, 6500), seen('5', lena, null)], 9000);
    const keys = (await openComments(db)).map((c) => c.key);
    expect(keys).toContain('facebook:5');
    expect(keys).not.toContain('facebook:1');
  });

  it('still leaves out her comments without a readable time where the erasure predates the kept comment keys', async () => {
    const db = freshDb();
    await db.settings.put({ id: 'forgotten', value: [{ authorKey: 'facebook:facebook.com/lena.hoffmann', at: 5000 }] });
    await recordSightings(db, [seen('1', lena, null), seen('4', lena, 6000)], 7000);
    expect((await openComments(db)).map((c) => c.key)).toEqual(['facebook:4']);
  });

  it('leaves nothing about the author behind in the team data, also where a note about them was deleted earlier', async () => {
    const db = freshDb();
    const about = { site: 'facebook' as const, commentKey: 'facebook:1', authorKey: 'facebook:facebook.com/lena.hoffmann', authorName: 'Lena Hoffmann', pageName: 'P', agent: 'Mara' };
    const gone = await addNote(db, { ...about, text: 'Fall 4711' }, 1000);
    await addNote(db, { ...about, text: 'noch da' }, 1100);
    await deleteNote(db, gone.id, 2000);
    await eraseAuthor(db, 'facebook', lena, 3000);

    expect(await allNotes(db)).toEqual([]);
    const team = JSON.stringify([await db.settings.get(TEAM_SYNC_ROW), await readLocalSections(db, 4000)]);
    for (const personal of ['Lena', 'lena.hoffmann', '4711', 'noch da']) expect(team).not.toContain(personal);
    // The earlier deletion still spreads: a tombstone holds only id and time.
    expect((await readLocalSections(db, 4000)).notes).toEqual([{ id: gone.id, updatedAt: 2000, deletedAt: 2000 }]);
  });
});
