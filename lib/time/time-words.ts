import { DAY, HOUR, MINUTE, MONTH, WEEK, YEAR } from './units';

/**
 * Words the sites use for time units, English and German, short and long, lower case.
 * Kept as data so a new UI language is a new row, not new code.
 */
export const UNIT_WORDS: ReadonlyArray<readonly [readonly string[], number]> = [
  [['s', 'sec', 'secs', 'second', 'seconds', 'sek', 'sek.', 'sekunde', 'sekunden'], 1000],
  [['m', 'min', 'min.', 'mins', 'minute', 'minutes', 'minuten'], MINUTE],
  [['h', 'hr', 'hrs', 'hour', 'hours', 'std', 'std.', 'stunde', 'stunden'], HOUR],
  [['d', 'day', 'days', 't', 't.', 'tg', 'tg.', 'tag', 'tage', 'tagen'], DAY],
  [['w', 'wk', 'wks', 'week', 'weeks', 'wo', 'wo.', 'woche', 'wochen'], WEEK],
  [['mo', 'mon', 'month', 'months', 'mon.', 'monat', 'monate', 'monaten'], MONTH],
  [['y', 'yr', 'yrs', 'year', 'years', 'j', 'j.', 'jahr', 'jahre', 'jahren'], YEAR],
];

/** "a minute ago", "vor einer Stunde": the article stands for 1. */
export const ONE_WORDS = new Set(['a', 'an', 'one', 'ein', 'eine', 'einer', 'einem', 'einen']);

export const JUST_NOW = /^(just now|now|gerade eben|gerade|jetzt)$/;

export const MONTHS: ReadonlyArray<readonly string[]> = [
  ['january', 'jan', 'januar', 'jänner', 'jän'],
  // "Febr." and "Mrz." are the Duden abbreviations some German date formats use.
  ['february', 'feb', 'februar', 'febr'],
  ['march', 'mar', 'märz', 'mär', 'maerz', 'mrz'],
  ['april', 'apr'],
  ['may', 'mai'],
  ['june', 'jun', 'juni'],
  ['july', 'jul', 'juli'],
  ['august', 'aug'],
  ['september', 'sep', 'sept'],
  ['october', 'oct', 'oktober', 'okt'],
  ['november', 'nov'],
  ['december', 'dec', 'dezember', 'dez'],
];

export const WEEKDAYS: ReadonlyArray<readonly string[]> = [
  ['sunday', 'sun', 'sonntag', 'so'],
  ['monday', 'mon', 'montag', 'mo'],
  ['tuesday', 'tue', 'dienstag', 'di'],
  ['wednesday', 'wed', 'mittwoch', 'mi'],
  ['thursday', 'thu', 'donnerstag', 'do'],
  ['friday', 'fri', 'freitag', 'fr'],
  ['saturday', 'sat', 'samstag', 'sonnabend', 'sa'],
];

export const YESTERDAY = new Set(['yesterday', 'gestern']);
export const TODAY = new Set(['today', 'heute']);

/** Word → value of the first row that names it; looked up once per time text, so a map, not a scan. */
function indexOf<V>(rows: ReadonlyArray<readonly string[]>, value: (row: number) => V): Map<string, V> {
  const map = new Map<string, V>();
  rows.forEach((names, i) => {
    for (const name of names) if (!map.has(name)) map.set(name, value(i));
  });
  return map;
}

const UNIT_MS = indexOf(UNIT_WORDS.map(([names]) => names), (i) => UNIT_WORDS[i]![1]);
const MONTH_INDEX = indexOf(MONTHS, (i) => i);
const WEEKDAY_INDEX = indexOf(WEEKDAYS, (i) => i);
const TRAILING_DOT = /\.$/;

export function unitMs(word: string): number | null {
  return UNIT_MS.get(word) ?? null;
}

export function monthIndex(word: string): number | null {
  return MONTH_INDEX.get(word.replace(TRAILING_DOT, '')) ?? null;
}

export function weekdayIndex(word: string): number | null {
  return WEEKDAY_INDEX.get(word.replace(TRAILING_DOT, '')) ?? null;
}
