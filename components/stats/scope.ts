import type { ResponseRecord, StatsSite } from '../../lib/stats/response-record';
import { STATS_SITES } from '../../lib/stats/response-record';
import type { TargetClock } from '../../lib/schedule/target-clock';

/** What the page is showing: everything, one site, or one page of one site. */
export type Scope =
  | { kind: 'all' }
  | { kind: 'site'; site: StatsSite }
  | { kind: 'page'; site: StatsSite; pageKey: string };

export interface ScopeChoices {
  sites: StatsSite[];
  pages: { site: StatsSite; pageKey: string }[];
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

/** The sites and pages that have comments by others, in a stable order. */
export function scopeChoices(records: readonly ResponseRecord[]): ScopeChoices {
  const sites = new Set<StatsSite>();
  const pages = new Map<string, { site: StatsSite; pageKey: string }>();
  for (const r of records) {
    if (r.byOwner) continue;
    sites.add(r.site);
    pages.set(`${r.site}\u0000${r.pageKey}`, { site: r.site, pageKey: r.pageKey });
  }
  return {
    sites: STATS_SITES.filter((s) => sites.has(s)),
    pages: [...pages.values()].sort((a, b) => STATS_SITES.indexOf(a.site) - STATS_SITES.indexOf(b.site) || (a.pageKey < b.pageKey ? -1 : a.pageKey > b.pageKey ? 1 : 0)),
  };
}

export function recordsInScope(records: readonly ResponseRecord[], scope: Scope): readonly ResponseRecord[] {
  if (scope.kind === 'all') return records;
  if (scope.kind === 'site') return records.filter((r) => r.site === scope.site);
  return records.filter((r) => r.site === scope.site && r.pageKey === scope.pageKey);
}

/** The target in minutes to draw for a scope; null when the sites in it have different targets. */
export function scopeTargetMinutes(scope: Scope, targets: Readonly<Record<StatsSite, TargetClock>>, sites: readonly StatsSite[]): number | null {
  if (scope.kind !== 'all') return targets[scope.site].targetMinutes;
  const minutes = new Set((sites.length ? sites : STATS_SITES).map((s) => targets[s].targetMinutes));
  return minutes.size === 1 ? [...minutes][0]! : null;
}
