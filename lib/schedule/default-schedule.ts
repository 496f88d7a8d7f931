import type { BusinessSchedule, OpeningInterval } from './schedule-model';
import { isValidTimeZone } from './time-zone';

// Apart from the schemas in schedule-model.ts: content scripts fill in the default settings without zod.

/** Where nothing better is known: the zone most of the teams Moderato is made for work in. */
export const FALLBACK_TIME_ZONE = 'Europe/Berlin';

/**
 * The browser's own zone, where it names one Intl knows (some engines give none or "Etc/Unknown");
 * else Berlin. For the options form only: the first DateTimeFormat costs some 25 ms, which content
 * scripts would pay inside the host page if the defaults asked for it (measured in the X benchmark).
 */
export function browserTimeZone(): string {
  let zone: unknown;
  try {
    zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return FALLBACK_TIME_ZONE;
  }
  return typeof zone === 'string' && isValidTimeZone(zone) ? zone : FALLBACK_TIME_ZONE;
}

/**
 * Mon–Fri 09:00–17:00 in Berlin: a starting point the team edits, not a claim about their hours. The
 * options form offers the browser's zone instead while no site counts business hours (startingSchedule).
 */
export function defaultBusinessSchedule(): BusinessSchedule {
  const office = (): OpeningInterval[] => [{ start: '09:00', end: '17:00' }];
  return {
    timeZone: FALLBACK_TIME_ZONE,
    weekly: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office(), sat: [], sun: [] },
    holidays: [],
  };
}

/**
 * The schedule the options form shows: while no site counts business hours and the zone is still the
 * default, the browser's own zone, so a team in New York that ticks "business hours only" does not get
 * 09:00–17:00 Berlin time without noticing. A zone the team chose, or one in use, stays.
 */
export function startingSchedule(schedule: BusinessSchedule, businessHoursSites: readonly string[]): BusinessSchedule {
  if (businessHoursSites.length > 0 || schedule.timeZone !== FALLBACK_TIME_ZONE) return schedule;
  return { ...schedule, timeZone: browserTimeZone() };
}
