import { DAY, HOUR, MINUTE } from './units';

type Unit = 'minute' | 'hour' | 'day';

/**
 * CLDR's short unit forms ("42 min", "42 Min.") for the two interface languages, as
 * Intl.NumberFormat({ style: 'unit', unitDisplay: 'short' }) writes them; a unit test holds them to
 * Intl's output. Why not Intl.NumberFormat itself: its first use in a page loads ICU's number data,
 * a 30 ms task in the host page the badges would cause on every page load. Nor Intl.PluralRules: for
 * whole numbers English and German both say "one" for 1 alone, and its first use loads plural data.
 * Other locales use Intl.NumberFormat.
 */
type Forms = { group: string } & Record<Unit, { one: string; other: string }>;
const EN: Forms = { group: ',', minute: { one: 'min', other: 'min' }, hour: { one: 'hr', other: 'hr' }, day: { one: 'day', other: 'days' } };
const EN_GB: Forms = { ...EN, minute: { one: 'min', other: 'mins' }, hour: { one: 'hr', other: 'hrs' } };
const DE: Forms = { group: '.', minute: { one: 'Min.', other: 'Min.' }, hour: { one: 'Std.', other: 'Std.' }, day: { one: 'Tg.', other: 'Tg.' } };
// Only where CLDR's forms have long been settled; elsewhere (de-CH's grouping mark moved between CLDR versions) Intl decides.
const SHORT_UNITS: Record<string, Forms> = { en: EN, 'en-us': EN, 'en-gb': EN_GB, de: DE, 'de-de': DE };

const formatters = new Map<string, Intl.NumberFormat>();

function unit(locale: string, u: Unit, n: number): string {
  const table = SHORT_UNITS[locale.toLowerCase()];
  if (table) {
    const digits = n < 1000 ? String(n) : String(n).replace(/\B(?=(\d{3})+$)/g, table.group);
    return `${digits} ${n === 1 ? table[u].one : table[u].other}`;
  }
  const key = `${locale}|${u}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' });
    formatters.set(key, f);
  }
  return f.format(n);
}

/** Texts by locale, then by whole minutes: numeric keys, since building a string key cost more than the lookup saved. */
const formatted = new Map<string, Map<number, string>>();

/** "42 min", "3 hr 5 min", "2 days 4 hr" (German: "42 Min.", "3 Std., 5 Min." …), two units at most. */
export function formatDuration(ms: number, locale: string): string {
  // Every badge on a page shows one of a few hundred distinct minute counts: format each once.
  const minutes = Math.max(0, Math.floor(ms / MINUTE));
  let texts = formatted.get(locale);
  if (!texts) formatted.set(locale, (texts = new Map()));
  let text = texts.get(minutes);
  if (text === undefined) {
    if (texts.size > 5000) texts.clear();
    text = format(ms, locale);
    texts.set(minutes, text);
  }
  return text;
}

function format(ms: number, locale: string): string {
  const total = Math.max(0, Math.floor(ms / MINUTE));
  if (total < 60) return unit(locale, 'minute', total);
  if (ms < DAY) {
    const h = Math.floor(ms / HOUR);
    const m = total - h * 60;
    return m ? `${unit(locale, 'hour', h)} ${unit(locale, 'minute', m)}` : unit(locale, 'hour', h);
  }
  const d = Math.floor(ms / DAY);
  const h = Math.floor((ms - d * DAY) / HOUR);
  return h && d < 7 ? `${unit(locale, 'day', d)} ${unit(locale, 'hour', h)}` : unit(locale, 'day', d);
}
