import { dayKey, isoWeekday } from '../schedule/time-zone';
import { quantileSorted, sortedAscending } from './quantile';

/**
 * How steady response times are, one row per calendar week (Monday first, team's zone).
 *
 * The measure is the interquartile range (p75 − p25) of first-response minutes. Why this one:
 * - It answers "how predictable are we?" in the unit the team already thinks in (minutes), and a
 *   narrowing band week after week is exactly what stability looks like on a chart.
 * - Response times are heavy-tailed (the comment posted Friday night); the IQR ignores the outer
 *   quarters, so one weekend outlier cannot make a steady week look erratic. p90 already shows the tail.
 * - A p90/median ratio was rejected: with fast teams the median is a few minutes, so the ratio swings
 *   wildly on small absolute changes and divides by zero for instant answers.
 * Weeks, not days, because a page may get only a handful of comments a day and quartiles of five
 * values say little; a week also contains the weekday/weekend rhythm once, so that rhythm does not
 * show up as instability. Weeks with fewer than SPREAD_MIN_SAMPLES answers are flagged sparse.
 */
export const SPREAD_MIN_SAMPLES = 8;

export interface WeekSpread {
  /** Monday of the week, YYYY-MM-DD. */
  weekStart: string;
  /** The part of the week inside the statistics window. */
  fromDay: string;
  toDay: string;
  answered: number;
  p25Minutes: number | null;
  medianMinutes: number | null;
  p75Minutes: number | null;
  iqrMinutes: number | null;
  sparse: boolean;
}

export interface TimedResponse {
  /** Local day number (team zone) the comment arrived on. */
  day: number;
  responseMinutes: number | null;
}

export function weeklySpread(items: readonly TimedResponse[], firstDay: number, lastDay: number): WeekSpread[] {
  const mondayOf = (d: number): number => d - (isoWeekday(d) - 1);
  const byWeek = new Map<number, number[]>();
  for (const it of items) {
    if (it.responseMinutes === null || it.day < firstDay || it.day > lastDay) continue;
    const w = mondayOf(it.day);
    const list = byWeek.get(w);
    if (list) list.push(it.responseMinutes);
    else byWeek.set(w, [it.responseMinutes]);
  }
  const weeks: WeekSpread[] = [];
  for (let monday = mondayOf(firstDay); monday <= lastDay; monday += 7) {
    const sorted = sortedAscending(byWeek.get(monday) ?? []);
    const p25 = quantileSorted(sorted, 0.25);
    const p75 = quantileSorted(sorted, 0.75);
    weeks.push({
      weekStart: dayKey(monday),
      fromDay: dayKey(Math.max(monday, firstDay)),
      toDay: dayKey(Math.min(monday + 6, lastDay)),
      answered: sorted.length,
      p25Minutes: p25,
      medianMinutes: quantileSorted(sorted, 0.5),
      p75Minutes: p75,
      iqrMinutes: p25 === null || p75 === null ? null : p75 - p25,
      sparse: sorted.length < SPREAD_MIN_SAMPLES,
    });
  }
  return weeks;
}
