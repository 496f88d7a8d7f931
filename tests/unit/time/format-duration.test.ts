import { describe, expect, it } from 'vitest';
import { formatDuration } from '../../../lib/time/format-duration';
import { DAY, HOUR, MINUTE } from '../../../lib/time/units';

// Intl output as in Node's full ICU; browsers use the same CLDR data.
describe('formatDuration', () => {
  it.each([
    [0, '0 min', '0 Min.'],
    [59_999, '0 min', '0 Min.'],
    [42 * MINUTE, '42 min', '42 Min.'],
    [HOUR, '1 hr', '1 Std.'],
    [3 * HOUR + 5 * MINUTE, '3 hr 5 min', '3 Std. 5 Min.'],
    [23 * HOUR + 59 * MINUTE, '23 hr 59 min', '23 Std. 59 Min.'],
    [DAY, '1 day', '1 Tg.'],
    [2 * DAY + 4 * HOUR, '2 days 4 hr', '2 Tg. 4 Std.'],
    [7 * DAY + 5 * HOUR, '7 days', '7 Tg.'], // from a week on, hours are noise
    [400 * DAY, '400 days', '400 Tg.'],
  ])('%i ms reads "%s" / "%s"', (ms, en, de) => {
    expect(formatDuration(ms, 'en')).toBe(en);
    expect(formatDuration(ms, 'de')).toBe(de);
  });

  it('shows nothing negative', () => {
    expect(formatDuration(-5 * MINUTE, 'en')).toBe('0 min');
  });

  it('uses at most two units', () => {
    expect(formatDuration(2 * DAY + 4 * HOUR + 33 * MINUTE, 'en')).toBe('2 days 4 hr');
  });

  it('writes exactly what Intl.NumberFormat writes for English and German, without loading it', () => {
    for (const locale of ['en', 'en-US', 'en-GB', 'en-AU', 'de', 'de-DE', 'de-AT', 'de-CH']) {
      for (const [u, size] of [['minute', MINUTE], ['hour', HOUR], ['day', DAY]] as const) {
        const intl = new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' });
        for (const n of u === 'day' ? [7, 21, 999, 1000, 1234, 12345] : u === 'hour' ? [1, 2, 23] : [0, 1, 2, 59]) {
          expect(formatDuration(n * size, locale)).toBe(intl.format(n));
        }
      }
    }
  });

  it('formats other locales with Intl', () => {
    expect(formatDuration(2 * DAY, 'fr')).toBe(new Intl.NumberFormat('fr', { style: 'unit', unit: 'day', unitDisplay: 'short' }).format(2));
  });
});
