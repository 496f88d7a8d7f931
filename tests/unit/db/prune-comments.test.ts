import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepCommentsTidy } from '../../../lib/background/comment-retention';
import { markHandled, recordSightings } from '../../../lib/db/comments-store';
import { FINISHED_KEEP_DAYS, pruneFinishedComments } from '../../../lib/db/prune-comments';
import { DAY, MINUTE } from '../../../lib/time/units';
import { freshDb } from './test-db';
import { observed } from '../models/observed-comment';

const NOW = Date.UTC(2026, 11, 7, 12);
const longAgo = NOW - (FINISHED_KEEP_DAYS + 1) * DAY;

describe('pruneFinishedComments', () => {
  it('deletes finished comments not seen for half a year and keeps open, recent and unreadable ones', async () => {
    const db = freshDb();
    await recordSightings(db, [
      observed({ id: 'answered', postedAt: longAgo - 30 * MINUTE, answered: true, answeredAt: longAgo - 10 * MINUTE }),
      observed({ id: 'ticked', postedAt: longAgo - 30 * MINUTE }),
      observed({ id: 'own', byOwner: true, postedAt: longAgo - 30 * MINUTE }),
      observed({ id: 'waiting', postedAt: longAgo - 30 * MINUTE }),
      observed({ id: 'seen-again', postedAt: longAgo - 30 * MINUTE, answered: true, answeredAt: longAgo }),
    ], longAgo);
    await markHandled(db, 'facebook:ticked', longAgo + MINUTE);
    // Still on the page last week: its record stays, finished or not.
    await recordSightings(db, [observed({ id: 'seen-again', postedAt: longAgo - 30 * MINUTE, answered: true, answeredAt: longAgo })], NOW - 7 * DAY);
    await recordSightings(db, [observed({ id: 'recent', postedAt: NOW - 40 * DAY, answered: true, answeredAt: NOW - 40 * DAY + MINUTE })], NOW - 40 * DAY);
    // A later version's row: this version cannot tell what it holds, so it does not delete it.
    await db.comments.put({ key: 'mastodon:1', site: 'mastodon', id: '1', firstSeenAt: longAgo, lastSeenAt: longAgo, open: 0 } as never);

    expect(await pruneFinishedComments(db, NOW)).toBe(3);
    expect((await db.comments.toCollection().primaryKeys()).sort()).toEqual(['facebook:recent', 'facebook:seen-again', 'facebook:waiting', 'mastodon:1']);
    // A second run finds nothing more to do.
    expect(await pruneFinishedComments(db, NOW)).toBe(0);
  });

  it('keeps a finished comment seen exactly at the limit', async () => {
    const db = freshDb();
    const edge = NOW - FINISHED_KEEP_DAYS * DAY;
    await recordSightings(db, [observed({ id: 'edge', answered: true, answeredAt: edge, postedAt: edge - MINUTE })], edge);
    expect(await pruneFinishedComments(db, NOW)).toBe(0);
    expect(await db.comments.count()).toBe(1);
  });
});

describe('keepCommentsTidy', () => {
  beforeEach(() => fakeBrowser.reset());

  it('prunes on its daily alarm, and a worker restart leaves the alarm where it is', async () => {
    const db = freshDb();
    await keepCommentsTidy(db);
    const alarm = await fakeBrowser.alarms.get('moderato-prune');
    expect(alarm).toMatchObject({ periodInMinutes: 24 * 60 });
    await keepCommentsTidy(db);
    expect((await fakeBrowser.alarms.get('moderato-prune'))?.scheduledTime).toBe(alarm!.scheduledTime);

    const then = Date.now() - (FINISHED_KEEP_DAYS + 2) * DAY;
    await recordSightings(db, [observed({ id: 'old', answered: true, answeredAt: then, postedAt: then - MINUTE })], then);
    await fakeBrowser.alarms.onAlarm.trigger({ name: 'moderato-prune', scheduledTime: Date.now(), periodInMinutes: 24 * 60 });
    await expect.poll(() => db.comments.count()).toBe(0);
  });
});
