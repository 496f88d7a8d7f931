export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
export const WEEK = 7 * DAY;
/** Calendar months and years are approximated: the site only says "2 months ago" anyway. */
export const MONTH = 30 * DAY;
export const YEAR = 365 * DAY;
