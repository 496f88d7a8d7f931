import type { TrackedComment } from '../models/comment';
import type { Settings } from '../models/settings';
import { MINUTE } from '../time/units';
import { commentStatus } from '../time/waiting';
import { statusOptionsFor } from '../time/target-options';
import { dueAt } from '../schedule/target-clock';

/**
 * Comments that will miss the target within `leadMinutes` and have not been reminded of yet: the
 * moment to step in is before the customer has waited too long, not after.
 */
export function dueForReminder(comments: readonly TrackedComment[], settings: Settings, now: number, reminded: ReadonlySet<string>): TrackedComment[] {
  const target = settings.targetMinutes * MINUTE;
  const lead = settings.reminderLeadMinutes * MINUTE;
  return comments.filter((c) => {
    if (reminded.has(c.key) || c.claimedBy) return false;
    const status = commentStatus(c, now, statusOptionsFor(settings, c.site));
    if (status.kind !== 'waiting') return false;
    // Left until the target is missed, on the site's clock (business hours only where chosen).
    const business = settings.businessHoursSites.includes(c.site);
    const start = c.postedAt ?? c.firstSeenAt;
    const left = business ? dueAt(start, { targetMinutes: settings.targetMinutes, businessHoursOnly: true, schedule: settings.schedule }) - now : target - status.waitedMs;
    return left > 0 && left <= lead;
  });
}
