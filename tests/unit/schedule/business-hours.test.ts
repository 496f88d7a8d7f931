import { describe, expect, it } from 'vitest';
import {
  addBusinessMinutes, businessMinutesBetween, isOpenAt, nextOpening, type ScheduleLike,
} from '../../../lib/schedule/business-hours';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';

const at = (iso: string): number => Date.parse(iso);
const split = [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }];

/** Mon–Fri 08:00–12:00 and 13:00–17:00 in Berlin: 8 business hours a weekday. */
const office: ScheduleLike = {
  timeZone: 'Europe/Berlin',
  weekly: { mon: split, tue: split, wed: split, thu: split, fri: split },
  holidays: ['2026-04-03', '2026-04-06'], // Good Friday, Easter Monday
};
const allDay = [{ start: '00:00', end: '24:00' }];
const always = (timeZone: string, holidays: string[] = []): ScheduleLike => ({
  timeZone,
  weekly: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
  holidays,
});

describe('businessMinutesBetween', () => {
  it('counts time inside one interval', () => {
    expect(businessMinutesBetween(at('2026-03-23T09:00+01:00'), at('2026-03-23T10:30+01:00'), office)).toBe(90);
  });

  it('skips the lunch break between two intervals of a day', () => {
    expect(businessMinutesBetween(at('2026-03-23T11:00+01:00'), at('2026-03-23T14:00+01:00'), office)).toBe(120);
  });

  it('spans midnight: only the evening hour and the morning hour count', () => {
    expect(businessMinutesBetween(at('2026-03-23T16:00+01:00'), at('2026-03-24T09:00+01:00'), office)).toBe(120);
  });

  it('skips the weekend', () => {
    expect(businessMinutesBetween(at('2026-03-13T16:30+01:00'), at('2026-03-16T08:30+01:00'), office)).toBe(60);
  });

  it('counts nothing until the next opening when it starts outside business hours', () => {
    expect(businessMinutesBetween(at('2026-03-14T10:00+01:00'), at('2026-03-16T08:45+01:00'), office)).toBe(45);
    expect(businessMinutesBetween(at('2026-03-23T12:30+01:00'), at('2026-03-23T13:15+01:00'), office)).toBe(15);
    expect(businessMinutesBetween(at('2026-03-23T18:00+01:00'), at('2026-03-23T23:00+01:00'), office)).toBe(0);
  });

  it('is zero for a zero-length or reversed span', () => {
    const t = at('2026-03-23T09:00+01:00');
    expect(businessMinutesBetween(t, t, office)).toBe(0);
    expect(businessMinutesBetween(t + 60_000, t, office)).toBe(0);
  });

  it('skips holidays (Easter 2026: Thursday evening to Tuesday morning)', () => {
    expect(businessMinutesBetween(at('2026-04-02T16:00+02:00'), at('2026-04-07T09:00+02:00'), office)).toBe(120);
  });

  it('keeps the wall-clock hours across the spring change (Fri CET → Mon CEST)', () => {
    // A fixed +1 h offset would put Monday 08:00 at 07:00 UTC and count no Monday time.
    expect(businessMinutesBetween(at('2026-03-27T16:00+01:00'), at('2026-03-30T09:00+02:00'), office)).toBe(120);
  });

  it('keeps the wall-clock hours across the autumn change (Fri CEST → Mon CET)', () => {
    expect(businessMinutesBetween(at('2026-10-23T16:00+02:00'), at('2026-10-26T09:00+01:00'), office)).toBe(120);
  });

  it('counts the real length of a DST day when open around the clock: 23 h in spring, 25 h in autumn', () => {
    const berlin = always('Europe/Berlin');
    expect(businessMinutesBetween(at('2026-03-29T00:00+01:00'), at('2026-03-30T00:00+02:00'), berlin)).toBe(23 * 60);
    expect(businessMinutesBetween(at('2026-10-25T00:00+02:00'), at('2026-10-26T00:00+01:00'), berlin)).toBe(25 * 60);
    // New York changes on other dates (second Sunday of March).
    const ny = always('America/New_York');
    expect(businessMinutesBetween(at('2026-03-08T00:00-05:00'), at('2026-03-09T00:00-04:00'), ny)).toBe(23 * 60);
  });

  it('handles a night shift written as two intervals on consecutive days', () => {
    const night: ScheduleLike = {
      timeZone: 'Europe/Berlin',
      weekly: { mon: [{ start: '22:00', end: '24:00' }], tue: [{ start: '00:00', end: '06:00' }] },
    };
    expect(businessMinutesBetween(at('2026-03-23T23:00+01:00'), at('2026-03-24T01:00+01:00'), night)).toBe(120);
  });

  it('does not double-count overlapping or unsorted intervals of an unvalidated schedule', () => {
    const messy: ScheduleLike = {
      timeZone: 'Europe/Berlin',
      weekly: { mon: [{ start: '13:00', end: '17:00' }, { start: '08:00', end: '14:00' }] },
    };
    expect(businessMinutesBetween(at('2026-03-23T00:00+01:00'), at('2026-03-24T00:00+01:00'), messy)).toBe(9 * 60);
  });

  it('uses the zone of the schedule: the same office hours in Berlin and New York cover different instants', () => {
    const ny: ScheduleLike = { ...office, timeZone: 'America/New_York', holidays: [] };
    // 2026-03-23 15:00–16:00 UTC is 16:00–17:00 in Berlin (open) and 11:00–12:00 EDT in New York (open).
    expect(businessMinutesBetween(at('2026-03-23T15:00Z'), at('2026-03-23T16:00Z'), office)).toBe(60);
    expect(businessMinutesBetween(at('2026-03-23T15:00Z'), at('2026-03-23T16:00Z'), ny)).toBe(60);
    // 17:00–18:00 UTC is 18:00–19:00 in Berlin (closed) and 13:00–14:00 EDT in New York (open).
    expect(businessMinutesBetween(at('2026-03-23T17:00Z'), at('2026-03-23T18:00Z'), office)).toBe(0);
    expect(businessMinutesBetween(at('2026-03-23T17:00Z'), at('2026-03-23T18:00Z'), ny)).toBe(60);
  });

  it('computes a 90-day span by days, including one DST change', () => {
    // 2026-01-01 to 2026-04-01 in Berlin: 90 days, one of them 23 h long.
    const span = [at('2026-01-01T00:00+01:00'), at('2026-04-01T00:00+02:00')] as const;
    expect(businessMinutesBetween(span[0], span[1], always('Europe/Berlin'))).toBe(90 * 1440 - 60);
    // 64 weekdays in that range, minus none of the Easter holidays (they are in April): 64 × 8 h.
    expect(businessMinutesBetween(span[0], span[1], office)).toBe(64 * 480);
  });

  it('handles five years with holidays quickly and exactly', () => {
    const start = at('2025-01-01T00:00+01:00');
    const end = at('2030-01-01T00:00+01:00');
    const schedule = always('Europe/Berlin', ['2025-12-25', '2026-12-25', '2027-12-25']);
    const t0 = performance.now();
    expect(businessMinutesBetween(start, end, schedule)).toBe((end - start) / 60_000 - 3 * 1440);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it('accrues nothing on a schedule with no open hours', () => {
    const closed: ScheduleLike = { timeZone: 'Europe/Berlin', weekly: {} };
    expect(businessMinutesBetween(at('2026-01-01T00:00Z'), at('2026-02-01T00:00Z'), closed)).toBe(0);
  });
});

describe('addBusinessMinutes', () => {
  it('finds a deadline within the same interval', () => {
    expect(addBusinessMinutes(at('2026-03-23T09:00+01:00'), 60, office)).toBe(at('2026-03-23T10:00+01:00'));
  });

  it('carries over lunch and into the next morning', () => {
    expect(addBusinessMinutes(at('2026-03-23T11:30+01:00'), 60, office)).toBe(at('2026-03-23T13:30+01:00'));
    expect(addBusinessMinutes(at('2026-03-23T16:30+01:00'), 60, office)).toBe(at('2026-03-24T08:30+01:00'));
  });

  it('carries over a weekend that contains the spring DST change', () => {
    expect(addBusinessMinutes(at('2026-03-27T16:30+01:00'), 60, office)).toBe(at('2026-03-30T08:30+02:00'));
  });

  it('carries over the autumn change', () => {
    expect(addBusinessMinutes(at('2026-10-23T16:30+02:00'), 60, office)).toBe(at('2026-10-26T08:30+01:00'));
  });

  it('carries over the Easter holidays', () => {
    expect(addBusinessMinutes(at('2026-04-02T16:30+02:00'), 60, office)).toBe(at('2026-04-07T08:30+02:00'));
  });

  it('starts counting at the next opening when posted outside business hours', () => {
    expect(addBusinessMinutes(at('2026-03-21T10:00+01:00'), 30, office)).toBe(at('2026-03-23T08:30+01:00'));
    expect(addBusinessMinutes(at('2026-03-23T12:15+01:00'), 30, office)).toBe(at('2026-03-23T13:30+01:00'));
  });

  it('stops at closing time when the target ends exactly there', () => {
    expect(addBusinessMinutes(at('2026-03-23T16:00+01:00'), 60, office)).toBe(at('2026-03-23T17:00+01:00'));
  });

  it('spans several business days for long targets', () => {
    // 3 business days = 24 business hours: Mon 09:00 → Thu 09:00.
    expect(addBusinessMinutes(at('2026-03-23T09:00+01:00'), 24 * 60, office)).toBe(at('2026-03-26T09:00+01:00'));
  });

  it('returns the start for zero minutes, Infinity on a closed schedule, and rejects negatives', () => {
    const sat = at('2026-03-21T10:00+01:00');
    expect(addBusinessMinutes(sat, 0, office)).toBe(sat);
    expect(addBusinessMinutes(sat, 10, { timeZone: 'Europe/Berlin', weekly: {} })).toBe(Number.POSITIVE_INFINITY);
    expect(() => addBusinessMinutes(sat, -1, office)).toThrow(RangeError);
    expect(() => addBusinessMinutes(sat, Number.NaN, office)).toThrow(RangeError);
  });

  it('is the inverse of businessMinutesBetween for many starts and targets', () => {
    let seed = 42;
    const rand = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const base = at('2026-01-01T00:00Z');
    const schedules = [office, defaultBusinessSchedule(), always('America/New_York')];
    for (let i = 0; i < 300; i++) {
      const schedule = schedules[i % schedules.length]!;
      const start = base + Math.floor(rand() * 365 * 86_400_000);
      const minutes = 1 + Math.floor(rand() * 3000);
      const due = addBusinessMinutes(start, minutes, schedule);
      expect(due).toBeGreaterThan(start);
      expect(businessMinutesBetween(start, due, schedule)).toBeCloseTo(minutes, 9);
      expect(businessMinutesBetween(start, due - 60_000, schedule)).toBeLessThan(minutes);
    }
  });
});

describe('isOpenAt and nextOpening', () => {
  it('tells whether the clock runs and when it resumes', () => {
    expect(isOpenAt(at('2026-03-23T08:00+01:00'), office)).toBe(true);
    expect(isOpenAt(at('2026-03-23T12:00+01:00'), office)).toBe(false);
    expect(isOpenAt(at('2026-04-03T10:00+02:00'), office)).toBe(false);
    expect(nextOpening(at('2026-03-23T12:10+01:00'), office)).toBe(at('2026-03-23T13:00+01:00'));
    expect(nextOpening(at('2026-04-02T17:00+02:00'), office)).toBe(at('2026-04-07T08:00+02:00'));
    const open = at('2026-03-23T09:17+01:00');
    expect(nextOpening(open, office)).toBe(open);
  });
});
