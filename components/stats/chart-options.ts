import uPlot from 'uplot';
import type { ResponseSeries } from '../../lib/stats/response-report';
import { dayKey } from '../../lib/schedule/time-zone';
import { dayKeyToMs, formatDay, formatMinutes, formatShare } from './format';

/**
 * uPlot options and data for the three statistics charts. Options depend only on the language and the
 * colours, so a chart is built once; everything that changes with the data (including the target
 * line) travels in the data arrays and reaches the chart through setData.
 */
export type ChartOptions = Omit<uPlot.Options, 'width' | 'height'>;

export interface ChartTheme {
  text: string;
  grid: string;
}

export interface SeriesLabels {
  day: string;
  week: string;
  median: string;
  p90: string;
  target: string;
  share: string;
  missed: string;
  p25: string;
  p75: string;
}

/** Colours chosen to stay apart for the common colour-vision deficiencies (blue / orange / dark red). */
export const CHART_COLOURS = {
  median: '#2563eb',
  p90: '#ea7a0c',
  target: '#b91c1c',
  share: '#15803d',
  /** Light, so it stays apart from the dark green by lightness too, not by hue alone. */
  missed: '#f1a7a0',
  band: 'rgba(37, 99, 235, 0.22)',
} as const;

const DAY_S = 86_400;
const toSeconds = (key: string): number => dayKeyToMs(key) / 1000;
const keyOfSeconds = (s: number): string => dayKey(Math.round(s / DAY_S));

/** Days are calendar dates: draw them in UTC so the axis never shifts them by the viewer's offset. */
const utcDate = (ts: number): Date => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC');

function timeAxis(theme: ChartTheme, locale: string, incrs: number[]): uPlot.Axis {
  return {
    stroke: theme.text,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { stroke: theme.grid, width: 1 },
    incrs,
    values: (_u, splits) => splits.map((s) => formatDay(keyOfSeconds(s), locale)),
  };
}

/** Durations a reader recognises; the response-time axis is ticked only at these. */
const NICE_MINUTES = [0, 1, 5, 15, 30, 60, 120, 240, 480, 1440, 2 * 1440, 7 * 1440, 14 * 1440, 30 * 1440];

function niceUpper(max: number): number {
  return NICE_MINUTES.find((m) => m >= max * 1.05) ?? max * 1.2;
}

/** Ticks at nice durations, dropping those that would sit closer than `gapPx` to the previous one. */
function durationSplits(u: uPlot, axisIdx: number, min: number, max: number): number[] {
  const scaleKey = u.axes[axisIdx]?.scale ?? 'y';
  const out: number[] = [];
  let lastPos = Number.POSITIVE_INFINITY;
  for (const m of NICE_MINUTES) {
    if (m < min || m > max) continue;
    const pos = u.valToPos(m, scaleKey);
    if (Math.abs(lastPos - pos) < 22) continue;
    out.push(m);
    lastPos = pos;
  }
  return out;
}

const minutesValue = (locale: string) => (_u: uPlot, v: number | null) => (v === null || v === undefined ? '–' : formatMinutes(v, locale));

/**
 * Daily median and p90 on an arcsinh scale: linear near zero (a 0-minute answer is drawable, unlike on
 * a log scale) and logarithmic beyond, so a 5-minute median and a 2-day p90 are both readable.
 */
export function dailyTimesOptions(locale: string, theme: ChartTheme, labels: SeriesLabels): ChartOptions {
  return {
    tzDate: utcDate,
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true },
      y: { distr: 4, asinh: 1, range: (_u, _min, max) => [0, niceUpper(Math.max(max ?? 1, 1))] },
    },
    axes: [
      timeAxis(theme, locale, [DAY_S, 2 * DAY_S, 7 * DAY_S, 14 * DAY_S, 28 * DAY_S]),
      {
        stroke: theme.text,
        grid: { stroke: theme.grid, width: 1 },
        ticks: { stroke: theme.grid, width: 1 },
        size: 70,
        splits: (u, axisIdx, min, max) => durationSplits(u, axisIdx, min, max),
        // uPlot's default filter on an arcsinh axis labels powers of ten only; every split here is meant.
        filter: (_u, splits) => splits,
        values: (_u, splits) => splits.map((m) => formatMinutes(m, locale)),
      },
    ],
    series: [
      { label: labels.day, value: (_u, v) => (v === null ? '–' : formatDay(keyOfSeconds(v), locale)) },
      { label: labels.median, stroke: CHART_COLOURS.median, width: 2, points: { show: true, size: 5, fill: CHART_COLOURS.median }, value: minutesValue(locale) },
      { label: labels.p90, stroke: CHART_COLOURS.p90, width: 2, points: { show: true, size: 5, fill: CHART_COLOURS.p90 }, value: minutesValue(locale) },
      { label: labels.target, stroke: CHART_COLOURS.target, width: 1.5, dash: [6, 4], points: { show: false }, value: minutesValue(locale) },
    ],
  };
}

export function dailyTimesData(series: ResponseSeries, targetMinutes: number | null): uPlot.AlignedData {
  const xs = series.days.map((d) => toSeconds(d.day));
  return [
    xs,
    series.days.map((d) => d.medianMinutes),
    series.days.map((d) => d.p90Minutes),
    xs.map(() => targetMinutes),
  ];
}

/**
 * Share within target per day: a full-height bar for every day with decided comments, green up to the
 * share and light red above it, so a day where everything missed shows as red rather than as no bar.
 * Days with nothing decided have no bar at all.
 */
export function dailyShareOptions(locale: string, theme: ChartTheme, labels: SeriesLabels): ChartOptions {
  const bars = () => uPlot.paths.bars!({ size: [0.7, 24] });
  return {
    tzDate: utcDate,
    cursor: { drag: { x: false, y: false } },
    scales: {
      // Half a day of room either side, so the first and last bars are whole.
      x: { time: true, range: (_u, min, max) => [(min ?? 0) - DAY_S / 2, (max ?? 0) + DAY_S / 2] },
      y: { range: [0, 1] },
    },
    axes: [
      timeAxis(theme, locale, [DAY_S, 2 * DAY_S, 7 * DAY_S, 14 * DAY_S, 28 * DAY_S]),
      {
        stroke: theme.text,
        grid: { stroke: theme.grid, width: 1 },
        ticks: { stroke: theme.grid, width: 1 },
        size: 60,
        splits: () => [0, 0.25, 0.5, 0.75, 1],
        values: (_u, splits) => splits.map((v) => formatShare(v, locale)),
      },
    ],
    series: [
      { label: labels.day, value: (_u, v) => (v === null ? '–' : formatDay(keyOfSeconds(v), locale)) },
      // Drawn first, as the whole bar; the green share is painted over it.
      { label: labels.missed, stroke: CHART_COLOURS.missed, fill: CHART_COLOURS.missed, width: 0, paths: bars(), points: { show: false },
        value: (u, v, _s, idx) => (v === null || idx === null ? '–' : formatShare(1 - (u.data[2]?.[idx] ?? 0), locale)) },
      { label: labels.share, stroke: CHART_COLOURS.share, fill: CHART_COLOURS.share, width: 0, paths: bars(), points: { show: false },
        value: (_u, v) => formatShare(v, locale) },
    ],
  };
}

export function dailyShareData(series: ResponseSeries): uPlot.AlignedData {
  return [
    series.days.map((d) => toSeconds(d.day)),
    series.days.map((d) => (d.withinTargetShare === null ? null : 1)),
    series.days.map((d) => d.withinTargetShare),
  ];
}

/**
 * Weekly spread: the band from p25 to p75 with the median inside, on a linear minute scale so the
 * band's height is the interquartile range itself (a narrowing band is steadiness).
 */
export function weeklySpreadOptions(locale: string, theme: ChartTheme, labels: SeriesLabels): ChartOptions {
  return {
    tzDate: utcDate,
    cursor: { drag: { x: false, y: false } },
    scales: {
      x: { time: true },
      y: { range: (_u, _min, max) => [0, niceUpper(Math.max(max ?? 1, 1))] },
    },
    axes: [
      timeAxis(theme, locale, [7 * DAY_S, 14 * DAY_S, 28 * DAY_S]),
      {
        stroke: theme.text,
        grid: { stroke: theme.grid, width: 1 },
        ticks: { stroke: theme.grid, width: 1 },
        size: 70,
        values: (_u, splits) => splits.map((m) => formatMinutes(m, locale)),
      },
    ],
    series: [
      { label: labels.week, value: (_u, v) => (v === null ? '–' : formatDay(keyOfSeconds(v), locale)) },
      { label: labels.p75, stroke: CHART_COLOURS.median, width: 1, points: { show: false }, value: minutesValue(locale) },
      { label: labels.median, stroke: CHART_COLOURS.median, width: 2.5, points: { show: true, size: 6, fill: CHART_COLOURS.median }, value: minutesValue(locale) },
      { label: labels.p25, stroke: CHART_COLOURS.median, width: 1, points: { show: false }, value: minutesValue(locale) },
    ],
    bands: [{ series: [1, 3], fill: CHART_COLOURS.band }],
  };
}

export function weeklySpreadData(series: ResponseSeries): uPlot.AlignedData {
  return [
    series.weeks.map((w) => toSeconds(w.weekStart)),
    series.weeks.map((w) => w.p75Minutes),
    series.weeks.map((w) => w.medianMinutes),
    series.weeks.map((w) => w.p25Minutes),
  ];
}
