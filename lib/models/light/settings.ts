import type { Settings } from '../settings';
import { defaultBusinessSchedule } from '../../schedule/default-schedule';
import { arrayOf, isObject, isSite, trimmed, whole } from './primitives';
import { parsePage } from './own-page';
import { parseSchedule } from './schedule';
import { noSiteTargets, parseSiteTargets } from './site-targets';

/**
 * The content script's check of SettingsSchema (lib/models/settings.ts) and SettingsReplySchema.
 * The defaults here are the schema's; tests/unit/models/light/settings.test.ts holds them equal.
 */

const siteItem = (v: unknown): Settings['businessHoursSites'][number] | null => (isSite(v) ? v : null);

/** A field with a default: absent or undefined takes the default, anything else must pass. */
function withDefault<T>(v: unknown, fallback: () => T, parse: (v: unknown) => T | null): T | null {
  return v === undefined ? fallback() : parse(v);
}

const wholeIn = (min: number, max: number) => (v: unknown): number | null => (whole(v, min, max) ? v : null);

export function parseSettings(v: unknown): Settings | null {
  if (!isObject(v)) return null;
  const pages = withDefault(v.pages, () => [], (p) => arrayOf(p, parsePage, 50));
  const agentName = withDefault(v.agentName, () => '', (a) => trimmed(a, 0, 100));
  const targetMinutes = withDefault(v.targetMinutes, () => 60, wholeIn(1, 60 * 24 * 14));
  const siteTargetMinutes = withDefault(v.siteTargetMinutes, noSiteTargets, parseSiteTargets);
  const backlogDays = withDefault(v.backlogDays, () => 30, wholeIn(1, 3650));
  const schedule = withDefault(v.schedule, defaultBusinessSchedule, parseSchedule);
  const businessHoursSites = withDefault(v.businessHoursSites, () => [], (s) => arrayOf(s, siteItem, 2));
  const remindersEnabled = withDefault(v.remindersEnabled, () => false, (r) => (typeof r === 'boolean' ? r : null));
  const reminderLeadMinutes = withDefault(v.reminderLeadMinutes, () => 10, wholeIn(1, 24 * 60));
  if (
    pages === null ||
    agentName === null ||
    targetMinutes === null ||
    siteTargetMinutes === null ||
    backlogDays === null ||
    schedule === null ||
    businessHoursSites === null ||
    remindersEnabled === null ||
    reminderLeadMinutes === null
  ) {
    return null;
  }
  return { pages, agentName, targetMinutes, siteTargetMinutes, backlogDays, schedule, businessHoursSites, remindersEnabled, reminderLeadMinutes };
}

/** SettingsSchema.parse({}): what the overlay works with until the background has answered. */
export const defaultSettings = (): Settings => parseSettings({})!;

/** SettingsReplySchema. */
export function parseSettingsReply(v: unknown): { settings: Settings } | null {
  if (!isObject(v)) return null;
  const settings = parseSettings(v.settings);
  return settings && { settings };
}
