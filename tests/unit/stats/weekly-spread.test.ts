import { describe, expect, it } from 'vitest';
import { dayNumberFromKey } from '../../../lib/schedule/time-zone';
import { SPREAD_MIN_SAMPLES, weeklySpread } from '../../../lib/stats/weekly-spread';

const day = (key: string): number => dayNumberFromKey(key)!;

describe('weeklySpread', () => {
  it('gives the interquartile range per Monday-first week and ignores unanswered comments', () => {
    const steady = Array.from({ length: 8 }, (_, i) => ({ day: day('2026-03-09') + (i % 7), responseMinutes: 15 }));
    const shaky = [5, 10, 20, 40, 400].map((m) => ({ day: day('2026-03-18'), responseMinutes: m }));
    const weeks = weeklySpread(
      [...steady, ...shaky, { day: day('2026-03-18'), responseMinutes: null }],
      day('2026-03-11'),
      day('2026-03-20'),
    );
    expect(weeks).toHaveLength(2);
    expect(weeks[0]).toMatchObject({
      weekStart: '2026-03-09', fromDay: '2026-03-11', toDay: '2026-03-15',
      // 8 answers on the 9th, 10th … 15th and the 9th again: the three before the 11th fall out.
      answered: 5, iqrMinutes: 0, medianMinutes: 15,
    });
    // 5, 10, 20, 40, 400: p25 = 10, p75 = 40, IQR 30; the 400-minute outlier does not widen it.
    expect(weeks[1]).toMatchObject({
      weekStart: '2026-03-16', toDay: '2026-03-20', answered: 5, p25Minutes: 10, medianMinutes: 20, p75Minutes: 40,
      iqrMinutes: 30, sparse: true,
    });
  });

  it('flags only weeks with fewer than the minimum answers as sparse, and empty weeks have nulls', () => {
    const full = Array.from({ length: SPREAD_MIN_SAMPLES }, (_, i) => ({ day: day('2026-03-02'), responseMinutes: i }));
    const [w1, w2] = weeklySpread(full, day('2026-03-02'), day('2026-03-15'));
    expect(w1).toMatchObject({ answered: SPREAD_MIN_SAMPLES, sparse: false });
    expect(w2).toMatchObject({ answered: 0, iqrMinutes: null, medianMinutes: null, sparse: true });
  });
});
