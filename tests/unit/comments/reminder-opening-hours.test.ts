import { describe, expect, it } from 'vitest';
import { dueForReminder } from '../../../lib/comments/reminders';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import { isOpenAt } from '../../../lib/schedule/business-hours';
import { tracked } from './tracked';
import { WATCHED_PAGES } from '../models/observed-comment';

// Berlin is UTC+1 in March 2026 before the 29th. Mon–Fri 09:00–17:00 (the default schedule).
const FRI_1630 = Date.UTC(2026, 2, 13, 15, 30); // Friday 16:30 Berlin
const MON_0830 = Date.UTC(2026, 2, 16, 7, 30); // Monday 08:30 Berlin, office still closed
const MON_0900 = Date.UTC(2026, 2, 16, 8, 0); // Monday 09:00 Berlin, opening

const settings: Settings = {
  ...defaultSettings(),
  // The default week, in Berlin (the default zone is the browser's own).
  schedule: { ...defaultSettings().schedule, timeZone: 'Europe/Berlin' },
  pages: WATCHED_PAGES,
  targetMinutes: 60,
  businessHoursSites: ['facebook'],
  remindersEnabled: true,
  reminderLeadMinutes: 60,
};

describe('reminders with business hours', () => {
  it('a comment from Friday 16:30 (due Monday 09:30) is not reminded of at Monday 08:30, before the office opens', () => {
    const c = tracked('fri', 0, FRI_1630);
    expect(isOpenAt(MON_0830, settings.schedule)).toBe(false);
    const due = dueForReminder([c], settings, MON_0830, new Set());
    // Fires now, while nobody is at work; at 09:00, when the team arrives, it is already "reminded".
    expect(due.map((x) => x.key)).toEqual([]);
  });

  it('a site on the plain clock is reminded of at any hour', () => {
    const c = tracked('fri', 0, FRI_1630);
    const plain = { ...settings, businessHoursSites: [] };
    expect(dueForReminder([c], plain, FRI_1630 + 10 * 60_000, new Set()).map((x) => x.key)).toEqual(['facebook:fri']);
  });

  it('…and the team still gets the reminder once the office opens (09:00)', () => {
    const c = tracked('fri', 0, FRI_1630);
    const reminded = new Set(dueForReminder([c], settings, MON_0830, new Set()).map((x) => x.key));
    expect(dueForReminder([c], settings, MON_0900, reminded).map((x) => x.key)).toEqual(['facebook:fri']);
  });
});
