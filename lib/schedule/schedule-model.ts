import { z } from '../models/zod';

// zod/mini: tree-shakable, so each extension page carries only the schemas it uses (content scripts use none:
// lib/models/light/schedule.ts checks the schedule there).
import { dayNumberFromKey, isValidTimeZone } from './time-zone';
import { CLOCK_TIME, clockToMinutes } from './clock';
import { defaultBusinessSchedule } from './default-schedule';

export { WEEKDAYS, clockToMinutes, type Weekday } from './clock';
export { defaultBusinessSchedule };

/**
 * Why a check of the schedule refused a value, carried as `params.reason` on its issue: the options form
 * words it in the interface language (this layer has no messages); the `message` is developer text.
 */
export type ScheduleIssueReason = 'endNotAfterStart' | 'periodsOverlap' | 'timeZone' | 'date';

/** "HH:MM", 00:00–23:59, plus "24:00" so a day can be open until midnight. */
export const ClockTimeSchema = z.string().check(z.regex(CLOCK_TIME, { message: 'expected HH:MM between 00:00 and 24:00' }));
export type ClockTime = z.infer<typeof ClockTimeSchema>;

/** One opening period of a day, end exclusive: 08:00–12:00 means open until, not including, 12:00. */
export const OpeningIntervalSchema = z
  .object({ start: ClockTimeSchema, end: ClockTimeSchema })
  .check(z.refine((i) => clockToMinutes(i.start) < clockToMinutes(i.end), {
    message: 'start must be before end',
    path: ['end'],
    params: { reason: 'endNotAfterStart' satisfies ScheduleIssueReason },
  }));
export type OpeningInterval = z.infer<typeof OpeningIntervalSchema>;

const dayIntervals = z._default(
  z.array(OpeningIntervalSchema).check(
    z.maxLength(6),
    z.refine(
      (list) => {
        const sorted = [...list].sort((a, b) => clockToMinutes(a.start) - clockToMinutes(b.start));
        return sorted.every((iv, i) => i === 0 || clockToMinutes(iv.start) >= clockToMinutes(sorted[i - 1]!.end));
      },
      { message: 'opening intervals of one day must not overlap', params: { reason: 'periodsOverlap' satisfies ScheduleIssueReason } },
    ),
  ),
  [],
);

export const WeeklyHoursSchema = z.object({
  mon: dayIntervals,
  tue: dayIntervals,
  wed: dayIntervals,
  thu: dayIntervals,
  fri: dayIntervals,
  sat: dayIntervals,
  sun: dayIntervals,
});
export type WeeklyHours = z.infer<typeof WeeklyHoursSchema>;

export const IsoDateSchema = z.string().check(z.refine((s) => dayNumberFromKey(s) !== null, {
  message: 'expected a calendar date YYYY-MM-DD',
  params: { reason: 'date' satisfies ScheduleIssueReason },
}));

export const TimeZoneSchema = z.string().check(z.refine(isValidTimeZone, {
  message: 'expected an IANA time zone such as Europe/Berlin',
  params: { reason: 'timeZone' satisfies ScheduleIssueReason },
}));

export const BusinessScheduleSchema = z.object({
  timeZone: TimeZoneSchema,
  weekly: WeeklyHoursSchema,
  /** Whole days closed, in the schedule's zone. */
  holidays: z._default(z.array(IsoDateSchema).check(z.maxLength(1000)), []),
});
export type BusinessSchedule = z.infer<typeof BusinessScheduleSchema>;
