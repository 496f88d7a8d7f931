import { describe, expect, it } from 'vitest';
import { formatMinutes, NO_VALUE } from '../../../components/stats/format';

describe('formatMinutes', () => {
  it('uses minutes below an hour, hours below two days, days beyond, in both languages', () => {
    expect(formatMinutes(37.5, 'en')).toBe('37.5 min');
    expect(formatMinutes(90, 'en')).toBe('1.5 hr');
    expect(formatMinutes(3 * 24 * 60, 'en')).toBe('3 days');
    expect(formatMinutes(37.5, 'de')).toBe('37,5 Min.');
    expect(formatMinutes(90, 'de')).toBe('1,5 Std.');
    expect(formatMinutes(null, 'de')).toBe(NO_VALUE);
  });

  it('picks the unit by the value as shown: nothing reads "60 min" or "48 hr"', () => {
    expect(formatMinutes(59.97, 'en')).toBe('1 hr');
    expect(formatMinutes(59.94, 'en')).toBe('59.9 min');
    expect(formatMinutes(48 * 60 - 1, 'en')).toBe('2 days');
    expect(formatMinutes(59.97, 'de')).toBe('1 Std.');
  });
});
