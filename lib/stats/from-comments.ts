import type { TrackedComment } from '../models/comment';
import { pageKey } from '../models/light-check';
import type { Settings } from '../models/settings';
import { watchedPages } from '../comments/watched-pages';
import type { ScheduleLike } from '../schedule/business-hours';
import type { TargetClock } from '../schedule/target-clock';
import { DAY_MS } from '../schedule/time-zone';
import { targetMinutesFor, type SiteTargetSettings } from '../time/site-target';
import { STATS_SITES, type ResponseRecord, type StatsSite } from './response-record';

/**
 * From stored comments to what the statistics count. Rules beyond lib/stats/README.md:
 * - **First response** is the earlier of the Page's answer on the site and the moderator's tick
 *   ("handled", e.g. answered by private message or phone): both are the company responding.
 * - **Answered before Moderato saw it.** When the page does not tell the answer time, the merge stamps
 *   the sighting that first saw the answer. If that was the very first sighting, the stamp is only
 *   "some time before now" (typically the backlog from before the extension was installed, which
 *   would otherwise show as days-long responses): left out, counted in `answerTimeUnknown`.
 * - **History.** A comment that was already older than `backlogDays` when first seen and has no
 *   known response is history, not work (the badge and checklist rule): left out, counted in `history`.
 *   Without it, installing Moderato on a page with old comments would start with a wall of misses.
 * - **Pages no longer watched.** A page removed from the settings is no longer annotated, so its waiting
 *   comments can never be seen answered; the popup, toolbar and reminders leave them out
 *   (lib/comments/watched-pages). So do the statistics: left out, counted in `unwatched`. Their answered
 *   comments still count (that history is still true). Without `settings.pages` every page is watched.
 * - **One page, one key.** Comments are grouped by `pageKey(site, name)` ("@Shop" and "shop" are one
 *   page); the record's `pageKey` is the newest spelling seen (by last sighting) of that page.
 * - The owner's own comments pass through with `byOwner`; the report leaves them out.
 */
export interface StatsInput {
  records: ResponseRecord[];
  /** `unreadable` is filled by the reader (stored rows that do not fit the schema), 0 here. */
  leftOut: { answerTimeUnknown: number; history: number; unwatched: number; unreadable: number };
}

export function responseRecordsFromComments(
  comments: readonly TrackedComment[],
  settings: Pick<Settings, 'backlogDays'> & { pages?: Settings['pages'] },
): StatsInput {
  const records: ResponseRecord[] = [];
  let answerTimeUnknown = 0;
  let history = 0;
  let unwatched = 0;
  const backlogMs = settings.backlogDays * DAY_MS;
  const watched = settings.pages ? watchedPages(settings.pages) : () => true;
  const spelling = newestSpellings(comments);
  const toRecord = (c: TrackedComment, answeredAt: number | null): ResponseRecord => ({
    site: c.site,
    pageKey: spelling.get(pageKey(c.site, c.pageName)) ?? c.pageName,
    postedAt: c.postedAt,
    firstSeenAt: c.firstSeenAt,
    answeredAt,
    byOwner: c.byOwner,
  });
  for (const c of comments) {
    if (c.byOwner) {
      records.push(toRecord(c, c.answeredAt));
      continue;
    }
    const startedAt = c.postedAt ?? c.firstSeenAt;
    // Stamped on the first sighting: the answer came at some unknown time before that.
    const pageAnswer = c.answeredAt === c.firstSeenAt ? null : c.answeredAt;
    const responded = earliest(pageAnswer, c.handledAt);
    if (responded === null && c.answeredAt !== null) {
      answerTimeUnknown++;
      continue;
    }
    if (responded === null && c.firstSeenAt - startedAt > backlogMs) {
      history++;
      continue;
    }
    if (responded === null && !watched(c)) {
      unwatched++;
      continue;
    }
    records.push(toRecord(c, responded));
  }
  return { records, leftOut: { answerTimeUnknown, history, unwatched, unreadable: 0 } };
}

/** Per `pageKey(site, name)`, the page name as the most recently seen comment spells it (ties: the later in the list). */
function newestSpellings(comments: readonly TrackedComment[]): Map<string, string> {
  const newest = new Map<string, { name: string; at: number }>();
  for (const c of comments) {
    const key = pageKey(c.site, c.pageName);
    const seen = newest.get(key);
    if (!seen || c.lastSeenAt >= seen.at) newest.set(key, { name: c.pageName, at: c.lastSeenAt });
  }
  return new Map([...newest].map(([k, v]) => [k, v.name]));
}

function earliest(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

/** How one site's target clock runs; what the business-hours settings will supply per site. */
export interface SiteClock {
  targetMinutes?: number;
  businessHoursOnly: boolean;
  schedule: ScheduleLike;
}

/** Each site's clock as the settings set it: business time only for the sites the team chose. */
export function siteClocksOf(s: Settings): Record<StatsSite, SiteClock> {
  const out = {} as Record<StatsSite, SiteClock>;
  for (const site of STATS_SITES) out[site] = { businessHoursOnly: s.businessHoursSites.includes(site), schedule: s.schedule };
  return out;
}

/**
 * The per-site target clocks the statistics measure against: each site's target from the settings (its
 * own, or the team's), and from `perSite` whether it counts business hours only. An elapsed clock never
 * reads its schedule; it gets an empty one in the team's zone so the object is complete.
 */
export function statsTargets(
  settings: SiteTargetSettings,
  timeZone: string,
  perSite: Partial<Record<StatsSite, SiteClock>> = {},
): Record<StatsSite, TargetClock> {
  const out = {} as Record<StatsSite, TargetClock>;
  for (const site of STATS_SITES) {
    const clock = perSite[site];
    out[site] = clock
      ? { targetMinutes: clock.targetMinutes ?? targetMinutesFor(settings, site), businessHoursOnly: clock.businessHoursOnly, schedule: clock.schedule }
      : { targetMinutes: targetMinutesFor(settings, site), businessHoursOnly: false, schedule: { timeZone, weekly: {} } };
  }
  return out;
}

/**
 * The zone whose calendar days the statistics use: the business-hours schedule's zone when a site
 * counts business hours (days then match the team's opening days), else the browser's own zone.
 */
export function statsTimeZone(targets: Readonly<Record<StatsSite, TargetClock>>, browserZone: string): string {
  for (const site of STATS_SITES) {
    if (targets[site].businessHoursOnly) return targets[site].schedule.timeZone;
  }
  return browserZone;
}
