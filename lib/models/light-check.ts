/**
 * Hand-written checks for the popup's first paint, which runs before zod (and Dexie, Preact) are
 * loaded. They accept exactly what the zod schemas accept for the fields concerned
 * (tests/unit/models/light-check.test.ts holds them against the schemas): a record that fails is
 * skipped, never shown raw. The full app validates the same records with zod again when it takes over.
 * No zod import here, on purpose: this module must stay small.
 */

import { isObject, isSite, nullable, num, str, whole } from './light/primitives';
import { parsePage } from './light/own-page';
import { repairSiteTargets, type SiteTargetMinutes } from './light/site-targets';

type Site = 'facebook' | 'x';

/** The fields of a stored comment (lib/models/comment.ts TrackedCommentSchema), checked the same way. */
export interface LightComment {
  key: string;
  site: Site;
  id: string;
  parentId: string | null;
  author: { name: string; url: string | null };
  text: string;
  permalink: string | null;
  pageName: string;
  postedAt: number | null;
  timeSource: 'exact' | 'relative' | 'first-seen';
  firstSeenAt: number;
  lastSeenAt: number;
  byOwner: boolean;
  answeredAt: number | null;
  handledAt: number | null;
  claimedBy?: string | null;
  claimedAt?: number | null;
  open: 0 | 1;
}

export { isObject };
const optionalNullable = <T>(v: unknown, ok: (v: unknown) => v is T): v is T | null | undefined => v === undefined || nullable(v, ok);
const s200 = (v: unknown): v is string => str(v, 200);
const s100 = (v: unknown): v is string => str(v, 100);
const s2000 = (v: unknown): v is string => str(v, 2000);

/** The stored record as the first paint may show it, or null: the same rules as TrackedCommentSchema. */
export function lightComment(row: unknown): LightComment | null {
  if (!isObject(row)) return null;
  const a = row.author;
  const ok =
    str(row.key, 210, 3) &&
    isSite(row.site) &&
    str(row.id, 200, 1) &&
    nullable(row.parentId, s200) &&
    isObject(a) &&
    str(a.name, 300) &&
    nullable(a.url, s2000) &&
    str(row.text, 20_000) &&
    nullable(row.permalink, s2000) &&
    str(row.pageName, 200) &&
    nullable(row.postedAt, num) &&
    (row.timeSource === 'exact' || row.timeSource === 'relative' || row.timeSource === 'first-seen') &&
    num(row.firstSeenAt) &&
    num(row.lastSeenAt) &&
    typeof row.byOwner === 'boolean' &&
    nullable(row.answeredAt, num) &&
    nullable(row.handledAt, num) &&
    optionalNullable(row.claimedBy, s100) &&
    optionalNullable(row.claimedAt, num) &&
    (row.open === 0 || row.open === 1);
  return ok ? (row as unknown as LightComment) : null;
}

/** What the first paint needs of the settings (lib/models/settings.ts), each field falling back on its own as parseStoredSettings does. */
export interface LightSettings {
  targetMinutes: number;
  siteTargetMinutes: SiteTargetMinutes;
  backlogDays: number;
  businessHoursSites: Site[];
  /** At least one valid own page: otherwise the popup shows the setup hint. */
  hasPages: boolean;
  /** The own pages as `site:name` (lib/comments/watched-pages.ts `pageNameKey`): only their comments are listed. */
  pageKeys: ReadonlySet<string>;
  /** The stored schedule, unchecked: light-schedule.ts checks and repairs it, loaded only when a site counts business time. */
  scheduleValue: unknown;
}

/** A page name as the settings and the stored comments may spell it: "@Shop " and "shop" are one page. */
export const pageKey = (site: string, name: string): string => `${site}:${name.trim().replace(/^@+/, '').toLowerCase()}`;

export function lightSettings(value: unknown): LightSettings {
  const v = isObject(value) ? value : {};
  const sites = v.businessHoursSites;
  const pages = Array.isArray(v.pages) ? v.pages.map(parsePage).filter((p) => p !== null) : [];
  return {
    // The defaults of SettingsSchema (tested equal).
    targetMinutes: whole(v.targetMinutes, 1, 60 * 24 * 14) ? v.targetMinutes : 60,
    siteTargetMinutes: repairSiteTargets(v.siteTargetMinutes),
    backlogDays: whole(v.backlogDays, 1, 3650) ? v.backlogDays : 30,
    businessHoursSites: Array.isArray(sites) && sites.length <= 2 && sites.every(isSite) ? (sites as Site[]) : [],
    hasPages: pages.length > 0,
    pageKeys: new Set(pages.map((p) => pageKey(p.site, p.name))),
    scheduleValue: v.schedule,
  };
}
