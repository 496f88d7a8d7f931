import type { Settings } from '../models/settings';
import { businessMsBetween } from '../schedule/business-hours';
import { targetMinutesFor } from './site-target';
import type { StatusOptions } from './waiting';

type Site = 'facebook' | 'x';

// The checklist, the toolbar count and the reminders ask once per comment; settings values are never
// changed in place (a change is a new object), so the rules are made once per value and site.
const made = new WeakMap<Settings, Partial<Record<Site, StatusOptions>>>();

/** The status rules for one site: its target, and business time only where the team chose it. */
export function statusOptionsFor(settings: Settings, site: Site): StatusOptions {
  let bySite = made.get(settings);
  if (!bySite) made.set(settings, (bySite = {}));
  return (bySite[site] ??= rulesFor(settings, site));
}

function rulesFor(settings: Settings, site: Site): StatusOptions {
  const targetMinutes = targetMinutesFor(settings, site);
  if (!settings.businessHoursSites.includes(site)) return { targetMinutes, backlogDays: settings.backlogDays };
  const schedule = settings.schedule;
  return { targetMinutes, backlogDays: settings.backlogDays, clock: (start, now) => businessMsBetween(start, now, schedule) };
}
