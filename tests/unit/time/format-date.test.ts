import { describe, expect, it } from 'vitest';
import { dateFormat, isDateTime, MAX_DATE_MS } from '../../../lib/time/format-date';

const T = Date.UTC(2026, 2, 10, 10);
const OUT_OF_RANGE = [9e15, -9e15, MAX_DATE_MS + 1, 1e300, Number.MAX_VALUE, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];

describe('date formatting for badge, popup and options', () => {
  it('formats a date as Intl does', () => {
    const opts: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' };
    expect(dateFormat('en', opts).format(T)).toBe(new Intl.DateTimeFormat('en', opts).format(T));
    expect(dateFormat('de', opts).format(T)).toBe(new Intl.DateTimeFormat('de', opts).format(T));
    expect(dateFormat('en', opts).format(new Date(T))).toBe(new Intl.DateTimeFormat('en', opts).format(T));
  });

  it('formats the ends of the Date range', () => {
    expect(dateFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(MAX_DATE_MS)).toMatch(/275760/);
    expect(dateFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(-MAX_DATE_MS)).not.toBe('');
  });

  it.each(OUT_OF_RANGE)('gives an empty text for %s instead of throwing', (ms) => {
    expect(() => new Intl.DateTimeFormat('en').format(ms)).toThrow(RangeError);
    expect(dateFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(ms)).toBe('');
    expect(dateFormat('de', { dateStyle: 'medium' }).format(ms)).toBe('');
  });

  it('gives an empty text for an invalid Date or a value that is no number', () => {
    const f = dateFormat('en', { dateStyle: 'medium' });
    expect(f.format(new Date(Number.NaN))).toBe('');
    expect(f.format(undefined as unknown as number)).toBe('');
    expect(f.format('2026-03-10' as unknown as number)).toBe('');
  });

  it('survives a locale or option Intl refuses', () => {
    expect(() => dateFormat('not a locale!', { dateStyle: 'medium' })).not.toThrow();
    expect(dateFormat('not a locale!', { dateStyle: 'medium', timeZone: 'UTC' }).format(T)).not.toBe('');
    expect(() => dateFormat('en', { timeZone: 'Mars/Olympus' }).format(T)).not.toThrow();
  });

  it('tells the times a Date can hold', () => {
    expect(isDateTime(T)).toBe(true);
    expect(isDateTime(MAX_DATE_MS)).toBe(true);
    expect(isDateTime(-MAX_DATE_MS)).toBe(true);
    for (const ms of OUT_OF_RANGE) expect(isDateTime(ms)).toBe(false);
    expect(isDateTime('1')).toBe(false);
  });
});
