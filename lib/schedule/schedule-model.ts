import { z } from 'zod';
import { dayNumberFromKey, isValidTimeZone } from './time-zone';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "HH:MM", 00:00–23:59, plus "24:00" so a day can be open until midnight. */
export const ClockTimeSchema = z
  .string()
  .regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/, { message: 'expected HH:MM between 00:00 and 24:00' });
export type ClockTime = z.infer<typeof ClockTimeSchema>;

export function clockToMinutes(time: string): number {
  const [h, m] = time.split(':');
  return Number(h) * 60 + Number(m);
}

/** One opening period of a day, end exclusive: 08:00–12:00 means open until, not including, 12:00. */
export const OpeningIntervalSchema = z
  .object({ start: ClockTimeSchema, end: ClockTimeSchema })
  .refine((i) => clockToMinutes(i.start) < clockToMinutes(i.end), {
    message: 'start must be before end',
    path: ['end'],
  });
export type OpeningInterval = z.infer<typeof OpeningIntervalSchema>;

const dayIntervals = z
  .array(OpeningIntervalSchema)
  .max(6)
  .default([])
  .refine(
    (list) => {
      const sorted = [...list].sort((a, b) => clockToMinutes(a.start) - clockToMinutes(b.start));
      return sorted.every((iv, i) => i === 0 || clockToMinutes(iv.start) >= clockToMinutes(sorted[i - 1]!.end));
    },
    { message: 'opening intervals of one day must not overlap' },
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

export const IsoDateSchema = z
  .string()
  .refine((s) => dayNumberFromKey(s) !== null, { message: 'expected a calendar date YYYY-MM-DD' });

export const TimeZoneSchema = z
  .string()
  .refine(isValidTimeZone, { message: 'expected an IANA time zone such as Europe/Berlin' });

export const BusinessScheduleSchema = z.object({
  timeZone: TimeZoneSchema,
  weekly: WeeklyHoursSchema,
  /** Whole days closed, in the schedule's zone. */
  holidays: z.array(IsoDateSchema).max(1000).default([]),
});
export type BusinessSchedule = z.infer<typeof BusinessScheduleSchema>;

/** Mon–Fri 09:00–17:00 in Berlin: a starting point the team edits, not a claim about their hours. */
export function defaultBusinessSchedule(): BusinessSchedule {
  const office = (): OpeningInterval[] => [{ start: '09:00', end: '17:00' }];
  return {
    timeZone: 'Europe/Berlin',
    weekly: { mon: office(), tue: office(), wed: office(), thu: office(), fri: office(), sat: [], sun: [] },
    holidays: [],
  };
}

/** Upper bound matches the existing settings: two weeks. */
export const TargetMinutesSchema = z.number().int().min(1).max(60 * 24 * 14);

export const ResponseTargetSchema = z.object({
  targetMinutes: TargetMinutesSchema.default(60),
  /** When true, waiting time only runs while the schedule is open. */
  businessHoursOnly: z.boolean().default(false),
  schedule: BusinessScheduleSchema.default(defaultBusinessSchedule),
});
export type ResponseTarget = z.infer<typeof ResponseTargetSchema>;

export const SiteTargetsSchema = z.object({
  facebook: ResponseTargetSchema.default(() => ResponseTargetSchema.parse({})),
  x: ResponseTargetSchema.default(() => ResponseTargetSchema.parse({})),
});
export type SiteTargets = z.infer<typeof SiteTargetsSchema>;

export const defaultSiteTargets = (): SiteTargets => SiteTargetsSchema.parse({});
