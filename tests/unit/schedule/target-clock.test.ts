import { describe, expect, it } from 'vitest';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';
import { dueAt, waitedMs } from '../../../lib/schedule/target-clock';

const at = (iso: string): number => Date.parse(iso);
const schedule = { ...defaultBusinessSchedule(), timeZone: 'Europe/Berlin' }; // Mon–Fri 09:00–17:00 Berlin

describe('target clock', () => {
  const friday = at('2026-03-27T16:30+01:00');
  const monday = at('2026-03-30T09:30+02:00');

  it('counts elapsed time unless the team chose business hours only', () => {
    const elapsed = { targetMinutes: 60, businessHoursOnly: false, schedule };
    expect(waitedMs(friday, monday, elapsed)).toBe(monday - friday);
    expect(dueAt(friday, elapsed)).toBe(at('2026-03-27T17:30+01:00'));
    expect(waitedMs(monday, friday, elapsed)).toBe(0);
  });

  it('counts business time only when chosen, so a Friday-evening comment is due on Monday', () => {
    const business = { targetMinutes: 60, businessHoursOnly: true, schedule };
    expect(waitedMs(friday, monday, business)).toBe(60 * 60_000);
    expect(dueAt(friday, business)).toBe(at('2026-03-30T09:30+02:00'));
  });
});
