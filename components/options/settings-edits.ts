/*
 * The settings form saves what the user changed, not the whole form: the stored settings may have
 * changed since it was filled in (a team bundle applied on the same page, another options tab), and
 * saving the agent's name must not take back the pages a bundle added meanwhile.
 */

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Deep equality of plain data; NaN (a number field the browser cannot read) equals only itself. */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => same(x, b[i]));
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => k in b && same(a[k], b[k]));
}

/**
 * `edited` laid over `stored`: where it differs from `base` (what the form was filled with), the user's
 * value; elsewhere the stored one. Groups (the schedule, its week, the site targets) are compared field
 * by field; a list (the pages, a day's periods, the holidays) is one value: merging two versions of a
 * list could bring back a page the user removed.
 */
export function applyEdits<T>(stored: T, base: T, edited: T): T {
  if (same(edited, base)) return stored;
  if (!isRecord(stored) || !isRecord(base) || !isRecord(edited)) return edited;
  const out: Record<string, unknown> = { ...stored };
  for (const k of Object.keys(edited)) out[k] = applyEdits(stored[k], base[k], edited[k]);
  return out as T;
}
