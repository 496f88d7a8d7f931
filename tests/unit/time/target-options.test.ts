import { describe, expect, it } from 'vitest';
import { checklist, overdueCount } from '../../../lib/comments/checklist';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import type { TrackedComment } from '../../../lib/models/comment';
import { statusOptionsFor } from '../../../lib/time/target-options';
import { commentStatus } from '../../../lib/time/waiting';
import { WATCHED_PAGES } from '../models/observed-comment';

const MIN = 60_000;
// Tuesday 2026-03-10 18:00 in Berlin (17:00 UTC): the shop closed at 17:00 Berlin time.
const now = Date.UTC(2026, 2, 10, 17, 0);
const comment = (key: string, site: 'facebook' | 'x', waitedMin: number): TrackedComment => ({
  key, site, id: key, parentId: null, author: { name: key, url: null }, text: 't', permalink: null, pageName: 'Bäckerei Sonnenschein',
  postedAt: now - waitedMin * MIN, timeSource: 'exact', firstSeenAt: now - waitedMin * MIN, lastSeenAt: now, byOwner: false,
  answeredAt: null, handledAt: null, claimedBy: null, claimedAt: null, open: 1,
});

describe('business hours against the target', () => {
  // The default week, in Berlin (the default zone is the browser's own).
  const settings: Settings = { ...defaultSettings(), schedule: { ...defaultSettings().schedule, timeZone: 'Europe/Berlin' }, pages: WATCHED_PAGES, targetMinutes: 60, businessHoursSites: ['facebook'] };

  it('counts only open time for the chosen site, while the badge keeps the plain age', () => {
    // Posted 90 minutes ago at 16:30 Berlin: 30 open minutes until 17:00.
    const fb = commentStatus(comment('a', 'facebook', 90), now, statusOptionsFor(settings, 'facebook'));
    expect(fb).toEqual({ kind: 'waiting', waitedMs: 90 * MIN, state: 'on-time' });
    const x = commentStatus(comment('b', 'x', 90), now, statusOptionsFor(settings, 'x'));
    expect(x).toEqual({ kind: 'waiting', waitedMs: 90 * MIN, state: 'overdue' });
  });

  it('drives the checklist colours and the overdue count', () => {
    const list = [comment('a', 'facebook', 90), comment('b', 'x', 90), comment('c', 'facebook', 200)];
    expect(checklist(list, settings, now).map((e) => [e.comment.key, e.state])).toEqual([['c', 'overdue'], ['a', 'on-time'], ['b', 'overdue']]);
    expect(overdueCount(list, settings, now)).toBe(2);
    expect(overdueCount(list, { ...settings, businessHoursSites: [] }, now)).toBe(3);
  });
});
