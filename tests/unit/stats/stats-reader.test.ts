import { describe, expect, it } from 'vitest';
import { commentsFirstSeenSinceCounted } from '../../../lib/db/comments-store';
import { TrackedCommentSchema, type TrackedComment } from '../../../lib/models/comment';
import { freshDb } from '../db/test-db';

const row = (id: string, firstSeenAt: number): TrackedComment => TrackedCommentSchema.parse({
  key: `facebook:${id}`, site: 'facebook', id, parentId: null, author: { name: 'Anna', url: null }, text: 'Hallo',
  permalink: null, pageName: 'Bäckerei', postedAt: firstSeenAt - 1, timeSource: 'exact', firstSeenAt, lastSeenAt: firstSeenAt,
  byOwner: false, answeredAt: null, handledAt: null, open: 1,
});

describe('the statistics’ read of the stored comments (audit 10)', () => {
  it('counts the rows in the period it skipped as unreadable', async () => {
    const db = freshDb();
    await db.comments.bulkPut([
      row('1', 1000),
      { ...row('2', 1000), postedAt: 'gestern' } as unknown as TrackedComment,
      { ...row('3', 1000), key: 'instagram:3', site: 'instagram' } as unknown as TrackedComment,
      { ...row('4', 10), postedAt: 'gestern' } as unknown as TrackedComment, // before the period: not read
    ]);
    const counted = await commentsFirstSeenSinceCounted(db, 500);
    expect(counted.comments.map((c) => c.key)).toEqual(['facebook:1']);
    expect(counted.unreadable).toBe(2);
  });
});
