import { describe, expect, it } from 'vitest';
import { recordSightings } from '../../../lib/db/comments-store';
import type { ModeratoDatabase } from '../../../lib/db/database';
import { eraseAuthor } from '../../../lib/db/erase-author';
import { addNote, allNotes } from '../../../lib/db/notes-store';
import type { ObservedComment } from '../../../lib/models/comment';
import { strikeId } from '../../../lib/sync/local-records';
import { erasedAuthorKeys, withoutErasedAuthors } from '../../../lib/sync/erased-authors';
import { TEAM_SYNC_ROW } from '../../../lib/sync/local-sections';
import { createTeamBundle } from '../../../lib/sync/team-import';
import { freshDb } from '../db/test-db';
import { exportText, importText } from './team-db';

const lena = { name: 'Lena Hoffmann', url: 'https://www.facebook.com/lena.hoffmann' };
const LENA = 'facebook:facebook.com/lena.hoffmann';
const seen = (id: string, postedAt: number | null = 100): ObservedComment => ({
  site: 'facebook', id, parentId: null, author: lena, text: `Kommentar ${id}`, permalink: null, postedAt, timeSource: 'relative',
  byOwner: false, answered: false, answeredAt: null, pageName: 'Bäckerei',
});
const onHerComment = { site: 'facebook' as const, commentKey: 'facebook:1', authorKey: null, authorName: 'Lena Hoffmann', pageName: 'P', agent: 'Mara' };
const aboutHer = { ...onHerComment, commentKey: 'facebook:7', authorKey: LENA };
// Her name-only key, as when the page showed no profile link: the strike is on her comment all the same.
const strikeOnHerComment = { authorKey: 'facebook:name:lena hoffmann', authorName: 'Lena Hoffmann', site: 'facebook' as const, page: 'P', step: 'public-reminder' as const, at: 1150, commentKey: 'facebook:1', agent: 'Mara' };

const teamRow = async (db: ModeratoDatabase) => JSON.stringify((await db.settings.get(TEAM_SYNC_ROW))?.value ?? null);
const bundleText = (sections: Parameters<typeof createTeamBundle>[0], at: number) => JSON.stringify(createTeamBundle(sections, { exportedAt: at }));

describe('erasure: notes and strikes on the author’s comments', () => {
  it('a note on her comment does not come back with a colleague’s bundle', async () => {
    const a = freshDb();
    const b = freshDb();
    await recordSightings(a, [seen('1')], 1000);
    await addNote(a, { ...onHerComment, text: 'Fall 4711 Lena' }, 1100);
    await importText(b, await exportText(a, 1200), 1200);
    await eraseAuthor(a, 'facebook', lena, 2000);
    await importText(a, await exportText(b, 3000), 3000);
    expect(await allNotes(a)).toEqual([]);
    expect(await exportText(a, 3100)).not.toContain('4711');
  });

  it('a strike on her comment goes with the erasure and does not come back', async () => {
    const a = freshDb();
    const b = freshDb();
    await recordSightings(a, [seen('1')], 1000);
    await a.strikes.add(strikeOnHerComment);
    await importText(b, await exportText(a, 1200), 1200);
    const counts = await eraseAuthor(a, 'facebook', lena, 2000);
    expect(counts.strikes).toBe(1);
    expect(await a.strikes.count()).toBe(0);
    await importText(a, await exportText(b, 3000), 3000);
    expect(await a.strikes.count()).toBe(0);
  });

  it('older versions of a note on her comment leave the team history', async () => {
    const a = freshDb();
    await recordSightings(a, [seen('1')], 1000);
    const n = { ...onHerComment, id: 'n1', text: 'Fall 4711 alt', at: 1050 };
    await importText(a, bundleText({ notes: [{ ...n, updatedAt: 1050 }] }, 1060), 1060);
    await importText(a, bundleText({ notes: [{ ...n, text: 'Fall 4711 neu', at: 1100, updatedAt: 1100 }] }, 1110), 1110);
    expect(await teamRow(a)).toContain('Fall 4711 alt');
    await eraseAuthor(a, 'facebook', lena, 2000);
    expect(await teamRow(a)).not.toContain('4711');
  });

  it('a second erasure of the same author keeps the comments of the first', async () => {
    const a = freshDb();
    await recordSightings(a, [seen('1')], 1000);
    await eraseAuthor(a, 'facebook', lena, 2000);
    await recordSightings(a, [seen('2', 2500)], 2600);
    await eraseAuthor(a, 'facebook', lena, 3000);
    const erased = await erasedAuthorKeys(a);
    expect([...erased.comments.keys()].sort()).toEqual(['facebook:1', 'facebook:2']);
    // A colleague's note on her first comment, written between the two erasures, goes with the second.
    await a.notes.put({ ...onHerComment, id: 'between', text: 'dazwischen', at: 2400 });
    await eraseAuthor(a, 'facebook', lena, 4000);
    expect(await allNotes(a)).toEqual([]);
  });

  it('reads a forgotten row written before comment keys were remembered', async () => {
    const a = freshDb();
    await a.settings.put({ id: 'forgotten', value: [{ authorKey: LENA, at: 2000 }] });
    const old = { ...aboutHer, id: 'old', text: 'Fall 4711', at: 1500 };
    await importText(a, bundleText({ notes: [{ ...old, updatedAt: 1500 }] }, 3000), 3000);
    expect(await allNotes(a)).toEqual([]);
    // Erasing someone else keeps her entry as it was.
    await eraseAuthor(a, 'facebook', { name: 'Tom', url: null }, 4000);
    expect((await a.settings.get('forgotten'))!.value).toEqual([{ authorKey: LENA, at: 2000 }, { authorKey: 'facebook:name:tom', at: 4000, commentKeys: [] }]);
    // And her comments from before the erasure are still not recorded again.
    await recordSightings(a, [seen('1', 1000)], 5000);
    expect(await a.comments.count()).toBe(0);
  });
});

describe('erasure: tombstones', () => {
  it('a deletion whose history holds a note about her is imported without that note, and counted as left out', async () => {
    const a = freshDb();
    await recordSightings(a, [seen('1')], 1000);
    await eraseAuthor(a, 'facebook', lena, 2000);
    const deleted = {
      id: 'n1', updatedAt: 2500, deletedAt: 2500,
      history: [{ ...aboutHer, id: 'n1', text: 'Fall 4711', at: 1100, updatedAt: 1100 }],
    };
    const onComment = {
      id: 'n2', updatedAt: 2500, deletedAt: 2500,
      history: [{ ...onHerComment, id: 'n2', text: 'auf ihrem Kommentar', at: 1100, updatedAt: 1100 }],
    };
    const text = bundleText({ notes: [deleted, onComment] }, 3000);
    const { left } = withoutErasedAuthors(JSON.parse(text), await erasedAuthorKeys(a));
    expect(left).toBe(2);
    await importText(a, text, 3000);
    expect(await teamRow(a)).not.toContain('4711');
    expect(await teamRow(a)).not.toContain('Kommentar');
    const out = await exportText(a, 3100);
    expect(out).not.toContain('4711');
    // The deletions themselves still spread.
    expect(JSON.parse(out).sections.notes).toEqual([{ id: 'n1', updatedAt: 2500, deletedAt: 2500 }, { id: 'n2', updatedAt: 2500, deletedAt: 2500 }]);
  });
});

describe('erasure: what is written afterwards is new', () => {
  it('a colleague’s note and strike about her made after the erasure are imported; those up to it are not', async () => {
    const a = freshDb();
    await recordSightings(a, [seen('1')], 1000);
    await eraseAuthor(a, 'facebook', lena, 2000);
    const later = { ...aboutHer, id: 'later', text: 'neuer Fall', at: 2500 };
    const atErasure = { ...aboutHer, id: 'same-ms', text: 'zur selben Zeit', at: 2000 };
    const onOldComment = { ...onHerComment, id: 'on-old', text: 'nachträglich auf altem Kommentar', at: 2600 };
    const strike = { ...strikeOnHerComment, authorKey: LENA, commentKey: 'facebook:8', at: 2500 };
    const oldStrike = { ...strike, at: 1900 };
    await importText(a, bundleText({
      notes: [later, atErasure, onOldComment].map((n) => ({ ...n, updatedAt: n.at })),
      strikes: [strike, oldStrike].map((s) => ({ ...s, id: strikeId(s), updatedAt: s.at })),
    }, 3000), 3000);
    expect((await allNotes(a)).map((n) => n.id).sort()).toEqual(['later', 'on-old']);
    expect((await a.strikes.toArray()).map((s) => s.at)).toEqual([2500]);
  });

  it('a strike dated before the erasure does not pass by claiming a later edit time', async () => {
    const a = freshDb();
    await eraseAuthor(a, 'facebook', lena, 2000);
    const old = { ...strikeOnHerComment, authorKey: LENA, at: 1900 };
    await importText(a, bundleText({ strikes: [{ ...old, id: strikeId(old), updatedAt: 2500 }] }, 3000), 3000);
    expect(await a.strikes.count()).toBe(0);
  });
});
