import type { Settings } from '../settings';
import { isObject, whole } from './primitives';

/** Hand-checked like lib/models/settings.ts: MAX_TARGET_MINUTES (not imported: that module builds zod schemas). */
const MAX = 60 * 24 * 14;

export type SiteTargetMinutes = Settings['siteTargetMinutes'];

export const noSiteTargets = (): SiteTargetMinutes => ({ facebook: null, x: null });

/** SettingsSchema's `siteTargetMinutes` (absent or undefined is handled by the caller's default); null where zod would fail. */
export function parseSiteTargets(v: unknown): SiteTargetMinutes | null {
  if (!isObject(v)) return null;
  const out = noSiteTargets();
  for (const site of ['facebook', 'x'] as const) {
    const minutes = v[site];
    if (minutes === undefined || minutes === null) continue;
    if (!whole(minutes, 1, MAX)) return null;
    out[site] = minutes;
  }
  return out;
}

/** parseStoredSettings's repair of `siteTargetMinutes` (lib/db/settings-repair.ts): each site on its own, unreadable as null. */
export function repairSiteTargets(v: unknown): SiteTargetMinutes {
  const out = noSiteTargets();
  if (!isObject(v)) return out;
  for (const site of ['facebook', 'x'] as const) {
    const minutes = v[site];
    if (whole(minutes, 1, MAX)) out[site] = minutes;
  }
  return out;
}
