import type { BusinessSchedule, OpeningInterval } from './schedule-model';
import { isValidTimeZone } from './time-zone';

// Apart from the schemas in schedule-model.ts: content scripts fill in the default settings without zod.

/** Where nothing better is known: the zone most of the teams Moderato is made for work in. */
export const FALLBACK_TIME_ZONE = 'Europe/Berlin';

/**
 * The browser's own zone, where it names one Intl knows (some engines give none or "Etc/Unknown");
 * else Berlin. Asked each time: a schedule once stored keeps its zone, so
 * this only decides the starting point of a team that has not saved one yet.
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

/** Mon–Fri 09:00–17:00 in the browser's zone: a starting point the team edits, not a claim about their hours. */
export function defaultBusinessSchedule(): BusinessSchedule {
  const office = (): OpeningInterval[] => [{ start: '09:00', end: '17:00' }];
  return {
    timeZone: browserTimeZone(),
    weekly: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office(), sat: [], sun: [] },
    holidays: [],
  };
}
