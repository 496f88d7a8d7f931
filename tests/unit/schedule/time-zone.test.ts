import { describe, expect, it } from 'vitest';
import {
  COMMON_ZONES, dayKey, dayNumberFromKey, isValidTimeZone, isoWeekday, localDayKey, localDayNumber, startOfLocalDay,
  wallToUtc, zoneOffsetMs, zonedParts,
} from '../../../lib/schedule/time-zone';

const H = 3_600_000;
const BERLIN = 'Europe/Berlin';
const at = (iso: string): number => Date.parse(iso);

describe('zone offsets from Intl', () => {
  it('knows Berlin winter and summer time, whatever the machine zone', () => {
    expect(zoneOffsetMs(at('2026-01-15T12:00:00Z'), BERLIN)).toBe(1 * H);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00Z'), BERLIN)).toBe(2 * H);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00Z'), 'America/New_York')).toBe(-4 * H);
    expect(zoneOffsetMs(at('2026-07-15T12:00:00Z'), 'Asia/Kolkata')).toBe(5.5 * H);
  });

  it('switches exactly at 01:00 UTC on the last Sundays of March and October', () => {
    expect(zoneOffsetMs(at('2026-03-29T00:59:59Z'), BERLIN)).toBe(1 * H);
    expect(zoneOffsetMs(at('2026-03-29T01:00:00Z'), BERLIN)).toBe(2 * H);
    expect(zoneOffsetMs(at('2026-10-25T00:59:59Z'), BERLIN)).toBe(2 * H);
    expect(zoneOffsetMs(at('2026-10-25T01:00:00Z'), BERLIN)).toBe(1 * H);
  });

  it('stays exact minute by minute through changes, also mid-hour ones (Lord Howe moves 30 minutes at 15:30 UTC)', () => {
    const reference = (ms: number, timeZone: string): number => {
      const p = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', {
          timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric',
        }).formatToParts(ms).map((x) => [x.type, Number(x.value)]),
      ) as Record<string, number>;
      return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!) - ms;
    };
    const cases: [string, string][] = [
      ['Australia/Lord_Howe', '2026-10-03T14:00:00Z'],
      ['Australia/Lord_Howe', '2026-04-04T14:00:00Z'],
      ['Europe/Berlin', '2026-10-25T00:00:00Z'],
    ];
    for (const [zone, from] of cases) {
      // Backwards, so the cache is filled from the far side of the change first.
      for (let m = 180; m >= 0; m--) {
        const ms = at(from) + m * 60_000;
        expect(zoneOffsetMs(ms, zone)).toBe(reference(ms, zone));
      }
    }
    expect(zoneOffsetMs(at('2026-10-03T15:29:00Z'), 'Australia/Lord_Howe')).toBe(10.5 * H);
    expect(zoneOffsetMs(at('2026-10-03T15:30:00Z'), 'Australia/Lord_Howe')).toBe(11 * H);
  });

  it('reads local wall-clock parts', () => {
    expect(zonedParts(at('2026-12-31T23:30:00Z'), BERLIN)).toEqual({
      year: 2027, month: 1, day: 1, hour: 0, minute: 30, second: 0,
    });
  });

  it('validates zone names', () => {
    expect(isValidTimeZone('Europe/Berlin')).toBe(true);
    expect(isValidTimeZone('Europe/Vienna')).toBe(true);
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
    expect(isValidTimeZone('Europe/Berlinn')).toBe(false);
  });

  it('knows the common zones without asking Intl, and each of them is a zone Intl knows', () => {
    const known = new Set(Intl.supportedValuesOf('timeZone'));
    for (const zone of COMMON_ZONES) {
      expect(known.has(zone), zone).toBe(true);
      expect(() => new Intl.DateTimeFormat('en', { timeZone: zone })).not.toThrow();
    }
  });
});

describe('wall time to instant', () => {
  it('converts ordinary wall times', () => {
    expect(wallToUtc(Date.UTC(2026, 0, 15, 9, 0), BERLIN)).toBe(at('2026-01-15T08:00:00Z'));
    expect(wallToUtc(Date.UTC(2026, 6, 15, 9, 0), BERLIN)).toBe(at('2026-07-15T07:00:00Z'));
  });

  it('moves a wall time inside the spring gap forward by the gap (02:30 → 03:30 CEST)', () => {
    expect(wallToUtc(Date.UTC(2026, 2, 29, 2, 30), BERLIN)).toBe(at('2026-03-29T01:30:00Z'));
    expect(wallToUtc(Date.UTC(2026, 2, 29, 3, 0), BERLIN)).toBe(at('2026-03-29T01:00:00Z'));
  });

  it('takes the earlier of the two instants of a repeated autumn wall time', () => {
    expect(wallToUtc(Date.UTC(2026, 9, 25, 2, 30), BERLIN)).toBe(at('2026-10-25T00:30:00Z'));
    expect(wallToUtc(Date.UTC(2026, 9, 25, 3, 0), BERLIN)).toBe(at('2026-10-25T02:00:00Z'));
  });

  it('finds where local days start', () => {
    const d = dayNumberFromKey('2026-03-29')!;
    expect(startOfLocalDay(d, BERLIN)).toBe(at('2026-03-28T23:00:00Z'));
    expect(startOfLocalDay(d + 1, BERLIN)).toBe(at('2026-03-29T22:00:00Z'));
  });
});

describe('local calendar days', () => {
  it('buckets an instant into the day of the zone, not of UTC', () => {
    expect(localDayKey(at('2026-07-01T22:30:00Z'), BERLIN)).toBe('2026-07-02');
    expect(localDayKey(at('2026-07-01T21:59:59Z'), BERLIN)).toBe('2026-07-01');
    expect(localDayKey(at('2026-07-02T03:00:00Z'), 'America/New_York')).toBe('2026-07-01');
  });

  it('round-trips day keys and rejects impossible dates', () => {
    expect(dayKey(0)).toBe('1970-01-01');
    expect(dayNumberFromKey('1970-01-02')).toBe(1);
    expect(dayKey(dayNumberFromKey('2028-02-29')!)).toBe('2028-02-29');
    expect(dayNumberFromKey('2026-02-29')).toBeNull();
    expect(dayNumberFromKey('2026-13-01')).toBeNull();
    expect(dayNumberFromKey('26-01-01')).toBeNull();
  });

  it('gives ISO weekdays (Monday = 1)', () => {
    expect(isoWeekday(dayNumberFromKey('2026-03-23')!)).toBe(1);
    expect(isoWeekday(dayNumberFromKey('2026-03-29')!)).toBe(7);
    expect(isoWeekday(dayNumberFromKey('1969-12-31')!)).toBe(3);
    expect(localDayNumber(at('1970-01-01T00:30:00Z'), BERLIN)).toBe(0);
  });
});
