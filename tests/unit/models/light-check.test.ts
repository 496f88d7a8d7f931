import { describe, expect, it } from 'vitest';
import { parseStoredSettings } from '../../../lib/db/settings-store';
import { lightComment, lightSettings } from '../../../lib/models/light-check';
import { repairSchedule } from '../../../lib/models/light/schedule';
import { TrackedCommentSchema } from '../../../lib/models/comment';
import { defaultSettings } from '../../../lib/models/settings';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';
import { tracked } from '../comments/tracked';

const T = Date.UTC(2026, 2, 10, 10);
const base = { ...tracked('1', 30, T), claimedBy: 'Mara', claimedAt: T } as Record<string, unknown>;

// Each field replaced by values the schema accepts or refuses; the light check must say the same as zod.
const variants: Record<string, unknown[]> = {
  // zod counts code points: an emoji is one, a lone surrogate too.
  key: ['ab', 'abc', 'k'.repeat(210), 'k'.repeat(211), `${'k'.repeat(209)}😀`, '😀'.repeat(210), '😀'.repeat(211), '😀😀', '😀😀😀', 3, null, undefined],
  site: ['facebook', 'x', 'instagram', '', null],
  id: ['', '1', '\ud800', 'i'.repeat(200), 'i'.repeat(201), '😀'.repeat(200), '😀'.repeat(201), 1],
  parentId: [null, 'p', 'p'.repeat(201), undefined, 0],
  author: [{ name: 'A', url: null }, { name: 'A', url: 'u' }, { name: 'n'.repeat(301), url: null }, { name: 'A' }, { name: 1, url: null }, null, [], 'A', { name: 'A', url: 'u'.repeat(2001) }],
  text: ['', '<img src=x onerror=alert(1)>', 't'.repeat(20_000), 't'.repeat(20_001), '😀'.repeat(20_000), '😀'.repeat(20_001), null, 5],
  permalink: [null, 'https://x', 'p'.repeat(2001), undefined, {}],
  pageName: ['', 'P', 'p'.repeat(200), 'p'.repeat(201), null],
  postedAt: [null, 0, -5, T, Number.NaN, Number.POSITIVE_INFINITY, '1', undefined],
  timeSource: ['exact', 'relative', 'first-seen', 'guess', null],
  firstSeenAt: [T, 0, Number.NaN, null, undefined, Number.NEGATIVE_INFINITY],
  lastSeenAt: [T, Number.NaN, null, '1'],
  byOwner: [true, false, 0, 'false', null],
  answeredAt: [null, T, undefined, Number.NaN],
  handledAt: [null, T, undefined, Number.POSITIVE_INFINITY],
  claimedBy: [undefined, null, '', 'c'.repeat(100), 'c'.repeat(101), '😀'.repeat(100), '😀'.repeat(101), 1],
  claimedAt: [undefined, null, T, Number.NaN, 'x'],
  open: [0, 1, 2, true, '1', null, undefined],
};

describe('lightComment', () => {
  it('accepts exactly what TrackedCommentSchema accepts, field by field', () => {
    let cases = 0;
    for (const [field, values] of Object.entries(variants)) {
      for (const value of values) {
        const row = { ...base, [field]: value };
        if (value === undefined) delete row[field];
        expect(lightComment(row) !== null, `${field} = ${String(value)}`).toBe(TrackedCommentSchema.safeParse(row).success);
        cases++;
      }
    }
    expect(cases).toBeGreaterThan(100);
  });

  it('refuses what is not a record at all', () => {
    for (const row of [null, undefined, 'x', 1, [], [base]]) {
      expect(lightComment(row)).toBeNull();
      expect(TrackedCommentSchema.safeParse(row).success).toBe(false);
    }
  });
});

describe('lightSettings', () => {
  const office = { start: '09:00', end: '17:00' };
  const schedules: unknown[] = [
    undefined,
    defaultBusinessSchedule(),
    { timeZone: 'America/New_York', weekly: { mon: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '24:00' }] }, holidays: ['2026-12-25'] },
    { timeZone: 'UTC', weekly: { sun: [office] } },
    { timeZone: 'Mars/Olympus', weekly: { mon: [office] } },
    { timeZone: 'Europe/Berlin', weekly: { mon: [{ start: '17:00', end: '09:00' }] } },
    { timeZone: 'Europe/Berlin', weekly: { mon: [office, { start: '16:00', end: '18:00' }] } },
    { timeZone: 'Europe/Berlin', weekly: { mon: [{ start: '9:00', end: '17:00' }] } },
    { timeZone: 'Europe/Berlin', weekly: { mon: Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` })) } },
    { timeZone: 'Europe/Berlin', weekly: {}, holidays: ['2026-02-30'] },
    { timeZone: 'Europe/Berlin' },
    'Europe/Berlin',
    // One unreadable part among readable ones: each part falls back on its own.
    { timeZone: 'America/New_York', weekly: { mon: [office], sat: [office] }, holidays: ['2026-12-24', '2026-02-30', 5, null] },
    { timeZone: 'Mars/Olympus', weekly: { tue: [office], wed: [{ start: '17:00', end: '09:00' }], thu: 'closed' } },
    { timeZone: 5, weekly: [], holidays: '2026-12-24' },
    { timeZone: 'UTC', weekly: { fri: null, sun: undefined }, holidays: ['2026-12-24'] },
  ];
  const settingsValues: unknown[] = [
    undefined,
    null,
    'nonsense',
    {},
    { targetMinutes: 15, backlogDays: 7, businessHoursSites: ['x'], pages: [{ site: 'facebook', name: 'Shop', url: 'https://www.facebook.com/shop' }] },
    { targetMinutes: 0, backlogDays: 3651, businessHoursSites: ['x', 'x', 'facebook'], pages: [{ site: 'facebook', name: '  ', url: 'u' }] },
    { targetMinutes: 1.5, backlogDays: '7', businessHoursSites: ['instagram'], pages: [{ site: 'x', name: 'shop', url: 'u', pageId: 'abc' }, { site: 'x', name: 'shop', url: 'u', pageId: ' 123 ' }] },
    { targetMinutes: 20_160, backlogDays: 1, businessHoursSites: 'facebook', pages: 'p' },
    { targetMinutes: 20_161, pages: Array.from({ length: 51 }, () => ({ site: 'x', name: 'a', url: 'b' })) },
    { pages: [{ site: 'facebook', name: '😀'.repeat(200), url: ` ${'u'.repeat(500)} `, pageId: ` ${'1'.repeat(30)} ` }] },
    { pages: [{ site: 'facebook', name: '😀'.repeat(201), url: 'u' }, { site: 'x', name: 'a', url: 'u'.repeat(501) }, { site: 'x', name: 'a', url: 'u', pageId: '1'.repeat(31) }] },
    { targetMinutes: 90, siteTargetMinutes: { x: 15 } },
    { siteTargetMinutes: { facebook: 30, x: null, instagram: 5 } },
    { siteTargetMinutes: { facebook: 0, x: 15 } },
    { siteTargetMinutes: { x: '15' } },
    { siteTargetMinutes: [15] },
    { siteTargetMinutes: { facebook: 15, x: 0 } },
    { siteTargetMinutes: { facebook: '15', x: 20_160 } },
    { siteTargetMinutes: { facebook: 20_161, x: 1.5 } },
  ];

  it('gives the fields the first paint needs as parseStoredSettings does, each falling back on its own', () => {
    for (const value of settingsValues) {
      for (const schedule of schedules) {
        const stored = value && typeof value === 'object' ? { ...value, businessHoursSites: ['facebook'], schedule } : value;
        const full = parseStoredSettings(stored);
        const light = lightSettings(stored);
        const label = JSON.stringify(stored);
        expect({ targetMinutes: light.targetMinutes, siteTargetMinutes: light.siteTargetMinutes, backlogDays: light.backlogDays, hasPages: light.hasPages }, label).toEqual({
          targetMinutes: full.targetMinutes,
          siteTargetMinutes: full.siteTargetMinutes,
          backlogDays: full.backlogDays,
          hasPages: full.pages.length > 0,
        });
        // What light-schedule.ts's businessClock counts with.
        const sched = repairSchedule(light.scheduleValue);
        expect({ timeZone: sched.timeZone, weekly: sched.weekly, holidays: sched.holidays }, label).toEqual({ timeZone: full.schedule.timeZone, weekly: full.schedule.weekly, holidays: full.schedule.holidays });
      }
      const full = parseStoredSettings(value);
      expect(lightSettings(value).businessHoursSites, JSON.stringify(value)).toEqual(full.businessHoursSites);
    }
  });

  it('has the same defaults as SettingsSchema', () => {
    const d = defaultSettings();
    const light = lightSettings(undefined);
    expect([light.targetMinutes, light.backlogDays, light.businessHoursSites, light.hasPages]).toEqual([d.targetMinutes, d.backlogDays, d.businessHoursSites, false]);
  });
});
