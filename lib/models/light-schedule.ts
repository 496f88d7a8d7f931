/**
 * The business-hours part of the popup's first paint, loaded only when a site counts business time:
 * the stored schedule checked by hand as BusinessScheduleSchema does (tests/unit/models/light-check.test.ts),
 * falling back to the default schedule as parseStoredSettings does, and the business-time clock.
 */
import { businessMsBetween, type ScheduleLike } from '../schedule/business-hours';
import { CLOCK_TIME, WEEKDAYS, clockToMinutes } from '../schedule/clock';
import { dayNumberFromKey, isValidTimeZone } from '../schedule/time-zone';
import { isObject } from './light-check';

function validDay(list: unknown): boolean {
  if (list === undefined) return true;
  if (!Array.isArray(list) || list.length > 6) return false;
  const spans: [number, number][] = [];
  for (const iv of list) {
    if (!isObject(iv) || typeof iv.start !== 'string' || typeof iv.end !== 'string' || !CLOCK_TIME.test(iv.start) || !CLOCK_TIME.test(iv.end)) return false;
    const span: [number, number] = [clockToMinutes(iv.start), clockToMinutes(iv.end)];
    if (span[0] >= span[1]) return false;
    spans.push(span);
  }
  spans.sort((x, y) => x[0] - y[0]);
  return spans.every((s, i) => i === 0 || s[0] >= spans[i - 1]![1]);
}

/** A stored schedule (lib/schedule/schedule-model.ts BusinessScheduleSchema) as the arithmetic needs it, or null. */
export function lightSchedule(v: unknown): ScheduleLike | null {
  if (!isObject(v) || typeof v.timeZone !== 'string' || !isObject(v.weekly)) return null;
  const weekly = v.weekly;
  if (!WEEKDAYS.every((d) => validDay(weekly[d]))) return null;
  const holidays = v.holidays;
  if (holidays !== undefined && !(Array.isArray(holidays) && holidays.length <= 1000 && holidays.every((h) => typeof h === 'string' && dayNumberFromKey(h) !== null))) return null;
  if (!isValidTimeZone(v.timeZone)) return null;
  return {
    timeZone: v.timeZone,
    weekly: Object.fromEntries(WEEKDAYS.map((d) => [d, (weekly[d] as { start: string; end: string }[] | undefined) ?? []])),
    holidays: (holidays as string[] | undefined) ?? [],
  };
}

/** Mon–Fri 09:00–17:00 in Berlin, as defaultBusinessSchedule() (tested equal). */
export function lightDefaultSchedule(): ScheduleLike {
  const office = [{ start: '09:00', end: '17:00' }];
  return { timeZone: 'Europe/Berlin', weekly: { mon: office, tue: office, wed: office, thu: office, fri: office, sat: [], sun: [] }, holidays: [] };
}

/** How long a comment has waited by business time, under the stored schedule (or the default one). */
export function businessClock(scheduleValue: unknown): (startMs: number, endMs: number) => number {
  const schedule = lightSchedule(scheduleValue) ?? lightDefaultSchedule();
  return (startMs, endMs) => businessMsBetween(startMs, endMs, schedule);
}
