/**
 * The largest distance from 1970 a Date can hold (ECMA-262 TimeClip, about the year 275760).
 * Intl throws a RangeError for anything past it, so stored and imported times are held to it.
 */
export const MAX_DATE_MS = 8.64e15;

/** A time a Date can hold; NaN fails the comparison on its own. */
export const isDateTime = (ms: unknown): ms is number => typeof ms === 'number' && Math.abs(ms) <= MAX_DATE_MS;

export interface SafeDateFormat {
  /** The formatted date, or '' when there is no date to show. */
  format(value: number | Date): string;
}

function intlFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(locale, options);
  } catch {
    // A locale or time zone Intl does not know: the browser's default still gives a readable date.
  }
  try {
    return new Intl.DateTimeFormat(undefined, options);
  } catch {
    return new Intl.DateTimeFormat();
  }
}

/**
 * Intl.DateTimeFormat that never throws. The badge renders inside facebook.com / x.com and the
 * popup and options pages render stored or imported times: one bad time (a strike's expiry past
 * the Date range, a row written before times were bounded) must cost its date, not the view.
 */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): SafeDateFormat {
  const f = intlFormat(locale, options);
  return {
    format(value) {
      const ms = value instanceof Date ? value.getTime() : value;
      if (!isDateTime(ms)) return '';
      try {
        return f.format(ms);
      } catch {
        return '';
      }
    },
  };
}
