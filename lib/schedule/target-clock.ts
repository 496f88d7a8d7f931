import { addBusinessMinutes, businessMsBetween, type ScheduleLike } from './business-hours';
import { MINUTE_MS } from './time-zone';

/** What a site's response target needs: the minutes, and whether only business time counts. */
export interface TargetClock {
  targetMinutes: number;
  businessHoursOnly: boolean;
  schedule: ScheduleLike;
}

/** How long a comment has waited by the target's clock: elapsed time, or business time only. */
export function waitedMs(startMs: number, nowMs: number, target: TargetClock): number {
  if (target.businessHoursOnly) return businessMsBetween(startMs, nowMs, target.schedule);
  return Math.max(0, nowMs - startMs);
}

/** The instant from which the comment counts as overdue (waited ≥ target), as lib/time/waiting does. */
export function dueAt(startMs: number, target: TargetClock): number {
  if (target.businessHoursOnly) return addBusinessMinutes(startMs, target.targetMinutes, target.schedule);
  return startMs + target.targetMinutes * MINUTE_MS;
}
