import type { TrackedComment } from '../models/comment';
import type { Settings } from '../models/settings';
import { MINUTE } from '../time/units';
import { commentStatus } from '../time/waiting';

/**
 * Comments that will miss the target within `leadMinutes` and have not been reminded of yet: the
 * moment to step in is before the customer has waited too long, not after.
 */
export function dueForReminder(comments: readonly TrackedComment[], settings: Settings, now: number, reminded: ReadonlySet<string>): TrackedComment[] {
  const target = settings.targetMinutes * MINUTE;
  const lead = settings.reminderLeadMinutes * MINUTE;
  return comments.filter((c) => {
    if (reminded.has(c.key) || c.claimedBy) return false;
    const status = commentStatus(c, now, settings);
    if (status.kind !== 'waiting') return false;
    const left = target - status.waitedMs;
    return left > 0 && left <= lead;
  });
}
