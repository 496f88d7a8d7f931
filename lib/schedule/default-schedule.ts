import type { BusinessSchedule, OpeningInterval } from './schedule-model';

// Apart from the schemas in schedule-model.ts: content scripts fill in the default settings without zod.

/** Mon–Fri 09:00–17:00 in Berlin: a starting point the team edits, not a claim about their hours. */
export function defaultBusinessSchedule(): BusinessSchedule {
  const office = (): OpeningInterval[] => [{ start: '09:00', end: '17:00' }];
  return {
    timeZone: 'Europe/Berlin',
    weekly: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office(), sat: [], sun: [] },
    holidays: [],
  };
}
