import { describe, expect, it } from 'vitest';
import { recordSightings } from '../../../lib/db/comments-store';
import { eraseAuthor } from '../../../lib/db/erase-author';
import { addNote, allNotes } from '../../../lib/db/notes-store';
import { pruneFinishedComments } from '../../../lib/db/prune-comments';
import type { ObservedComment } from '../../../lib/models/comment';
import { erasedAuthorKeys, withoutErasedAuthors } from '../../../lib/sync/erased-authors';
import { TEAM_SYNC_ROW } from '../../../lib/sync/local-sections';
import { createTeamBundle } from '../../../lib/sync/team-import';
import { DAY } from '../../../lib/time/units';
import { freshDb } from '../db/test-db';
import { exportText, importText } from './team-db';

/**
 * A note on her comment that only a colleague's browser stored (or whose comment was pruned) carries
 * `commentAuthorKey` in the team bundle, so erasing her here removes it and keeps it from coming back.
 */

const lena = { name: 'Lena Hoffmann', url: 'https://www.facebook.com/lena.hoffmann' };
const LENA = 'facebook:facebook.com/lena.hoffmann';
const seen = (id: string, postedAt: number, answered = false): ObservedComment => ({
  site: 'facebook', id, parentId: null, author: lena, text: `Kommentar ${id}`, permalink: null, postedAt, timeSource: 'exact',
  byOwner: false, answered, answeredAt: answered ? postedAt + 1000 : null, pageName: 'Bäckerei',
});
const onHerComment = (commentKey: string) => ({ site: 'facebook' as const, commentKey, authorKey: null, authorName: 'Lena Hoffmann', pageName: 'Bäckerei', agent: 'Jonas' });
const bundleText = (sections: Parameters<typeof createTeamBundle>[0], at: number) => JSON.stringify(createTeamBundle(sections, { exportedAt: at }));

describe("a colleague's note on her comment this browser never stored", () => {
  it('is erased with her after the import', async () => {
    const jonas = freshDb();
    const mine = freshDb();
    await recordSightings(jonas, [seen('seen-by-jonas', 1000)], 1000);
    await addNote(jonas, { ...onHerComment('facebook:seen-by-jonas'), text: 'Rückruf zugesagt, Tel. 0170 1234567' }, 1100);
    const file = await exportText(jonas, 1200);
    expect(JSON.parse(file).sections.notes[0].commentAuthorKey).toBe(LENA);

    await importText(mine, file, 1300);
    expect((await allNotes(mine)).map((n) => n.commentAuthorKey)).toEqual([LENA]);
    await recordSightings(mine, [seen('mine', 5000)], 6000);
    const counts = await eraseAuthor(mine, 'facebook', lena, 7000);
    expect(counts).toMatchObject({ comments: 1, notes: 1 });
    expect(await allNotes(mine)).toEqual([]);
    // The same file again does not bring it back.
    await importText(mine, file, 8000);
    expect(await allNotes(mine)).toEqual([]);
  });

  it('is refused by an import after her erasure', async () => {
    const jonas = freshDb();
    const mine = freshDb();
    await recordSightings(mine, [seen('mine', 500)], 600);
    await eraseAuthor(mine, 'facebook', lena, 2000);
    await recordSightings(jonas, [seen('seen-by-jonas', 1000)], 1000);
    await addNote(jonas, { ...onHerComment('facebook:seen-by-jonas'), text: 'Tel. 0170 1234567' }, 1100);
    const file = JSON.parse(await exportText(jonas, 3000));
    expect(withoutErasedAuthors(file, await erasedAuthorKeys(mine)).left).toBe(1);
    await importText(mine, JSON.stringify(file), 3000);
    expect(await allNotes(mine)).toEqual([]);
    // What a colleague writes on her comment after the erasure is new.
    await addNote(jonas, { ...onHerComment('facebook:seen-by-jonas'), text: 'Neue Anfrage' }, 4000);
    await importText(mine, await exportText(jonas, 4100), 4100);
    expect((await allNotes(mine)).map((n) => n.text)).toEqual(['Neue Anfrage']);
  });
});

describe('notes from before commentAuthorKey', () => {
  const old = { id: 'old-1', ...onHerComment('facebook:1'), text: 'Fall 4711', at: 1000 };

  it('still load and travel unchanged through an export and import', async () => {
    const a = freshDb();
    const b = freshDb();
    await a.notes.put(old);
    expect(await allNotes(a)).toEqual([old]);
    const file = await exportText(a, 2000);
    expect(JSON.parse(file).sections.notes[0]).not.toHaveProperty('commentAuthorKey');
    await importText(b, file, 2100);
    expect(await allNotes(b)).toEqual([old]);
    // Back again: nothing changes either side.
    const back = await importText(a, await exportText(b, 2200), 2200);
    expect(back.hasChanges).toBe(false);
    // A file written by the older version (the record as it exported it) imports as well.
    const c = freshDb();
    await importText(c, bundleText({ notes: [{ ...old, updatedAt: old.at }] }, 3000), 3000);
    expect(await allNotes(c)).toEqual([old]);
  });

  it('a copy stamped by pruning wins over the unstamped one without a conflict, either way round, and both go with the erasure', async () => {
    const pruned = freshDb();
    const colleague = freshDb();
    const t0 = Date.UTC(2025, 0, 1);
    await recordSightings(pruned, [seen('1', t0, true)], t0 + 2000);
    await pruned.notes.put({ ...old, at: t0 + 3000 });
    await colleague.notes.put({ ...old, at: t0 + 3000 });
    const later = t0 + 200 * 24 * 60 * 60_000;
    expect(await pruneFinishedComments(pruned, later)).toBe(1);

    // The colleague's unstamped copy does not undo the stamp here...
    const here = await importText(pruned, await exportText(colleague, later + 100), later + 100);
    expect(here.totals.counts.conflicts).toBe(0);
    expect((await allNotes(pruned))[0]?.commentAuthorKey).toBe(LENA);
    // ...and the stamp reaches the colleague.
    const there = await importText(colleague, await exportText(pruned, later + 200), later + 200);
    expect(there.totals.counts).toMatchObject({ conflicts: 0, updated: 1 });
    expect((await allNotes(colleague))[0]?.commentAuthorKey).toBe(LENA);

    // The colleague erases her without ever having stored her comment: the note and the unstamped
    // copy kept in the team history both go.
    await eraseAuthor(colleague, 'facebook', lena, later + 300);
    expect(await allNotes(colleague)).toEqual([]);
    expect(JSON.stringify((await colleague.settings.get(TEAM_SYNC_ROW))?.value ?? null)).not.toContain('4711');
    expect(await exportText(colleague, later + 400)).not.toContain('4711');
  });
});
