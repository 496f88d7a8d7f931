/** What a site's target needs of the settings (the light checks of the popup's first paint give the same). */
export interface SiteTargetSettings {
  targetMinutes: number;
  siteTargetMinutes?: { facebook: number | null; x: number | null };
}

/** A site's response target in minutes: its own where the team set one, else the team's. */
export function targetMinutesFor(s: SiteTargetSettings, site: 'facebook' | 'x'): number {
  return s.siteTargetMinutes?.[site] ?? s.targetMinutes;
}
