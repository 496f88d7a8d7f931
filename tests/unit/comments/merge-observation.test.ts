import { describe, expect, it } from 'vitest';
import { mergeObservation } from '../../../lib/comments/merge-observation';
import { MINUTE } from '../../../lib/time/units';
import { observed } from '../models/observed-comment';

const T = Date.UTC(2026, 2, 10, 10);

describe('mergeObservation', () => {
  it('creates an open record on the first sighting', () => {
    expect(mergeObservation(undefined, observed({ postedAt: T - 3 * MINUTE }), T)).toMatchObject({
      key: 'facebook:101', firstSeenAt: T, lastSeenAt: T, postedAt: T - 3 * MINUTE, timeSource: 'relative', answeredAt: null, handledAt: null, open: 1,
    });
  });

  it('keeps the first-seen time and moves the last-seen time', () => {
    const first = mergeObservation(undefined, observed(), T);
    const again = mergeObservation(first, observed(), T + 30 * MINUTE);
    expect([again.firstSeenAt, again.lastSeenAt]).toEqual([T, T + 30 * MINUTE]);
  });

  it('lets an exact time beat a relative one, and never go back', () => {
    const rel = mergeObservation(undefined, observed({ postedAt: T - 60 * MINUTE, timeSource: 'relative' }), T);
    const exact = mergeObservation(rel, observed({ postedAt: T - 47 * MINUTE, timeSource: 'exact' }), T + MINUTE);
    expect([exact.postedAt, exact.timeSource]).toEqual([T - 47 * MINUTE, 'exact']);
    const relAgain = mergeObservation(exact, observed({ postedAt: T - 120 * MINUTE, timeSource: 'relative' }), T + 2 * MINUTE);
    expect([relAgain.postedAt, relAgain.timeSource]).toEqual([T - 47 * MINUTE, 'exact']);
  });

  it('keeps the earliest relative estimate ("1h" now, "2h" later says more)', () => {
    const a = mergeObservation(undefined, observed({ postedAt: T - 60 * MINUTE }), T);
    const b = mergeObservation(a, observed({ postedAt: T + 30 * MINUTE - 120 * MINUTE }), T + 30 * MINUTE);
    expect(b.postedAt).toBe(T - 90 * MINUTE);
    const c = mergeObservation(b, observed({ postedAt: T - 30 * MINUTE }), T + 60 * MINUTE);
    expect(c.postedAt).toBe(T - 90 * MINUTE);
  });

  it('upgrades an unknown time to a relative one, but not later than the first sighting', () => {
    const unknown = mergeObservation(undefined, observed({ postedAt: null, timeSource: 'first-seen' }), T);
    expect([unknown.postedAt, unknown.timeSource]).toEqual([null, 'first-seen']);
    const later = mergeObservation(unknown, observed({ postedAt: T + 5 * MINUTE, timeSource: 'relative' }), T + 10 * MINUTE);
    expect([later.postedAt, later.timeSource]).toEqual([T, 'relative']);
  });

  it('records the answer once and keeps it when the reply scrolls out of view', () => {
    const open = mergeObservation(undefined, observed({ postedAt: T - 50 * MINUTE }), T);
    const answered = mergeObservation(open, observed({ answered: true, answeredAt: T - 20 * MINUTE }), T + MINUTE);
    expect([answered.answeredAt, answered.open]).toEqual([T - 20 * MINUTE, 0]);
    const unseen = mergeObservation(answered, observed({ answered: false }), T + 2 * MINUTE);
    expect([unseen.answeredAt, unseen.open]).toEqual([T - 20 * MINUTE, 0]);
    const seenLater = mergeObservation(unseen, observed({ answered: true, answeredAt: null }), T + 3 * MINUTE);
    expect(seenLater.answeredAt).toBe(T - 20 * MINUTE);
  });

  it('uses the sighting time when the page says "answered" without a time (collapsed summary)', () => {
    const r = mergeObservation(undefined, observed({ postedAt: T - 50 * MINUTE, answered: true, answeredAt: null }), T);
    expect(r.answeredAt).toBe(T);
  });

  it('never records an answer before the comment', () => {
    const r = mergeObservation(undefined, observed({ postedAt: T - 10 * MINUTE, answered: true, answeredAt: T - 60 * MINUTE }), T);
    expect(r.answeredAt).toBe(T - 10 * MINUTE);
  });

  it('keeps the moderator tick and what the new sighting does not know', () => {
    const r = { ...mergeObservation(undefined, observed({ parentId: '100' }), T), handledAt: T, open: 0 as const };
    const again = mergeObservation(r, observed({ parentId: null, permalink: null, text: 'bearbeitet' }), T + MINUTE);
    expect(again).toMatchObject({ handledAt: T, open: 0, parentId: '100', permalink: observed().permalink, text: 'bearbeitet' });
  });

  it('never opens the company own items', () => {
    expect(mergeObservation(undefined, observed({ byOwner: true }), T).open).toBe(0);
  });
});
