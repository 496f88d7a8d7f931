import { describe, expect, it } from 'vitest';
import { dueForReminder } from '../../../lib/comments/reminders';
import { defaultSettings } from '../../../lib/models/settings';
import type { TrackedComment } from '../../../lib/models/comment';

const MIN = 60_000;
const now = 1_000 * MIN;
const comment = (key: string, waitedMin: number, over: Partial<TrackedComment> = {}): TrackedComment => ({
  key, site: 'facebook', id: key, parentId: null, author: { name: key, url: null }, text: 't', permalink: null, pageName: 'P',
  postedAt: now - waitedMin * MIN, timeSource: 'exact', firstSeenAt: now - waitedMin * MIN, lastSeenAt: now, byOwner: false,
  answeredAt: null, handledAt: null, claimedBy: null, claimedAt: null, open: 1, ...over,
});

describe('dueForReminder', () => {
  const settings = { ...defaultSettings(), targetMinutes: 60, reminderLeadMinutes: 10 };
  it('picks the comments within the lead time before the target, once, unclaimed and unanswered', () => {
    const list = [
      comment('early', 40), comment('soon', 52), comment('edge', 50), comment('late', 61),
      comment('claimed', 55, { claimedBy: 'Mara' }), comment('answered', 55, { answeredAt: now, open: 0 }), comment('done', 55),
    ];
    expect(dueForReminder(list, settings, now, new Set(['done'])).map((c) => c.key)).toEqual(['soon', 'edge']);
  });
  it('follows the team’s target and lead time', () => {
    expect(dueForReminder([comment('a', 20)], { ...settings, targetMinutes: 30, reminderLeadMinutes: 15 }, now, new Set()).map((c) => c.key)).toEqual(['a']);
    expect(dueForReminder([comment('a', 20)], { ...settings, targetMinutes: 30, reminderLeadMinutes: 5 }, now, new Set())).toEqual([]);
  });
});
