import { describe, expect, it } from 'vitest';
import { BusinessScheduleSchema, defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';

const weekly = (mon: { start: string; end: string }[]) => ({ mon });

describe('business schedule schema', () => {
  it('accepts two intervals a day, holidays and a zone, filling missing days as closed', () => {
    const s = BusinessScheduleSchema.parse({
      timeZone: 'Europe/Berlin',
      weekly: weekly([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]),
      holidays: ['2026-12-24'],
    });
    expect(s.weekly.mon).toHaveLength(2);
    expect(s.weekly.sun).toEqual([]);
    expect(s.holidays).toEqual(['2026-12-24']);
  });

  it('allows 24:00 as an end and touching intervals', () => {
    const r = BusinessScheduleSchema.safeParse({
      timeZone: 'Europe/Berlin',
      weekly: weekly([{ start: '00:00', end: '12:00' }, { start: '12:00', end: '24:00' }]),
    });
    expect(r.success).toBe(true);
  });

  it.each([
    ['overlapping intervals', { timeZone: 'Europe/Berlin', weekly: weekly([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }]) }],
    ['end before start', { timeZone: 'Europe/Berlin', weekly: weekly([{ start: '17:00', end: '08:00' }]) }],
    ['24:30', { timeZone: 'Europe/Berlin', weekly: weekly([{ start: '08:00', end: '24:30' }]) }],
    ['8:00 without a leading zero', { timeZone: 'Europe/Berlin', weekly: weekly([{ start: '8:00', end: '12:00' }]) }],
    ['an unknown zone', { timeZone: 'Europe/Atlantis', weekly: {} }],
    ['an impossible holiday', { timeZone: 'Europe/Berlin', weekly: {}, holidays: ['2026-02-30'] }],
  ])('rejects %s', (_label, input) => {
    expect(BusinessScheduleSchema.safeParse(input).success).toBe(false);
  });

  it('defaults to an editable office week (in the browser’s zone: default-schedule.test.ts)', () => {
    expect(BusinessScheduleSchema.parse(defaultBusinessSchedule())).toEqual(defaultBusinessSchedule());
    expect(defaultBusinessSchedule().weekly.mon).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  // The options form words its refusals by these reasons (the schema has no interface text).
  it.each([
    ['endNotAfterStart', ['weekly', 'mon', 0, 'end'], { timeZone: 'Europe/Berlin', weekly: weekly([{ start: '22:00', end: '06:00' }]) }],
    ['periodsOverlap', ['weekly', 'mon'], { timeZone: 'Europe/Berlin', weekly: weekly([{ start: '08:00', end: '12:00' }, { start: '11:00', end: '17:00' }]) }],
    ['timeZone', ['timeZone'], { timeZone: 'Berlin', weekly: {} }],
    ['date', ['holidays', 1], { timeZone: 'Europe/Berlin', weekly: {}, holidays: ['2026-12-24', '24.12.2026'] }],
  ])('gives the reason %s on the refused field', (reason, path, input) => {
    const r = BusinessScheduleSchema.safeParse(input);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => ({ path: i.path, reason: (i as { params?: { reason?: string } }).params?.reason }))).toEqual([{ path, reason }]);
  });
});
