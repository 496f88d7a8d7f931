import type { Settings } from '../models/settings';
import { businessMsBetween } from '../schedule/business-hours';
import { targetMinutesFor } from './site-target';
import type { StatusOptions } from './waiting';

/** The status rules for one site: its target, and business time only where the team chose it. */
export function statusOptionsFor(settings: Settings, site: 'facebook' | 'x'): StatusOptions {
  const targetMinutes = targetMinutesFor(settings, site);
  if (!settings.businessHoursSites.includes(site)) return { targetMinutes, backlogDays: settings.backlogDays };
  const schedule = settings.schedule;
  return { targetMinutes, backlogDays: settings.backlogDays, clock: (start, now) => businessMsBetween(start, now, schedule) };
}
