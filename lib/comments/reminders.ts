import type { TrackedComment } from '../models/comment';
import type { Settings } from '../models/settings';
import { MINUTE } from '../time/units';
import { commentStatus } from '../time/waiting';
import { statusOptionsFor } from '../time/target-options';
import { dueAt } from '../schedule/target-clock';
import { isOpenAt } from '../schedule/business-hours';
import { watchedPages } from './watched-pages';

/**
 * How long until the comment misses its site's target, on that site's clock (business hours only where
 * chosen); null when it is not waiting (answered, handled, the company's own, or history).
 */
export function leftToTargetMs(c: TrackedComment, settings: Settings, now: number): number | null {
  const options = statusOptionsFor(settings, c.site);
  const status = commentStatus(c, now, options);
  if (status.kind !== 'waiting') return null;
  const { targetMinutes } = options;
  if (!options.clock) return targetMinutes * MINUTE - status.waitedMs;
  return dueAt(c.postedAt ?? c.firstSeenAt, { targetMinutes, businessHoursOnly: true, schedule: settings.schedule }) - now;
}

/**
 * Comments that will miss the target within `leadMinutes` and have not been reminded of yet: the
 * moment to step in is before the customer has waited too long, not after. Where a site counts business
 * hours, reminders wait for the office to open: at 08:30 nobody reads them, and once sent a comment is
 * not reminded of again, so the team arriving at 09:00 with half an hour left would hear nothing.
 */
export function dueForReminder(comments: readonly TrackedComment[], settings: Settings, now: number, reminded: ReadonlySet<string>): TrackedComment[] {
  const lead = settings.reminderLeadMinutes * MINUTE;
  const watched = watchedPages(settings.pages);
  const closed = settings.businessHoursSites.length > 0 && !isOpenAt(now, settings.schedule);
  return comments.filter((c) => {
    if (reminded.has(c.key) || c.claimedBy || !watched(c)) return false;
    if (closed && settings.businessHoursSites.includes(c.site)) return false;
    const left = leftToTargetMs(c, settings, now);
    return left !== null && left > 0 && left <= lead;
  });
}
