import { describe, expect, it } from 'vitest';
import { markHandled, openComments, recordSightings, unmarkHandled, validRecords } from '../../../lib/db/comments-store';
import { MINUTE } from '../../../lib/time/units';
import { observed } from '../models/observed-comment';
import { freshDb } from './test-db';

const T = Date.UTC(2026, 2, 10, 10);

describe('recordSightings', () => {
  it('stores each comment once, however often it is seen', async () => {
    const db = freshDb();
    await recordSightings(db, [observed({ id: '1' }), observed({ id: '2' })], T);
    await recordSightings(db, [observed({ id: '1' }), observed({ id: '2' })], T + MINUTE);
    await recordSightings(db, [observed({ id: '1' })], T + 2 * MINUTE);
    expect(await db.comments.count()).toBe(2);
    expect((await db.comments.get('facebook:1'))).toMatchObject({ firstSeenAt: T, lastSeenAt: T + 2 * MINUTE });
  });

  it('merges the same comment twice in one batch, in order, and returns records in input order', async () => {
    const db = freshDb();
    const records = await recordSightings(db, [
      observed({ id: '1', postedAt: T - 10 * MINUTE }),
      observed({ id: '2' }),
      observed({ id: '1', answered: true, answeredAt: T - 5 * MINUTE }),
    ], T);
    expect(records.map((r) => r.key)).toEqual(['facebook:1', 'facebook:2', 'facebook:1']);
    expect(records[0]).toBe(records[2]);
    expect(records[0]).toMatchObject({ answeredAt: T - 5 * MINUTE, open: 0 });
    expect(await db.comments.count()).toBe(2);
  });

  it('keeps the same id on different sites apart', async () => {
    const db = freshDb();
    await recordSightings(db, [observed({ id: '1' }), observed({ id: '1', site: 'x' })], T);
    expect((await db.comments.toArray()).map((c) => c.key).sort()).toEqual(['facebook:1', 'x:1']);
  });

  it('leaves a stored row it cannot read as it is (tick and claim included), and stores the rest of the batch', async () => {
    const db = freshDb();
    // A later version's record: a field this one refuses, next to a tick and a claim that must survive.
    const future = {
      key: 'facebook:1', site: 'facebook', id: '1', firstSeenAt: T - MINUTE, handledAt: T - 1, claimedBy: 'Mara', claimedAt: T - 2,
      open: 'later',
    };
    await db.comments.put(future as never);
    const before = await db.comments.get('facebook:1');
    expect(before).toMatchObject(future);
    const records = await recordSightings(db, [observed({ id: '1' }), observed({ id: '2' })], T);
    expect(records.map((r) => r.key)).toEqual(['facebook:2']);
    expect(await db.comments.get('facebook:1')).toEqual(before);
    expect(await db.comments.get('facebook:2')).toMatchObject({ firstSeenAt: T, open: 1 });
  });
});

describe('open comments and the moderator tick', () => {
  it('lists only open comments through the index', async () => {
    const db = freshDb();
    await recordSightings(db, [
      observed({ id: 'open' }), observed({ id: 'own', byOwner: true }), observed({ id: 'done', answered: true, answeredAt: T }),
    ], T);
    expect((await openComments(db)).map((c) => c.id)).toEqual(['open']);
  });

  it('markHandled closes a comment; unmarkHandled reopens it unless it was answered', async () => {
    const db = freshDb();
    await recordSightings(db, [observed({ id: '1' }), observed({ id: '2' })], T);
    await markHandled(db, 'facebook:1', T + MINUTE);
    await markHandled(db, 'facebook:2', T + MINUTE);
    expect(await openComments(db)).toEqual([]);
    expect(await db.comments.get('facebook:1')).toMatchObject({ handledAt: T + MINUTE, open: 0 });

    await recordSightings(db, [observed({ id: '2', answered: true, answeredAt: T + 2 * MINUTE })], T + 3 * MINUTE);
    await unmarkHandled(db, 'facebook:1');
    await unmarkHandled(db, 'facebook:2');
    expect((await openComments(db)).map((c) => c.id)).toEqual(['1']);
    expect(await db.comments.get('facebook:2')).toMatchObject({ handledAt: null, open: 0 });
  });

  it('keeps the tick across later sightings', async () => {
    const db = freshDb();
    await recordSightings(db, [observed({ id: '1' })], T);
    await markHandled(db, 'facebook:1', T + MINUTE);
    await recordSightings(db, [observed({ id: '1' })], T + 2 * MINUTE);
    expect(await db.comments.get('facebook:1')).toMatchObject({ handledAt: T + MINUTE, open: 0 });
  });

  it('does nothing for unknown keys', async () => {
    const db = freshDb();
    await markHandled(db, 'facebook:nope', T);
    await unmarkHandled(db, 'facebook:nope');
    expect(await db.comments.count()).toBe(0);
  });

  it('skips invalid rows when reading', () => {
    expect(validRecords([{ key: 'x' }, null, 'text'])).toEqual([]);
  });
});
