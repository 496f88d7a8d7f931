/**
 * Wall-clock arithmetic in an IANA time zone, using only Intl so it runs the same in Node and in the
 * browser and never depends on the machine's own zone.
 *
 * A "wall" value is a local date and time written as if it were UTC epoch ms (Date.UTC(y, m-1, d, h, mi)).
 * That makes local calendar arithmetic plain integer arithmetic; only the step between wall and real
 * instants needs the zone's rules.
 */

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

export interface ZonedParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    // hourCycle h23: some engines print midnight as "24" with hour12:false.
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

let canonical: Set<string> | null = null;

/**
 * Zones the teams Moderato is made for mostly work in, known valid without asking Intl: even the list of
 * canonical zones is a 5–10 ms first call in a page (measured in Chromium), paid on every page load when a
 * content script checks its settings. A unit test holds each to Intl's list.
 */
export const COMMON_ZONES: ReadonlySet<string> = new Set([
  'Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/Luxembourg', 'Europe/Brussels', 'Europe/Amsterdam',
  'Europe/Paris', 'Europe/Rome', 'Europe/Madrid', 'Europe/Prague', 'Europe/Warsaw', 'Europe/Copenhagen',
  'Europe/Stockholm', 'Europe/Oslo', 'Europe/Helsinki', 'Europe/London', 'Europe/Dublin', 'Europe/Lisbon',
  'Europe/Athens', 'Europe/Istanbul', 'America/New_York', 'America/Chicago', 'America/Denver', 'America/Los_Angeles',
  'Asia/Tokyo', 'Asia/Singapore', 'Australia/Sydney',
]);

/**
 * Building a formatter for a zone costs some 20–30 ms the first time (it loads the zone data), a
 * blocking task on the host page when a content script checks its settings. The list of canonical
 * zones is cheap and answers almost every case; aliases such as "UTC" still go the long way.
 */
export function isValidTimeZone(timeZone: string): boolean {
  if (!timeZone) return false;
  if (COMMON_ZONES.has(timeZone)) return true;
  canonical ??= new Set(typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : []);
  if (canonical.has(timeZone)) return true;
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

export function zonedParts(utcMs: number, timeZone: string): ZonedParts {
  const out: ZonedParts = { year: 1970, month: 1, day: 1, hour: 0, minute: 0, second: 0 };
  for (const p of formatterFor(timeZone).formatToParts(utcMs)) {
    switch (p.type) {
      case 'year': out.year = Number(p.value); break;
      case 'month': out.month = Number(p.value); break;
      case 'day': out.day = Number(p.value); break;
      case 'hour': out.hour = Number(p.value) % 24; break;
      case 'minute': out.minute = Number(p.value); break;
      case 'second': out.second = Number(p.value); break;
      default: break;
    }
  }
  return out;
}

function exactOffsetMs(utcMs: number, timeZone: string): number {
  const whole = Math.floor(utcMs / 1000) * 1000;
  const p = zonedParts(whole, timeZone);
  return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - whole;
}

const HOUR_MS = 60 * MINUTE_MS;
const OFFSET_CACHE_LIMIT = 20_000;
/** Per zone: UTC hour → the offset throughout that hour, or null when it changes within it. */
const offsetCache = new Map<string, Map<number, number | null>>();

/**
 * Local time minus UTC at that instant, in ms (Berlin: +1 h in winter, +2 h in summer).
 * Intl is the slow part of all schedule and statistics work, so offsets are remembered per UTC hour.
 * An hour whose start and end agree has no change inside it (zones never change twice in an hour);
 * an hour with a change is always asked exactly.
 */
export function zoneOffsetMs(utcMs: number, timeZone: string): number {
  let zone = offsetCache.get(timeZone);
  if (!zone) {
    zone = new Map();
    offsetCache.set(timeZone, zone);
  }
  const hour = Math.floor(utcMs / HOUR_MS);
  const known = zone.get(hour);
  if (typeof known === 'number') return known;
  if (known === null) return exactOffsetMs(utcMs, timeZone);
  const atStart = exactOffsetMs(hour * HOUR_MS, timeZone);
  const atEnd = exactOffsetMs((hour + 1) * HOUR_MS - 1000, timeZone);
  if (zone.size >= OFFSET_CACHE_LIMIT) zone.clear();
  zone.set(hour, atStart === atEnd ? atStart : null);
  return atStart === atEnd ? atStart : exactOffsetMs(utcMs, timeZone);
}

/** The wall value (see top of file) of an instant. */
export function utcToWall(utcMs: number, timeZone: string): number {
  return utcMs + zoneOffsetMs(utcMs, timeZone);
}

/**
 * The instant at which the zone's clocks show `wallMs`. Follows Temporal's "compatible" rule:
 * a wall time that happens twice (autumn, 02:30 in Berlin) is the earlier instant; one that never
 * happens (spring, 02:30 in Berlin) is read with the offset from before the change, i.e. it moves
 * forward by the size of the gap (02:30 → 03:30 summer time).
 */
export function wallToUtc(wallMs: number, timeZone: string): number {
  // Offsets a day either side bracket any real-world transition (none are less than 48 h apart).
  const before = zoneOffsetMs(wallMs - DAY_MS, timeZone);
  const after = zoneOffsetMs(wallMs + DAY_MS, timeZone);
  const viaBefore = wallMs - before;
  if (before === after) {
    if (zoneOffsetMs(viaBefore, timeZone) === before) return viaBefore;
  }
  const viaAfter = wallMs - after;
  const beforeFits = zoneOffsetMs(viaBefore, timeZone) === before;
  const afterFits = zoneOffsetMs(viaAfter, timeZone) === after;
  if (beforeFits && afterFits) return Math.min(viaBefore, viaAfter);
  if (beforeFits) return viaBefore;
  if (afterFits) return viaAfter;
  return viaBefore;
}

/** Days since 1970-01-01 of the local calendar date an instant falls on. */
export function localDayNumber(utcMs: number, timeZone: string): number {
  return Math.floor(utcToWall(utcMs, timeZone) / DAY_MS);
}

/** The instant the local day starts (usually midnight; later where midnight falls in a DST gap). */
export function startOfLocalDay(dayNumber: number, timeZone: string): number {
  return wallToUtc(dayNumber * DAY_MS, timeZone);
}

/** "YYYY-MM-DD" of a day number; calendar arithmetic only, no zone involved. */
export function dayKey(dayNumber: number): string {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of "YYYY-MM-DD", or null for text that is not a real calendar date (2026-02-30). */
export function dayNumberFromKey(key: string): number | null {
  const m = ISO_DATE.exec(key);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const wall = Date.UTC(y, mo - 1, d);
  if (!Number.isFinite(wall) || dayKey(wall / DAY_MS) !== key) return null;
  return wall / DAY_MS;
}

/** ISO weekday of a day number: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(dayNumber: number): number {
  return ((((dayNumber + 3) % 7) + 7) % 7) + 1;
}

export function localDayKey(utcMs: number, timeZone: string): string {
  return dayKey(localDayNumber(utcMs, timeZone));
}
