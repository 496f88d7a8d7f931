import { isObject } from '../models/light/primitives';
import { SiteTargetSchema, type Settings } from '../models/settings';
import {
  BusinessScheduleSchema,
  IsoDateSchema,
  TimeZoneSchema,
  WEEKDAYS,
  WeeklyHoursSchema,
  defaultBusinessSchedule,
  type BusinessSchedule,
} from '../schedule/schedule-model';

/*
 * The nested groups of the stored settings, repaired part by part as parseStoredSettings repairs the
 * page list: one unreadable holiday must not take the team's time zone and opening hours with it, nor an
 * unreadable X target the Facebook one. lib/models/light/ mirrors these for the popup's first paint
 * (tests/unit/models/light-check.test.ts holds them equal).
 */

/** The stored schedule; its zone, each weekday and each holiday fall back on their own to the default schedule's. */
export function repairSchedule(value: unknown): BusinessSchedule {
  const whole = BusinessScheduleSchema.safeParse(value);
  if (whole.success) return whole.data;
  const fallback = defaultBusinessSchedule();
  if (!isObject(value)) return fallback;
  const zone = TimeZoneSchema.safeParse(value.timeZone);
  const week = value.weekly;
  const weekly = { ...fallback.weekly };
  if (isObject(week)) {
    for (const d of WEEKDAYS) {
      const day = WeeklyHoursSchema.shape[d].safeParse(week[d]);
      weekly[d] = day.success ? day.data : fallback.weekly[d];
    }
  }
  // Like the page list, the readable dates are kept even past the schema's limit: the form then names it.
  const holidays = Array.isArray(value.holidays) ? value.holidays.filter((h): h is string => IsoDateSchema.safeParse(h).success) : [];
  return { timeZone: zone.success ? zone.data : fallback.timeZone, weekly, holidays };
}

/** The stored per-site targets, each site on its own; an unreadable one is the team's target (null). */
export function repairSiteTargets(value: unknown): Settings['siteTargetMinutes'] {
  const out: Settings['siteTargetMinutes'] = { facebook: null, x: null };
  if (!isObject(value)) return out;
  for (const site of ['facebook', 'x'] as const) {
    const one = SiteTargetSchema.safeParse(value[site]);
    if (one.success) out[site] = one.data;
  }
  return out;
}
