import type { TargetClock } from '../schedule/target-clock';
import { dayKey, localDayNumber } from '../schedule/time-zone';
import {
  STATS_SITES, measureResponse, type MeasuredResponse, type ResponseRecord, type StatsSite,
} from './response-record';
import { summariseResponses, type ResponseSummary } from './response-summary';
import { weeklySpread, type WeekSpread } from './weekly-spread';

/**
 * First-response statistics over the last N days. Rules (see also lib/stats/README.md):
 * - The owner's own comments are not waiting for anyone and are left out.
 * - A comment belongs to the day it arrived (posted, else first seen), in the team's time zone:
 *   Friday evening's comment answered on Monday is Friday's demand and Friday's slow answer.
 * - The window is the N calendar days ending today (team zone), today included even though it is
 *   still running; comments dated after today (clock skew) are left out.
 * - Response time is measured by each site's target clock: elapsed minutes, or business minutes
 *   when that site's target counts business hours only.
 * - Within-target share = within / (within + missed); unanswered comments count as missed once the
 *   target has passed, and are left out while they still can make it (pending).
 */
export interface ResponseStatsOptions {
  now: number;
  windowDays: number;
  /** The team's IANA zone: decides where days and weeks start. */
  timeZone: string;
  targets: Readonly<Record<StatsSite, TargetClock>>;
  /** The targets in force when a comment was written (lib/stats/target-history.ts); `targets` for all without it. */
  targetsAt?: (startedAt: number) => Readonly<Record<StatsSite, TargetClock>>;
}

export interface DayStats extends ResponseSummary {
  day: string;
}

export interface ResponseSeries {
  total: ResponseSummary;
  /** Every day of the window in order, empty days included so charts show gaps honestly. */
  days: DayStats[];
  weeks: WeekSpread[];
}

export interface PageSeries {
  site: StatsSite;
  pageKey: string;
  series: ResponseSeries;
}

export interface ResponseStatsReport {
  timeZone: string;
  windowDays: number;
  fromDay: string;
  toDay: string;
  overall: ResponseSeries;
  bySite: Record<StatsSite, ResponseSeries>;
  byPage: PageSeries[];
}

export const STATS_WINDOWS = [30, 90] as const;

/** Locale-independent, so the order is the same on every machine. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Dated extends MeasuredResponse {
  day: number;
}

function seriesOf(items: readonly Dated[], firstDay: number, lastDay: number): ResponseSeries {
  const byDay = new Map<number, Dated[]>();
  for (const it of items) {
    const list = byDay.get(it.day);
    if (list) list.push(it);
    else byDay.set(it.day, [it]);
  }
  const days: DayStats[] = [];
  for (let d = firstDay; d <= lastDay; d++) {
    days.push({ day: dayKey(d), ...summariseResponses(byDay.get(d) ?? []) });
  }
  return { total: summariseResponses(items), days, weeks: weeklySpread(items, firstDay, lastDay) };
}

export function computeResponseStats(
  records: readonly ResponseRecord[],
  opts: ResponseStatsOptions,
): ResponseStatsReport {
  if (!Number.isInteger(opts.windowDays) || opts.windowDays < 1) {
    throw new RangeError(`windowDays must be a whole number ≥ 1, got ${opts.windowDays}`);
  }
  const lastDay = localDayNumber(opts.now, opts.timeZone);
  const firstDay = lastDay - opts.windowDays + 1;

  const inWindow: Dated[] = [];
  for (const r of records) {
    if (r.byOwner) continue;
    const startedAt = r.postedAt ?? r.firstSeenAt;
    const day = localDayNumber(startedAt, opts.timeZone);
    if (day < firstDay || day > lastDay) continue;
    const targets = opts.targetsAt ? opts.targetsAt(startedAt) : opts.targets;
    inWindow.push({ ...measureResponse(r, targets[r.site], opts.now), day });
  }

  const pages = new Map<string, { site: StatsSite; pageKey: string; items: Dated[] }>();
  for (const it of inWindow) {
    const key = `${it.site}\u0000${it.pageKey}`;
    const page = pages.get(key);
    if (page) page.items.push(it);
    else pages.set(key, { site: it.site, pageKey: it.pageKey, items: [it] });
  }

  const bySite = {} as Record<StatsSite, ResponseSeries>;
  for (const site of STATS_SITES) {
    bySite[site] = seriesOf(inWindow.filter((it) => it.site === site), firstDay, lastDay);
  }

  return {
    timeZone: opts.timeZone,
    windowDays: opts.windowDays,
    fromDay: dayKey(firstDay),
    toDay: dayKey(lastDay),
    overall: seriesOf(inWindow, firstDay, lastDay),
    bySite,
    byPage: [...pages.values()]
      .sort((a, b) => byCodeUnits(a.site, b.site) || byCodeUnits(a.pageKey, b.pageKey))
      .map((p) => ({ site: p.site, pageKey: p.pageKey, series: seriesOf(p.items, firstDay, lastDay) })),
  };
}

/** The two windows the statistics page shows. Measures each comment twice; cheap next to rendering. */
export function computeResponseStatsWindows(
  records: readonly ResponseRecord[],
  opts: Omit<ResponseStatsOptions, 'windowDays'>,
): { last30: ResponseStatsReport; last90: ResponseStatsReport } {
  return {
    last30: computeResponseStats(records, { ...opts, windowDays: 30 }),
    last90: computeResponseStats(records, { ...opts, windowDays: 90 }),
  };
}
