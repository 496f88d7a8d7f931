import type { Settings } from '../models/settings';
import { businessMsBetween } from '../schedule/business-hours';
import type { StatusOptions } from './waiting';

/** The status rules for one site: the team's target, and business time only where the team chose it. */
export function statusOptionsFor(settings: Settings, site: 'facebook' | 'x'): StatusOptions {
  if (!settings.businessHoursSites.includes(site)) return settings;
  const schedule = settings.schedule;
  return { ...settings, clock: (start, now) => businessMsBetween(start, now, schedule) };
}
