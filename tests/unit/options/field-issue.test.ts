import { afterEach, describe, expect, it } from 'vitest';
import { issueReason } from '../../../components/options/field-issue';
import { useMessageTemplates } from '../../../lib/i18n';
import { SettingsSchema, defaultSettings, type Settings } from '../../../lib/models/settings';
import { templates } from '../a11y/messages';

/** The reasons the settings form gives for one refused settings object, by field path. */
function reasons(patch: Partial<Record<keyof Settings, unknown>>): Record<string, string> {
  const parsed = SettingsSchema.safeParse({ ...defaultSettings(), ...patch });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((i) => [i.path.join('.'), issueReason(i, SettingsSchema)]));
}

const page = { site: 'facebook', name: 'Shop', url: 'https://www.facebook.com/shop', pageId: '' };

afterEach(() => useMessageTemplates({}));

describe.each([
  ['en', {
    long: 'at most 100 characters', many: 'at most 50 entries', time: 'a time from 00:00 to 24:00', invalid: 'not valid', days: 'a whole number from 1 to 3650', lead: 'a whole number from 1 to 1440',
    endAfterStart: 'must end after it starts; split a night shift across two days', overlap: 'its opening periods must not overlap', zone: 'a time zone such as Europe/Berlin', date: 'a date as YYYY-MM-DD',
  }],
  ['de', {
    long: 'höchstens 100 Zeichen', many: 'höchstens 50 Einträge', time: 'eine Uhrzeit von 00:00 bis 24:00', invalid: 'ungültig', days: 'eine ganze Zahl von 1 bis 3650', lead: 'eine ganze Zahl von 1 bis 1440',
    endAfterStart: 'muss nach dem Beginn enden; eine Nachtschicht teilen Sie auf zwei Tage auf', overlap: 'seine Öffnungszeiten dürfen sich nicht überschneiden', zone: 'eine Zeitzone wie Europe/Berlin', date: 'ein Datum wie 2026-12-24',
  }],
] as const)('issueReason (%s)', (lang, words) => {
  it('names the limit a text or a list went over', () => {
    useMessageTemplates(templates(lang));
    expect(reasons({ agentName: 'x'.repeat(101) })).toEqual({ agentName: words.long });
    expect(reasons({ pages: Array.from({ length: 51 }, () => page) })).toEqual({ pages: words.many });
  });

  it('gives each number field its own range, also where the value is no number at all', () => {
    useMessageTemplates(templates(lang));
    expect(reasons({ backlogDays: 0, reminderLeadMinutes: Number.NaN })).toEqual({ backlogDays: words.days, reminderLeadMinutes: words.lead });
  });

  it('says what an opening time looks like, and falls back to "not valid" for the rest', () => {
    useMessageTemplates(templates(lang));
    const schedule = { ...defaultSettings().schedule, weekly: { ...defaultSettings().schedule.weekly, mon: [{ start: '25:00', end: '26:00' }] } };
    expect(reasons({ schedule })).toMatchObject({ 'schedule.weekly.mon.0.start': words.time, 'schedule.weekly.mon.0.end': words.time });
    expect(reasons({ pages: [{ ...page, site: 'myspace' }] })).toEqual({ 'pages.0.site': words.invalid });
  });

  it('says why the schedule’s own checks refused a period, a zone or a holiday', () => {
    useMessageTemplates(templates(lang));
    const base = defaultSettings().schedule;
    const night = { ...base, weekly: { ...base.weekly, mon: [{ start: '22:00', end: '06:00' }] } };
    expect(reasons({ schedule: night })).toEqual({ 'schedule.weekly.mon.0.end': words.endAfterStart });
    const overlapping = { ...base, weekly: { ...base.weekly, tue: [{ start: '08:00', end: '14:00' }, { start: '13:00', end: '17:00' }] } };
    expect(reasons({ schedule: overlapping })).toEqual({ 'schedule.weekly.tue': words.overlap });
    expect(reasons({ schedule: { ...base, timeZone: 'Berlin' } })).toEqual({ 'schedule.timeZone': words.zone });
    expect(reasons({ schedule: { ...base, holidays: ['2026-12-24', '24.12.2026'] } })).toEqual({ 'schedule.holidays.1': words.date });
  });
});
