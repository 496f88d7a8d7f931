import { describe, expect, it } from 'vitest';
import { median, quantile, quantileSorted } from '../../../lib/stats/quantile';

describe('quantiles (linear interpolation, spreadsheet PERCENTILE.INC)', () => {
  const oneToTen = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

  it('matches hand-computed values on 1…10', () => {
    expect(median(oneToTen)).toBe(5.5);
    expect(quantile(oneToTen, 0.9)).toBeCloseTo(9.1, 12); // rank 8.1 → 9 + 0.1 × (10 − 9)
    expect(quantile(oneToTen, 0.25)).toBeCloseTo(3.25, 12);
    expect(quantile(oneToTen, 0.75)).toBeCloseTo(7.75, 12);
    expect(quantile(oneToTen, 0)).toBe(1);
    expect(quantile(oneToTen, 1)).toBe(10);
  });

  it('sorts unsorted input and interpolates between neighbours', () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(quantile([40, 10, 30, 20], 0.9)).toBeCloseTo(37, 12); // rank 2.7 → 30 + 0.7 × 10
  });

  it('returns the single value for one sample and null for none', () => {
    expect(quantile([7], 0.9)).toBe(7);
    expect(median([])).toBeNull();
  });

  it('rejects quantiles outside 0…1', () => {
    expect(() => quantileSorted([1, 2], 1.5)).toThrow(RangeError);
  });
});
