/**
 * Numbers on the statistics page, in the interface language. Response times are heavy-tailed, so one
 * unit does not fit all: minutes below an hour, hours below two days, days beyond, with one decimal
 * (a median of 37.5 min is what a spreadsheet would say too).
 */
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(locale: string, key: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
  const k = `n|${locale}|${key}`;
  let f = cache.get(k) as Intl.NumberFormat | undefined;
  if (!f) {
    f = new Intl.NumberFormat(locale, opts);
    cache.set(k, f);
  }
  return f;
}

function dateFormat(locale: string, key: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const k = `d|${locale}|${key}`;
  let f = cache.get(k) as Intl.DateTimeFormat | undefined;
  if (!f) {
    f = new Intl.DateTimeFormat(locale, opts);
    cache.set(k, f);
  }
  return f;
}

export const NO_VALUE = '–';

export function formatMinutes(minutes: number | null, locale: string): string {
  if (minutes === null) return NO_VALUE;
  const unit = (u: 'minute' | 'hour' | 'day', v: number) =>
    numberFormat(locale, u, { style: 'unit', unit: u, unitDisplay: 'short', maximumFractionDigits: 1 }).format(v);
  // The unit is chosen by the value as shown (one decimal): 59.97 min is "1 hr", not "60 min".
  const shown = (v: number) => Math.round(v * 10) / 10;
  if (shown(minutes) < 60) return unit('minute', minutes);
  if (shown(minutes / 60) < 48) return unit('hour', minutes / 60);
  return unit('day', minutes / (24 * 60));
}

/** Whole percent: a tenth of a percent suggests a precision a few hundred comments do not have. */
export function formatShare(share: number | null, locale: string): string {
  if (share === null) return NO_VALUE;
  return numberFormat(locale, 'percent', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function formatCount(n: number, locale: string): string {
  return numberFormat(locale, 'count', {}).format(n);
}

/** A calendar day key (YYYY-MM-DD) as "12 Mar" / "12. März"; the key is a date, not an instant. */
export function formatDay(key: string, locale: string, withYear = false): string {
  const f = dateFormat(locale, withYear ? 'dmy' : 'dm', withYear
    ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
    : { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return f.format(dayKeyToMs(key));
}

export function dayKeyToMs(key: string): number {
  return Date.parse(`${key}T00:00:00Z`);
}
