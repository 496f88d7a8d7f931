import { z } from './zod';
import { BusinessScheduleSchema, defaultBusinessSchedule } from '../schedule/schedule-model';

// zod/mini: the same validation as classic zod, tree-shakable. Content scripts check settings without zod
// (lib/models/light/settings.ts), held equal to this schema by tests/unit/models/light/settings.test.ts.
const text = (min: number, max: number) => z.string().check(z.trim(), z.minLength(min), z.maxLength(max));
const whole = (min: number, max: number) => z.int().check(z.minimum(min), z.maximum(max));

/** The page id's digits: the options page tells a refusal of this pattern apart as "digits only". */
export const PAGE_ID_PATTERN = /^\d*$/;

/** A company page Moderato annotates. `url` is what the user pasted; matching uses its parsed form. */
export const OwnPageSchema = z.object({
  site: z.enum(['facebook', 'x']),
  /** The page's name on Facebook; on X the handle without "@". */
  name: text(1, 200),
  url: text(1, 500),
  /** Facebook's numeric page id, for addresses such as permalink.php?id=… that do not carry the name. */
  pageId: z._default(z.string().check(z.trim(), z.regex(PAGE_ID_PATTERN), z.maxLength(30)), ''),
});
export type OwnPage = z.infer<typeof OwnPageSchema>;

export const DEFAULT_TARGET_MINUTES = 60;

/** Most minutes a response target may be: two weeks. */
export const MAX_TARGET_MINUTES = 60 * 24 * 14;

/** A site's own target where it differs from the team's; null: the team's target. */
export const SiteTargetSchema = z._default(z.nullable(whole(1, MAX_TARGET_MINUTES)), null);

export const SettingsSchema = z.object({
  pages: z._default(z.array(OwnPageSchema).check(z.maxLength(50)), []),
  agentName: z._default(text(0, 100), ''),
  targetMinutes: z._default(whole(1, MAX_TARGET_MINUTES), DEFAULT_TARGET_MINUTES),
  /** Per site, a target of its own (e.g. faster on X, where customers expect quick answers). */
  siteTargetMinutes: z._default(z.object({ facebook: SiteTargetSchema, x: SiteTargetSchema }), () => ({ facebook: null, x: null })),
  /** Comments older than this when first seen are history, not work: kept, but not in the checklist. */
  backlogDays: z._default(whole(1, 3650), 30),
  /** A browser notification shortly before a comment misses its target; off until the team wants it. */
  /** The team's opening hours (weekdays, hours, holidays, time zone). */
  schedule: z._default(BusinessScheduleSchema, defaultBusinessSchedule),
  /** Sites whose target counts business time only; elsewhere every minute counts. */
  businessHoursSites: z._default(z.array(z.enum(['facebook', 'x'])).check(z.maxLength(2)), []),
  remindersEnabled: z._default(z.boolean(), false),
  reminderLeadMinutes: z._default(whole(1, 24 * 60), 10),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const defaultSettings = (): Settings => SettingsSchema.parse({});
