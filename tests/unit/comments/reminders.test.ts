import { describe, expect, it } from 'vitest';
import { dueForReminder, leftToTargetMs } from '../../../lib/comments/reminders';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';
import { defaultSettings } from '../../../lib/models/settings';
import type { TrackedComment } from '../../../lib/models/comment';
import { WATCHED_PAGES } from '../models/observed-comment';

const MIN = 60_000;
const now = 1_000 * MIN;
const comment = (key: string, waitedMin: number, over: Partial<TrackedComment> = {}): TrackedComment => ({
  key, site: 'facebook', id: key, parentId: null, author: { name: key, url: null }, text: 't', permalink: null, pageName: 'Bäckerei Sonnenschein',
  postedAt: now - waitedMin * MIN, timeSource: 'exact', firstSeenAt: now - waitedMin * MIN, lastSeenAt: now, byOwner: false,
  answeredAt: null, handledAt: null, claimedBy: null, claimedAt: null, open: 1, ...over,
});

describe('dueForReminder', () => {
  const settings = { ...defaultSettings(), pages: WATCHED_PAGES, targetMinutes: 60, reminderLeadMinutes: 10 };
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
  it('follows each site’s own target where the team set one', () => {
    const perSite = { ...settings, siteTargetMinutes: { facebook: null, x: 20 } };
    const list = [comment('fb', 15), comment('x', 15, { site: 'x', key: 'x:x' })];
    expect(dueForReminder(list, perSite, now, new Set()).map((c) => c.key)).toEqual(['x:x']);
    expect(leftToTargetMs(list[1]!, perSite, now)).toBe(5 * MIN);
    expect(leftToTargetMs(list[0]!, perSite, now)).toBe(45 * MIN);
  });
});

describe('leftToTargetMs', () => {
  const settings = { ...defaultSettings(), pages: WATCHED_PAGES, targetMinutes: 60, reminderLeadMinutes: 10 };
  it('counts business time where the site does: a comment from Friday evening is not due over the weekend', () => {
    // Friday 6 March 2026, 16:50 in Berlin; opening hours Mon–Fri 09:00–17:00 (the default schedule).
    const friday = Date.UTC(2026, 2, 6, 15, 50);
    const saturday = Date.UTC(2026, 2, 7, 11, 0);
    const c = { ...comment('fb', 0), postedAt: friday, firstSeenAt: friday };
    const business = { ...settings, businessHoursSites: ['facebook' as const], schedule: { ...defaultBusinessSchedule(), timeZone: 'Europe/Berlin' } };
    expect(business.schedule.weekly.fri).toEqual([{ start: '09:00', end: '17:00' }]);
    // Ten business minutes used on Friday; 50 are left for Monday, whatever the hour on Saturday.
    expect(leftToTargetMs(c, business, saturday)).toBe(Date.UTC(2026, 2, 9, 8, 50) - saturday);
    // Elapsed time says it is long overdue.
    expect(leftToTargetMs(c, settings, saturday)).toBeLessThan(0);
  });
});
