import { describe, expect, it } from 'vitest';
import { ObservedCommentSchema, TrackedCommentSchema, commentKey, effectivePostedAt } from '../../../lib/models/comment';
import { observed } from './observed-comment';

describe('comment model', () => {
  it('keys a record by site and id, so the same comment seen again is the same record', () => {
    expect(commentKey('facebook', '101')).toBe('facebook:101');
    expect(commentKey('x', '101')).not.toBe(commentKey('facebook', '101'));
  });

  it('uses the first sighting when the posting time is unknown', () => {
    expect(effectivePostedAt({ postedAt: null, firstSeenAt: 5 })).toBe(5);
    expect(effectivePostedAt({ postedAt: 3, firstSeenAt: 5 })).toBe(3);
  });

  it('accepts a sighting but not as a stored record', () => {
    expect(ObservedCommentSchema.safeParse(observed()).success).toBe(true);
    expect(TrackedCommentSchema.safeParse(observed()).success).toBe(false);
  });

  it('allows only 0 and 1 as the open flag (it is an index key)', () => {
    const record = {
      key: 'facebook:101', site: 'facebook', id: '101', parentId: null, author: { name: 'A', url: null }, text: '', permalink: null,
      pageName: 'S', postedAt: null, timeSource: 'first-seen', firstSeenAt: 1, lastSeenAt: 1, byOwner: false, answeredAt: null, handledAt: null, open: 1,
    };
    expect(TrackedCommentSchema.safeParse(record).success).toBe(true);
    expect(TrackedCommentSchema.safeParse({ ...record, open: true }).success).toBe(false);
    expect(TrackedCommentSchema.safeParse({ ...record, open: 2 }).success).toBe(false);
  });
});

describe('zod set-up', () => {
  it('never probes for eval: MV3 forbids it, and the blocked probe is a CSP violation in the host page', async () => {
    const { globalConfig } = await import('zod/v4/core');
    await import('../../../lib/models/comment');
    expect(globalConfig.jitless).toBe(true);
  });
});
