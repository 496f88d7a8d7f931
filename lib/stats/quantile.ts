/**
 * Quantiles by linear interpolation between closest ranks (Hyndman & Fan type 7). It is what
 * spreadsheets' PERCENTILE/QUANTIL.INKL and numpy compute by default, so a team that checks a
 * number by hand in Excel or LibreOffice gets the same answer, and the median comes out as the
 * familiar mean of the two middle values for an even count.
 */
export function quantileSorted(sorted: readonly number[], q: number): number | null {
  if (sorted.length === 0) return null;
  if (!(q >= 0 && q <= 1)) throw new RangeError(`quantile must be within 0…1, got ${q}`);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.min(lo + 1, sorted.length - 1);
  const a = sorted[lo]!;
  const b = sorted[hi]!;
  return a + (b - a) * (pos - lo);
}

export function sortedAscending(values: Iterable<number>): number[] {
  return Array.from(values).sort((a, b) => a - b);
}

export function quantile(values: Iterable<number>, q: number): number | null {
  return quantileSorted(sortedAscending(values), q);
}

export const median = (values: Iterable<number>): number | null => quantile(values, 0.5);
