import { CLOCK_TIME, WEEKDAYS, clockToMinutes } from '../../schedule/clock';
import { dayNumberFromKey, isValidTimeZone } from '../../schedule/time-zone';
import type { BusinessSchedule, OpeningInterval, WeeklyHours } from '../../schedule/schedule-model';
import { defaultBusinessSchedule } from '../../schedule/default-schedule';
import { arrayOf, isObject } from './primitives';

/** The content script's check of BusinessScheduleSchema (lib/schedule/schedule-model.ts), refinements included. */

const clock = (v: unknown): v is string => typeof v === 'string' && CLOCK_TIME.test(v);

function parseInterval(v: unknown): OpeningInterval | null {
  if (!isObject(v)) return null;
  const { start, end } = v;
  return clock(start) && clock(end) && clockToMinutes(start) < clockToMinutes(end) ? { start, end } : null;
}

/** One day's intervals: at most six, none overlapping the next by start time; absent is a closed day. */
function parseDay(v: unknown): OpeningInterval[] | null {
  if (v === undefined) return [];
  const list = arrayOf(v, parseInterval, 6);
  if (!list) return null;
  const sorted = [...list].sort((a, b) => clockToMinutes(a.start) - clockToMinutes(b.start));
  return sorted.every((iv, i) => i === 0 || clockToMinutes(iv.start) >= clockToMinutes(sorted[i - 1]!.end)) ? list : null;
}

const holiday = (v: unknown): string | null => (typeof v === 'string' && dayNumberFromKey(v) !== null ? v : null);

export function parseSchedule(v: unknown): BusinessSchedule | null {
  if (!isObject(v)) return null;
  const { timeZone, weekly } = v;
  if (typeof timeZone !== 'string' || !isObject(weekly)) return null;
  const days: Partial<WeeklyHours> = {};
  for (const d of WEEKDAYS) {
    const day = parseDay(weekly[d]);
    if (!day) return null;
    days[d] = day;
  }
  const holidays = v.holidays === undefined ? [] : arrayOf(v.holidays, holiday, 1000);
  // Last, as the costliest: a zone outside the common ones asks Intl.
  if (!holidays || !isValidTimeZone(timeZone)) return null;
  return { timeZone, weekly: days as WeeklyHours, holidays };
}

/**
 * parseStoredSettings's repair of the stored schedule (lib/db/settings-repair.ts): the zone, each weekday
 * and each holiday fall back on their own to the default schedule's, so that one bad date keeps the hours.
 */
export function repairSchedule(v: unknown): BusinessSchedule {
  const whole = parseSchedule(v);
  if (whole) return whole;
  const fallback = defaultBusinessSchedule();
  if (!isObject(v)) return fallback;
  const { timeZone, weekly } = v;
  const days: WeeklyHours = { ...fallback.weekly };
  if (isObject(weekly)) for (const d of WEEKDAYS) days[d] = parseDay(weekly[d]) ?? fallback.weekly[d];
  const holidays = Array.isArray(v.holidays) ? v.holidays.filter((h): h is string => holiday(h) !== null) : [];
  const zone = typeof timeZone === 'string' && isValidTimeZone(timeZone) ? timeZone : fallback.timeZone;
  return { timeZone: zone, weekly: days, holidays };
}
