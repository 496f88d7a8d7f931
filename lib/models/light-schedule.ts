/**
 * The business-time clock for the popup's first paint, loaded only when a site counts business time:
 * the stored schedule checked by hand as BusinessScheduleSchema does (light/schedule.ts, which the
 * content scripts use too), falling back to the default schedule as parseStoredSettings does.
 */
import { businessMsBetween } from '../schedule/business-hours';
import { defaultBusinessSchedule } from '../schedule/default-schedule';
import { parseSchedule } from './light/schedule';

/** How long a comment has waited by business time, under the stored schedule (or the default one). */
export function businessClock(scheduleValue: unknown): (startMs: number, endMs: number) => number {
  const schedule = parseSchedule(scheduleValue) ?? defaultBusinessSchedule();
  return (startMs, endMs) => businessMsBetween(startMs, endMs, schedule);
}
