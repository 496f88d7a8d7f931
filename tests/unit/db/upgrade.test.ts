import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ModeratoDatabase, SCHEMA } from '../../../lib/db/database';
import { longestWaiting, openComments, recordSightings } from '../../../lib/db/comments-store';
import { loadSettings } from '../../../lib/db/settings-store';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as version 1 of Moderato left it. */
async function version1(name: string): Promise<void> {
  const v1 = new Dexie(name);
  v1.version(1).stores(SCHEMA[1]);
  await v1.open();
  await v1.table('settings').put({ id: 'settings', value: { pages: [{ site: 'facebook', name: 'Shop', url: 'https://www.facebook.com/shop', pageId: '' }], agentName: 'Mara', targetMinutes: 45, backlogDays: 30 } });
  await v1.table('comments').bulkPut([
    {
      key: 'facebook:1', site: 'facebook', id: '1', parentId: null, author: { name: 'Anna', url: null }, text: 'Wo bleibt meine Bestellung?',
      permalink: 'https://www.facebook.com/shop/posts/9?comment_id=1', pageName: 'Shop', postedAt: 1_000, timeSource: 'relative',
      firstSeenAt: 2_000, lastSeenAt: 3_000, byOwner: false, answeredAt: null, handledAt: null, open: 1,
    },
    {
      key: 'facebook:2', site: 'facebook', id: '2', parentId: '1', author: { name: 'Shop', url: null }, text: 'Heute!',
      permalink: null, pageName: 'Shop', postedAt: 1_500, timeSource: 'relative',
      firstSeenAt: 2_000, lastSeenAt: 3_000, byOwner: true, answeredAt: null, handledAt: null, open: 0,
    },
  ]);
  v1.close();
}

describe('database upgrade 1 → 2', () => {
  it('keeps settings and tracked comments, adds the claim fields and the new tables', async () => {
    const name = `moderato-upgrade-${process.pid}-${Date.now()}`;
    names.push(name);
    await version1(name);

    const db = new ModeratoDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    const settings = await loadSettings(db);
    expect(settings.targetMinutes).toBe(45);
    expect(settings.pages.map((p) => p.name)).toEqual(['Shop']);

    const open = await openComments(db);
    expect(open.map((c) => c.key)).toEqual(['facebook:1']);
    expect(open[0]).toMatchObject({ text: 'Wo bleibt meine Bestellung?', firstSeenAt: 2_000, claimedBy: null, claimedAt: null });
    expect(await db.comments.count()).toBe(2);

    // New tables exist and are usable.
    await db.notes.put({ id: 'n1', commentKey: 'facebook:1', authorKey: 'facebook:anna', at: 5, text: 'Fall 4711' });
    expect(await db.notes.where('commentKey').equals('facebook:1').count()).toBe(1);
    expect(await db.strikes.count()).toBe(0);

    // An old record seen again keeps its first-seen time.
    const [again] = await recordSightings(db, [{
      site: 'facebook', id: '1', parentId: null, author: { name: 'Anna', url: null }, text: 'Wo bleibt meine Bestellung?', permalink: null,
      postedAt: 900, timeSource: 'relative', byOwner: false, answered: false, answeredAt: null, pageName: 'Shop',
    }], 10_000);
    expect(again).toMatchObject({ firstSeenAt: 2_000, postedAt: 900, claimedBy: null });
    db.close();
  });
});

/** A database exactly as version 2 left it: comments with claims, guide, notes, strikes, dismissals. */
async function version2(name: string): Promise<void> {
  const v2 = new Dexie(name);
  v2.version(1).stores(SCHEMA[1]);
  v2.version(2).stores(SCHEMA[2]);
  await v2.open();
  const base = {
    site: 'facebook', parentId: null, permalink: null, pageName: 'Shop', timeSource: 'relative', lastSeenAt: 9_000_000,
    byOwner: false, answeredAt: null, handledAt: null, open: 1, claimedBy: null, claimedAt: null,
  };
  await v2.table('comments').bulkPut([
    { ...base, key: 'facebook:new', id: 'new', author: { name: 'Neu', url: null }, text: 'neu', postedAt: 5_000_000, firstSeenAt: 5_000_000 },
    { ...base, key: 'facebook:old', id: 'old', author: { name: 'Alt', url: null }, text: 'alt', postedAt: 1_000_000, firstSeenAt: 1_000_000, claimedBy: 'Mara', claimedAt: 1_100_000 },
    // No posting time known: it waits since it was first seen.
    { ...base, key: 'facebook:seen', id: 'seen', author: { name: 'Gesehen', url: null }, text: 'ohne Zeit', postedAt: null, timeSource: 'first-seen', firstSeenAt: 3_000_000 },
    { ...base, key: 'facebook:done', id: 'done', author: { name: 'Fertig', url: null }, text: 'erledigt', postedAt: 500_000, firstSeenAt: 500_000, handledAt: 600_000, open: 0 },
  ]);
  await v2.table('notes').put({ id: 'n1', commentKey: 'facebook:old', authorKey: 'facebook:alt', at: 5, text: 'Fall 4711', agent: 'Mara' });
  await v2.table('strikes').add({ authorKey: 'facebook:alt', at: 7, commentKey: 'facebook:old', step: 'public-reminder' });
  await v2.table('guideTopics').put({ id: 'delivery-status', position: 0 });
  await v2.table('dismissals').add({ commentKey: 'facebook:old', term: null });
  v2.close();
}

describe('database upgrade 2 → 3', () => {
  it('keeps every table as it was and reads the longest-waiting comments through the new index', async () => {
    const name = `moderato-upgrade3-${process.pid}-${Date.now()}`;
    names.push(name);
    await version2(name);

    const db = new ModeratoDatabase(name);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.comments.count()).toBe(4);
    expect((await openComments(db)).find((c) => c.key === 'facebook:old')).toMatchObject({ claimedBy: 'Mara', text: 'alt' });
    expect(await db.notes.get('n1')).toMatchObject({ text: 'Fall 4711', agent: 'Mara' });
    expect(await db.strikes.count()).toBe(1);
    expect(await db.guideTopics.get('delivery-status')).toMatchObject({ position: 0 });
    expect(await db.dismissals.count()).toBe(1);

    // Oldest first; the handled one is not open; a comment without posting time waits since first seen.
    expect((await longestWaiting(db, 30, 10)).map((c) => c.key)).toEqual(['facebook:old', 'facebook:seen', 'facebook:new']);
    expect((await longestWaiting(db, 30, 2)).map((c) => c.key)).toEqual(['facebook:old', 'facebook:seen']);

    // Records written after the upgrade are indexed too, and a changed posting time moves them.
    await recordSightings(db, [{
      site: 'facebook', id: 'first', parentId: null, author: { name: 'Erste', url: null }, text: 'ganz alt', permalink: null,
      postedAt: 200_000, timeSource: 'relative', byOwner: false, answered: false, answeredAt: null, pageName: 'Shop',
    }], 400_000);
    expect((await longestWaiting(db, 30, 1)).map((c) => c.key)).toEqual(['facebook:first']);
    await db.comments.update('facebook:first', { handledAt: 500_000, open: 0 });
    expect((await longestWaiting(db, 30, 1)).map((c) => c.key)).toEqual(['facebook:old']);
    db.close();
  });

  it('leaves out comments that were already backlog when first seen, as the checklist does', async () => {
    const name = `moderato-backlog-${process.pid}-${Date.now()}`;
    names.push(name);
    const db = new ModeratoDatabase(name);
    await db.open();
    const day = 24 * 60 * 60_000;
    await recordSightings(db, [
      { site: 'facebook', id: 'ancient', parentId: null, author: { name: 'A', url: null }, text: 'a', permalink: null, postedAt: 0, timeSource: 'exact', byOwner: false, answered: false, answeredAt: null, pageName: 'Shop' },
      { site: 'facebook', id: 'recent', parentId: null, author: { name: 'B', url: null }, text: 'b', permalink: null, postedAt: 40 * day, timeSource: 'exact', byOwner: false, answered: false, answeredAt: null, pageName: 'Shop' },
    ], 41 * day);
    expect((await longestWaiting(db, 30, 5)).map((c) => c.key)).toEqual(['facebook:recent']);
    db.close();
  });
});
