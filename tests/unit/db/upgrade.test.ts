import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ModeratoDatabase, SCHEMA } from '../../../lib/db/database';
import { openComments, recordSightings } from '../../../lib/db/comments-store';
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
    expect(db.verno).toBe(2);
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
