import {
  JUST_NOW, ONE_WORDS, TODAY, YESTERDAY, monthIndex, unitMs, weekdayIndex,
} from './time-words';
import { DAY } from './units';

export interface ParsedTime {
  /** Epoch ms. For relative forms: the latest moment the text allows (now minus the stated age). */
  at: number;
  source: 'exact' | 'relative';
}

/** Lower-cases and folds the spaces Intl and the sites use (NBSP, narrow NBSP) into plain ones. */
export function normaliseTimeText(text: string): string {
  const lower = text.toLowerCase();
  // Most texts ("3m", "2 hours ago") have nothing to fold or trim: one test instead of three replaces.
  if (TIDY.test(lower)) return lower;
  return lower
    .replace(/[\u00a0\u202f\u2009]/g, ' ')
    .replace(/^[\s·•]+|[\s·•]+$/g, '')
    .replace(/\s+/g, ' ');
}

/** Words without blanks or bullets, joined by single plain spaces: already normalised. */
const TIDY = /^(?:[^\s·•]+(?: [^\s·•]+)*)?$/;

const RELATIVE = /^(?:vor )?(\d+|[a-z]+) ?([a-zäöü.]+)(?: ago)?$/;
const DIGITS = /^\d+$/;
const AGO = /^vor |ago$/;

export function parseRelative(text: string, now: number): ParsedTime | null {
  const s = normaliseTimeText(text);
  if (JUST_NOW.test(s)) return { at: now, source: 'relative' };
  const m = RELATIVE.exec(s);
  if (!m) return null;
  const count = m[1]!;
  const digits = DIGITS.test(count);
  const n = digits ? Number(count) : ONE_WORDS.has(count) ? 1 : NaN;
  const ms = unitMs(m[2]!);
  if (!Number.isFinite(n) || ms === null) return null;
  // "a day" alone is not a time; a spelled-out count needs "ago"/"vor" around it.
  if (!digits && !AGO.test(s)) return null;
  return { at: now - n * ms, source: 'relative' };
}

const CLOCK = /(\d{1,2})[:.](\d{2})(?: ?(am|pm))?(?: uhr)?$/;

function clockOf(s: string): { h: number; m: number; rest: string } | null {
  const m = CLOCK.exec(s);
  if (!m) return { h: 0, m: 0, rest: s };
  let h = Number(m[1]);
  const min = Number(m[2]);
  if (m[3] === 'pm' && h < 12) h += 12;
  if (m[3] === 'am' && h === 12) h = 0;
  if (h > 23 || min > 59) return null;
  return { h, m: min, rest: s.slice(0, m.index).trim().replace(/,? (at|um)$|,$/, '').trim() };
}

function localDay(now: number, daysBack: number): Date {
  const d = new Date(now);
  d.setHours(0, 0, 0, 0);
  d.setDate(d.getDate() - daysBack);
  return d;
}

/** A calendar date without a year lies in the past: the most recent such date not after now. */
function pastDate(now: number, month: number, day: number, year: number | null, h: number, m: number): number | null {
  if (day < 1 || day > 31) return null;
  const y = year ?? new Date(now).getFullYear();
  let at = new Date(y, month, day, h, m).getTime();
  if (year === null && at > now + DAY) at = new Date(y - 1, month, day, h, m).getTime();
  return at;
}

const DAY_MONTH = /^(\d{1,2})\.? ([a-zäö]+\.?)(?:,? (\d{4}))?$/; // 1 september 2024, 1. sep. 2024
const MONTH_DAY = /^([a-zäö]+\.?) (\d{1,2})(?:,? (\d{4}))?$/; // september 1, 2024
const NUMERIC = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})?$/; // 01.09.2025
const ISO = /^\d{4}-\d{2}-\d{2}/;

export function parseAbsolute(text: string, now: number): ParsedTime | null {
  const raw = normaliseTimeText(text);
  if (ISO.test(raw)) {
    const at = Date.parse(text.trim());
    return Number.isNaN(at) ? null : { at, source: 'exact' };
  }
  // Drop a leading weekday name ("monday, 1 september …", "montag, 1. september …").
  const s = raw.replace(/^([a-z]+),\s*/, (all, w: string) => (weekdayIndex(w) !== null ? '' : all));
  const clock = clockOf(s);
  if (!clock) return null;
  const { h, m, rest } = clock;
  const hasClock = rest !== s;
  // The clock time set on the day, not added to its midnight: on the day clocks change the two differ by an hour.
  if (YESTERDAY.has(rest)) return hasClock ? { at: localDay(now, 1).setHours(h, m), source: 'exact' } : null;
  if (TODAY.has(rest)) return hasClock ? { at: localDay(now, 0).setHours(h, m), source: 'exact' } : null;
  const weekday = weekdayIndex(rest);
  if (weekday !== null && hasClock && rest.length > 2) {
    const today = new Date(now).getDay();
    const back = ((today - weekday + 7) % 7) || 7;
    const d = localDay(now, back);
    d.setHours(h, m);
    return { at: d.getTime(), source: 'exact' };
  }
  let at: number | null = null;
  let dm: RegExpExecArray | null;
  if ((dm = DAY_MONTH.exec(rest))) {
    const month = monthIndex(dm[2]!);
    if (month !== null) at = pastDate(now, month, Number(dm[1]), dm[3] ? Number(dm[3]) : null, h, m);
  } else if ((dm = MONTH_DAY.exec(rest))) {
    const month = monthIndex(dm[1]!);
    if (month !== null) at = pastDate(now, month, Number(dm[2]), dm[3] ? Number(dm[3]) : null, h, m);
  } else if ((dm = NUMERIC.exec(rest))) {
    const y = dm[3] ? Number(dm[3].length === 2 ? `20${dm[3]}` : dm[3]) : null;
    at = pastDate(now, Number(dm[2]) - 1, Number(dm[1]), y, h, m);
  }
  return at === null || Number.isNaN(at) ? null : { at, source: 'exact' };
}

/** Any form either site shows: relative ("3m", "vor 3 Minuten") or absolute ("Gestern um 10:00"). */
export function parseTimeText(text: string, now: number): ParsedTime | null {
  if (!text || text.length > 120) return null;
  return parseRelative(text, now) ?? parseAbsolute(text, now);
}

/**
 * Finds a time at the end of a label that glues name and time together without a separator,
 * e.g. "Comment by Anna Berger 3 minutes ago". Tries the longest trailing run of words first.
 */
export function parseTrailingTime(label: string, now: number, maxWords = 7): ParsedTime | null {
  return trailingTime(label, now, maxWords)?.time ?? null;
}

const WORD = /\S+/g;

/** As parseTrailingTime, and where in the label the time begins: what comes before it is the name. */
export function trailingTime(label: string, now: number, maxWords = 7): { time: ParsedTime; start: number } | null {
  // Where each of the last maxWords words starts, kept in a ring: a label is read once, left to right.
  const starts: number[] = [];
  let count = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(label); m; m = WORD.exec(label)) starts[count++ % maxWords] = m.index;
  for (let n = Math.min(maxWords, count); n >= 1; n--) {
    const start = starts[(count - n) % maxWords]!;
    const time = parseTimeText(label.slice(start), now);
    if (time) return { time, start };
  }
  return null;
}

/**
 * Calendar forms end in a digit ("at 10:00", "2025"), "am"/"pm"/"uhr" or a month ("1 September");
 * relative ones never do. Reading a label for them is then one test for most labels, not seven parses.
 */
const EXACT_END = /(?:\d\.?|[ap]m|uhr)$/i;
const LAST_WORD = /\S+$/;

/** The exact time a label ends with, or null: its relative forms are left to cheaper sources. */
export function trailingExactTime(label: string, now: number): ParsedTime | null {
  const end = label.trimEnd();
  // A month is a short word: the tail alone is searched, so a long label without blanks costs no more.
  if (!EXACT_END.test(end) && monthIndex(LAST_WORD.exec(end.slice(-16))?.[0].toLowerCase() ?? '') === null) return null;
  const time = parseTrailingTime(end, now);
  return time?.source === 'exact' ? time : null;
}

/** `data-utime` holds Unix seconds. */
export function parseUnixSeconds(value: string | null | undefined): ParsedTime | null {
  if (!value || !/^\d{9,11}$/.test(value.trim())) return null;
  return { at: Number(value.trim()) * 1000, source: 'exact' };
}
