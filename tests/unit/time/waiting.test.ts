import { describe, expect, it } from 'vitest';
import { DAY, MINUTE } from '../../../lib/time/units';
import { commentStatus, waitState, type CommentTiming } from '../../../lib/time/waiting';

describe('waitState', () => {
  it.each([
    [0, 'on-time'],
    [44 * MINUTE + 59_999, 'on-time'],
    [45 * MINUTE, 'due-soon'], // three quarters of 60 minutes
    [60 * MINUTE - 1, 'due-soon'],
    [60 * MINUTE, 'overdue'],
    [3 * 60 * MINUTE, 'overdue'],
  ] as const)('%i ms against a 60-minute target is %s', (waited, state) => {
    expect(waitState(waited, 60)).toBe(state);
  });

  it('scales with the target', () => {
    expect(waitState(10 * MINUTE, 10)).toBe('overdue');
    expect(waitState(8 * MINUTE, 10)).toBe('due-soon');
    expect(waitState(8 * MINUTE, 240)).toBe('on-time');
  });
});

describe('commentStatus', () => {
  const now = Date.UTC(2026, 2, 10, 10);
  const opts = { targetMinutes: 60, backlogDays: 30 };
  const timing = (over: Partial<CommentTiming> = {}): CommentTiming => ({
    postedAt: now - 40 * MINUTE, firstSeenAt: now - 30 * MINUTE, answeredAt: null, handledAt: null, byOwner: false, ...over,
  });

  it('counts waiting from the posting time, not from when Moderato saw it', () => {
    expect(commentStatus(timing(), now, opts)).toEqual({ kind: 'waiting', waitedMs: 40 * MINUTE, state: 'on-time' });
  });

  it('falls back to the first sighting when the posting time is unknown', () => {
    expect(commentStatus(timing({ postedAt: null }), now, opts)).toEqual({ kind: 'waiting', waitedMs: 30 * MINUTE, state: 'on-time' });
  });

  it('marks the company own items, answered ones with the answer delay, and ticked ones', () => {
    expect(commentStatus(timing({ byOwner: true }), now, opts)).toEqual({ kind: 'own' });
    expect(commentStatus(timing({ answeredAt: now - 10 * MINUTE }), now, opts)).toEqual({ kind: 'answered', afterMs: 30 * MINUTE });
    expect(commentStatus(timing({ handledAt: now }), now, opts)).toEqual({ kind: 'handled' });
  });

  it('lets an answer win over a tick', () => {
    expect(commentStatus(timing({ handledAt: now, answeredAt: now - MINUTE }), now, opts).kind).toBe('answered');
  });

  it('treats comments that were already older than the backlog limit when first seen as history', () => {
    const old = timing({ postedAt: now - 40 * DAY, firstSeenAt: now });
    expect(commentStatus(old, now, opts)).toEqual({ kind: 'backlog', waitedMs: 40 * DAY });
    // Seen while fresh, then left unanswered for 40 days: that is overdue work, not history.
    const neglected = timing({ postedAt: now - 40 * DAY, firstSeenAt: now - 40 * DAY + MINUTE });
    expect(commentStatus(neglected, now, opts)).toMatchObject({ kind: 'waiting', state: 'overdue' });
  });

  it('never reports a negative wait for a clock that runs behind', () => {
    expect(commentStatus(timing({ postedAt: now + 5 * MINUTE }), now, opts)).toMatchObject({ waitedMs: 0, state: 'on-time' });
  });
});
