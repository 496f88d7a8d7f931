import { describe, expect, it } from 'vitest';
import { SettingsReplySchema } from '../../../../lib/models/messages';
import { SettingsSchema, defaultSettings as zodDefaults } from '../../../../lib/models/settings';
import { BusinessScheduleSchema } from '../../../../lib/schedule/schedule-model';
import { defaultSettings, parseSettings, parseSettingsReply } from '../../../../lib/models/light/settings';
import { parseSchedule } from '../../../../lib/models/light/schedule';
import { ABSENT, WRONG, expectAgree, ints, sweep, trimmedStrings } from './agree';

const office = { start: '09:00', end: '17:00' };
const page = { site: 'facebook', name: 'Bäckerei Sonne', url: 'https://www.facebook.com/baeckerei.sonne', pageId: '1234567' };
const schedule = {
  timeZone: 'Europe/Berlin',
  weekly: { mon: [office], tue: [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '24:00' }], wed: [], thu: [office], fri: [office], sat: [], sun: [] },
  holidays: ['2026-12-25', '2026-12-26'],
};
const base = {
  pages: [page, { site: 'x', name: 'sonne', url: 'https://x.com/sonne', pageId: '' }],
  agentName: 'Mara',
  targetMinutes: 45,
  siteTargetMinutes: { facebook: null, x: 20 },
  backlogDays: 14,
  schedule,
  businessHoursSites: ['facebook'],
  remindersEnabled: true,
  reminderLeadMinutes: 15,
};

const intervals: unknown[] = [
  [],
  [office],
  [{ start: '00:00', end: '24:00' }],
  [{ start: '24:00', end: '24:00' }],
  [{ start: '17:00', end: '09:00' }],
  [{ start: '09:00', end: '09:00' }],
  [{ start: '9:00', end: '17:00' }],
  [{ start: '09:00', end: '17:60' }],
  [{ start: '09:00', end: '25:00' }],
  [{ start: ' 09:00', end: '17:00' }],
  [{ start: '09:00', end: '17:00', note: 'stripped' }],
  [{ start: '09:00' }],
  [office, { start: '16:00', end: '18:00' }],
  [{ start: '13:00', end: '18:00' }, { start: '08:00', end: '13:00' }],
  [{ start: '13:00', end: '18:00' }, { start: '08:00', end: '13:01' }],
  [{ start: '09:00', end: '10:00' }, { start: '09:00', end: '11:00' }],
  Array.from({ length: 6 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` })),
  Array.from({ length: 7 }, (_, i) => ({ start: `0${i}:00`, end: `0${i}:30` })),
  [office, null],
  new Array(1),
  ...WRONG,
];

const timeZones: unknown[] = ['UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Etc/GMT+5', 'utc', 'europe/berlin', 'Mars/Olympus', '+01:00', ' Europe/Berlin', 'Europe/Berlin\u0000', ...WRONG];

const holidays: unknown[] = [
  [], ['2026-02-28'], ['2026-02-29'], ['2028-02-29'], ['2026-02-30'], ['2026-13-01'], ['26-12-25'], ['2026-12-25T00:00'], [' 2026-12-25'], ['2026-12-25', 7],
  Array.from({ length: 1000 }, () => '2026-01-01'), Array.from({ length: 1001 }, () => '2026-01-01'), '2026-12-25', ...WRONG,
];

const settingsFields = [
  [['pages'], [[], Array.from({ length: 50 }, () => page), Array.from({ length: 51 }, () => page), [page, null], [{}], page, ...WRONG]],
  [['pages', 0, 'site'], ['facebook', 'x', 'instagram', ...WRONG]],
  [['pages', 0, 'name'], trimmedStrings(1, 200)],
  [['pages', 0, 'url'], trimmedStrings(1, 500)],
  [['pages', 0, 'pageId'], ['', '0', ' 123 ', '1'.repeat(30), '1'.repeat(31), ` ${'1'.repeat(30)}\n`, 'abc', '12 34', '١٢٣', '１２３', '-1', '1e5', '\n', 123, ...WRONG]],
  [['pages', 1, 'extra'], ['stripped']],
  [['agentName'], trimmedStrings(0, 100)],
  [['targetMinutes'], ints(1, 60 * 24 * 14)],
  [['siteTargetMinutes'], [{}, { x: 15 }, { facebook: null, x: null }, { facebook: 30, x: 15, instagram: 5 }, { x: undefined }, [], ...WRONG]],
  [['siteTargetMinutes', 'x'], [null, ...ints(1, 60 * 24 * 14)]],
  [['backlogDays'], ints(1, 3650)],
  [['reminderLeadMinutes'], ints(1, 24 * 60)],
  [['remindersEnabled'], [true, false, 'true', ...WRONG]],
  [['businessHoursSites'], [[], ['x'], ['x', 'facebook'], ['x', 'x'], ['x', 'x', 'facebook'], ['instagram'], [null], 'x', ...WRONG]],
  [['schedule'], [...WRONG, { timeZone: 'UTC', weekly: {} }, { timeZone: 'UTC' }, { weekly: {} }, 'Europe/Berlin']],
  [['schedule', 'timeZone'], timeZones],
  [['schedule', 'weekly'], [{}, { mon: [office] }, { sun: [office], funday: [office] }, { mon: undefined }, ...WRONG]],
  ...(['mon', 'sat', 'sun'] as const).map((d) => [['schedule', 'weekly', d], intervals] as const),
  [['schedule', 'holidays'], holidays],
  [['schedule', 'extra'], [1]],
  [['unknownSetting'], [1, { pages: [] }]],
] as const;

describe('parseSettings', () => {
  it('gives what SettingsSchema gives, defaults and trimming included', () => {
    const { accepted, refused } = sweep(SettingsSchema, parseSettings, base, settingsFields);
    expect(accepted).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(300);
  });

  it('fills every default as the schema does, from nothing or from undefined fields', () => {
    expectAgree(SettingsSchema, parseSettings, {});
    expectAgree(SettingsSchema, parseSettings, Object.fromEntries(Object.keys(base).map((k) => [k, undefined])));
    for (const k of Object.keys(base)) expectAgree(SettingsSchema, parseSettings, { ...base, [k]: undefined });
    // Any object but an array has every field absent: a Date is the default settings to zod too.
    expectAgree(SettingsSchema, parseSettings, new Date(0));
  });

  it('refuses what is not settings', () => {
    for (const v of [...WRONG, [base], 'settings']) expectAgree(SettingsSchema, parseSettings, v === ABSENT ? undefined : v);
  });
});

describe('defaultSettings', () => {
  it('is SettingsSchema.parse({}), a fresh copy each time', () => {
    const a = defaultSettings();
    expect(a).toStrictEqual(zodDefaults());
    expect(JSON.stringify(a)).toBe(JSON.stringify(zodDefaults()));
    a.pages.push(page as never);
    a.schedule.weekly.mon.push({ start: '20:00', end: '21:00' });
    a.businessHoursSites.push('x');
    expect(defaultSettings()).toStrictEqual(zodDefaults());
  });
});

describe('parseSchedule', () => {
  it('gives what BusinessScheduleSchema gives', () => {
    const { accepted, refused } = sweep(BusinessScheduleSchema, parseSchedule, schedule, [
      [['timeZone'], timeZones],
      [['weekly'], [{}, ...WRONG]],
      ...(['tue', 'fri'] as const).map((d) => [['weekly', d], intervals] as const),
      [['holidays'], holidays],
    ]);
    expect(accepted).toBeGreaterThan(30);
    expect(refused).toBeGreaterThan(80);
  });
});

describe('parseSettingsReply', () => {
  it('gives what SettingsReplySchema gives', () => {
    const { accepted, refused } = sweep(SettingsReplySchema, parseSettingsReply, { settings: base }, [
      [['settings'], [{}, ...WRONG, [base]]],
      [['settings', 'targetMinutes'], ints(1, 60 * 24 * 14)],
      [['settings', 'pages', 1, 'name'], trimmedStrings(1, 200)],
      [['settings', 'schedule', 'weekly', 'wed'], intervals],
      [['ok'], [true]],
    ]);
    expect(accepted).toBeGreaterThan(15);
    expect(refused).toBeGreaterThan(60);
    for (const v of [...WRONG, [{ settings: base }]]) expectAgree(SettingsReplySchema, parseSettingsReply, v === ABSENT ? undefined : v);
  });
});
