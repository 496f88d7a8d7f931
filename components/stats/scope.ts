import type { ResponseRecord, StatsSite } from '../../lib/stats/response-record';
import { STATS_SITES } from '../../lib/stats/response-record';
import { pageKey } from '../../lib/models/light-check';
import type { TargetClock } from '../../lib/schedule/target-clock';
import type { StatsInput } from '../../lib/stats/from-comments';
import type { ResponseSeries, ResponseStatsReport } from '../../lib/stats/response-report';

/** What the page is showing: everything, one site, or one page of one site. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'site'; site: StatsSite }
  | { kind: 'page'; site: StatsSite; pageKey: string };

export interface ScopeChoices {
  sites: StatsSite[];
  /** `watched` false: a page no longer in the settings (only its answered comments are counted). */
  pages: { site: StatsSite; pageKey: string; watched: boolean }[];
}

/** As a <select> value. Page names are free text, so they are URI-encoded to keep the separator unambiguous. */
export function scopeToValue(scope: Scope): string {
  if (scope.kind === 'all') return 'all';
  if (scope.kind === 'site') return `site:${scope.site}`;
  return `page:${scope.site}:${encodeURIComponent(scope.pageKey)}`;
}

export function scopeFromValue(value: string): Scope {
  const [kind, site, page] = value.split(':');
  const known = STATS_SITES.find((s) => s === site);
  if (kind === 'site' && known) return { kind: 'site', site: known };
  if (kind === 'page' && known && page !== undefined) {
    try {
      return { kind: 'page', site: known, pageKey: decodeURIComponent(page) };
    } catch {
      return { kind: 'all' };
    }
  }
  return { kind: 'all' };
}

/**
 * The sites and pages that have comments by others, in a stable order. Pages are one per
 * `pageKey(site, name)` (the records already carry one spelling per page, see from-comments); `isWatched`
 * tells the pages still in the settings (lib/comments/watched-pages), every page when absent.
 */
export function scopeChoices(
  records: readonly ResponseRecord[],
  isWatched: (c: { site: StatsSite; pageName: string }) => boolean = () => true,
): ScopeChoices {
  const sites = new Set<StatsSite>();
  const pages = new Map<string, { site: StatsSite; pageKey: string; watched: boolean }>();
  for (const r of records) {
    if (r.byOwner) continue;
    sites.add(r.site);
    const key = pageKey(r.site, r.pageKey);
    if (!pages.has(key)) pages.set(key, { site: r.site, pageKey: r.pageKey, watched: isWatched({ site: r.site, pageName: r.pageKey }) });
  }
  return {
    sites: STATS_SITES.filter((s) => sites.has(s)),
    pages: [...pages.values()].sort((a, b) => STATS_SITES.indexOf(a.site) - STATS_SITES.indexOf(b.site) || (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : 0)),
  };
}

/**
 * The series a scope shows. A page or site without comments in the window is absent from the report;
 * it gets the report's empty series shape (every day present, all counts zero).
 */
export function seriesInScope(report: ResponseStatsReport, scope: Scope): ResponseSeries {
  if (scope.kind === 'all') return report.overall;
  if (scope.kind === 'site') return report.bySite[scope.site];
  const page = report.byPage.find((p) => p.site === scope.site && p.pageKey === scope.pageKey);
  return page?.series ?? emptyLike(report.overall);
}

function emptyLike(series: ResponseSeries): ResponseSeries {
  const blank = {
    received: 0, answered: 0, medianMinutes: null, p90Minutes: null, withinTarget: 0, missed: 0,
    missedUnanswered: 0, pending: 0, withinTargetShare: null,
  };
  return {
    total: blank,
    days: series.days.map((d) => ({ ...blank, day: d.day })),
    weeks: series.weeks.map((w) => ({ ...w, answered: 0, p25Minutes: null, medianMinutes: null, p75Minutes: null, iqrMinutes: null, sparse: true })),
  };
}

/** Whether two inputs would give the same statistics: same records in the same order, same left-out counts. */
export function sameStatsInput(a: StatsInput, b: StatsInput): boolean {
  if (a.records.length !== b.records.length) return false;
  if (a.leftOut.answerTimeUnknown !== b.leftOut.answerTimeUnknown || a.leftOut.history !== b.leftOut.history
    || a.leftOut.unwatched !== b.leftOut.unwatched || a.leftOut.unreadable !== b.leftOut.unreadable) return false;
  for (let i = 0; i < a.records.length; i++) {
    const x = a.records[i]!;
    const y = b.records[i]!;
    if (x.site !== y.site || x.pageKey !== y.pageKey || x.postedAt !== y.postedAt || x.firstSeenAt !== y.firstSeenAt
      || x.answeredAt !== y.answeredAt || x.byOwner !== y.byOwner) return false;
  }
  return true;
}

/** The target in minutes to draw for a scope; null when the sites in it have different targets. */
export function scopeTargetMinutes(scope: Scope, targets: Readonly<Record<StatsSite, TargetClock>>, sites: readonly StatsSite[]): number | null {
  if (scope.kind !== 'all') return targets[scope.site].targetMinutes;
  const minutes = new Set((sites.length ? sites : STATS_SITES).map((s) => targets[s].targetMinutes));
  return minutes.size === 1 ? [...minutes][0]! : null;
}
