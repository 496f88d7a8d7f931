import { DAY, HOUR, MINUTE } from './units';

const formatters = new Map<string, Intl.NumberFormat>();

function unit(locale: string, u: 'minute' | 'hour' | 'day', n: number): string {
  const key = `${locale}|${u}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' });
    formatters.set(key, f);
  }
  return f.format(n);
}

const formatted = new Map<string, string>();

/** "42 min", "3 hr 5 min", "2 days 4 hr" (German: "42 Min.", "3 Std., 5 Min." …), two units at most. */
export function formatDuration(ms: number, locale: string): string {
  // Every badge on a page shows one of a few hundred distinct minute counts: format each once.
  const key = `${locale}|${Math.max(0, Math.floor(ms / MINUTE))}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size > 5000) formatted.clear();
    text = format(ms, locale);
    formatted.set(key, text);
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
