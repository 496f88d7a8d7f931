/**
 * The business-time clock for the popup's first paint, loaded only when a site counts business time:
 * the stored schedule checked by hand as BusinessScheduleSchema does (light/schedule.ts, which the
 * content scripts use too), repaired part by part as parseStoredSettings does.
 */
import { businessMsBetween } from '../schedule/business-hours';
import { repairSchedule } from './light/schedule';

/** How long a comment has waited by business time, under the stored schedule (its unreadable parts the default's). */
export function businessClock(scheduleValue: unknown): (startMs: number, endMs: number) => number {
  const schedule = repairSchedule(scheduleValue);
  return (startMs, endMs) => businessMsBetween(startMs, endMs, schedule);
}
