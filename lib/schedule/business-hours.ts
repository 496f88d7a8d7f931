import { WEEKDAYS, clockToMinutes, type Weekday } from './clock';
import { DAY_MS, MINUTE_MS, dayNumberFromKey, isoWeekday, localDayNumber, wallToUtc } from './time-zone';

/**
 * The shape the arithmetic needs. BusinessSchedule (the parsed settings) fits it; plain objects do too,
 * so intervals are sorted and merged here rather than trusted to be tidy.
 */
export interface ScheduleLike {
  timeZone: string;
  weekly: Readonly<Partial<Record<Weekday, readonly { start: string; end: string }[]>>>;
  holidays?: readonly string[];
}

type Span = readonly [start: number, end: number];

interface CompiledSchedule {
  timeZone: string;
  /** Index 0 = Monday; minutes since local midnight, merged and sorted. */
  weekly: Span[][];
  holidays: Set<number>;
  hasOpenTime: boolean;
  /** Real-instant spans per local day: the zone lookups are the only costly part, done once per day. */
  days: Map<number, readonly Span[]>;
}

const DAY_CACHE_LIMIT = 5000;
/** Beyond any target a team sets; stops the search on schedules whose every open day is a holiday. */
const LOOKAHEAD_DAYS = 20 * 366;
/** Keyed by object: schedules are treated as immutable values (settings are replaced, not edited in place). */
const compiledCache = new WeakMap<ScheduleLike, CompiledSchedule>();

function mergeSpans(spans: Span[]): Span[] {
  const sorted = spans.filter(([s, e]) => e > s).sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

/** Equal schedules rebuilt as new objects (settings parsed again) still share one day cache. */
const bySignature = new Map<string, CompiledSchedule>();
const SIGNATURE_LIMIT = 32;

function compile(schedule: ScheduleLike): CompiledSchedule {
  const cached = compiledCache.get(schedule);
  if (cached) return cached;
  const signature = JSON.stringify([schedule.timeZone, WEEKDAYS.map((d) => schedule.weekly[d] ?? []), schedule.holidays ?? []]);
  const same = bySignature.get(signature);
  if (same) {
    compiledCache.set(schedule, same);
    return same;
  }
  const weekly = WEEKDAYS.map((d) =>
    mergeSpans(
      (schedule.weekly[d] ?? []).map(
        (iv) => [Math.max(0, clockToMinutes(iv.start)), Math.min(1440, clockToMinutes(iv.end))] as const,
      ),
    ),
  );
  const holidays = new Set<number>();
  for (const h of schedule.holidays ?? []) {
    const n = dayNumberFromKey(h);
    if (n !== null) holidays.add(n);
  }
  const compiled: CompiledSchedule = {
    timeZone: schedule.timeZone,
    weekly,
    holidays,
    hasOpenTime: weekly.some((d) => d.length > 0),
    days: new Map(),
  };
  compiledCache.set(schedule, compiled);
  if (bySignature.size >= SIGNATURE_LIMIT) bySignature.clear();
  bySignature.set(signature, compiled);
  return compiled;
}

/** Open spans of one local day as real instants. Their length follows DST: 00:00–24:00 can be 23 or 25 h. */
function openSpansOn(c: CompiledSchedule, dayNumber: number): readonly Span[] {
  const cached = c.days.get(dayNumber);
  if (cached) return cached;
  let spans: Span[] = [];
  if (!c.holidays.has(dayNumber)) {
    const base = dayNumber * DAY_MS;
    for (const [s, e] of c.weekly[isoWeekday(dayNumber) - 1] ?? []) {
      const start = wallToUtc(base + s * MINUTE_MS, c.timeZone);
      const end = wallToUtc(base + e * MINUTE_MS, c.timeZone);
      // An interval lying wholly inside a spring-forward gap can collapse; it has no real time then.
      if (end > start) spans.push([start, end]);
    }
    spans = mergeSpans(spans);
  }
  if (c.days.size >= DAY_CACHE_LIMIT) c.days.clear();
  c.days.set(dayNumber, spans);
  return spans;
}

/** Business time between two instants in ms; 0 when end is not after start. */
export function businessMsBetween(startMs: number, endMs: number, schedule: ScheduleLike): number {
  if (!(endMs > startMs)) return 0;
  const c = compile(schedule);
  if (!c.hasOpenTime) return 0;
  const lastDay = localDayNumber(endMs, c.timeZone);
  let total = 0;
  for (let d = localDayNumber(startMs, c.timeZone); d <= lastDay; d++) {
    for (const [a, b] of openSpansOn(c, d)) {
      const from = Math.max(a, startMs);
      const to = Math.min(b, endMs);
      if (to > from) total += to - from;
    }
  }
  return total;
}

/** Business minutes (fractional) between two instants; 0 when end is not after start. */
export function businessMinutesBetween(startMs: number, endMs: number, schedule: ScheduleLike): number {
  return businessMsBetween(startMs, endMs, schedule) / MINUTE_MS;
}

/**
 * The first instant by which `minutes` of business time have passed since `startMs`: when a target
 * is missed. Outside business hours the clock waits for the next opening; a deadline that lands
 * exactly on closing time stays there rather than jumping to the next morning. Zero minutes is
 * `startMs` itself. A schedule with no open hours never accrues time: the answer is Infinity (also
 * when twenty years of open time would not suffice).
 */
export function addBusinessMinutes(startMs: number, minutes: number, schedule: ScheduleLike): number {
  if (!Number.isFinite(minutes) || minutes < 0) {
    throw new RangeError(`addBusinessMinutes: minutes must be a finite number ≥ 0, got ${minutes}`);
  }
  if (minutes === 0) return startMs;
  const c = compile(schedule);
  if (!c.hasOpenTime) return Number.POSITIVE_INFINITY;
  let remaining = minutes * MINUTE_MS;
  const first = localDayNumber(startMs, c.timeZone);
  for (let d = first; d < first + LOOKAHEAD_DAYS; d++) {
    for (const [a, b] of openSpansOn(c, d)) {
      if (b <= startMs) continue;
      const from = Math.max(a, startMs);
      const available = b - from;
      if (remaining <= available) return from + remaining;
      remaining -= available;
    }
  }
  return Number.POSITIVE_INFINITY;
}

export function isOpenAt(ms: number, schedule: ScheduleLike): boolean {
  const c = compile(schedule);
  return openSpansOn(c, localDayNumber(ms, c.timeZone)).some(([a, b]) => ms >= a && ms < b);
}

/**
 * When business time next runs: `ms` itself while open, else the next opening. Infinity for a
 * schedule with no open hours, or none within twenty years.
 */
export function nextOpening(ms: number, schedule: ScheduleLike): number {
  const c = compile(schedule);
  if (!c.hasOpenTime) return Number.POSITIVE_INFINITY;
  const first = localDayNumber(ms, c.timeZone);
  for (let d = first; d < first + LOOKAHEAD_DAYS; d++) {
    for (const [a, b] of openSpansOn(c, d)) {
      if (b > ms) return Math.max(a, ms);
    }
  }
  return Number.POSITIVE_INFINITY;
}
