import { describe, expect, it } from 'vitest';
import { DEFAULT_TARGET_MINUTES, OwnPageSchema, SettingsSchema, defaultSettings } from '../../../lib/models/settings';

describe('SettingsSchema', () => {
  it('fills defaults', () => {
    expect(defaultSettings()).toMatchObject({
      pages: [], agentName: '', targetMinutes: DEFAULT_TARGET_MINUTES, backlogDays: 30,
      businessHoursSites: [], remindersEnabled: false, reminderLeadMinutes: 10,
      // The browser's own zone (tests/unit/schedule/default-schedule.test.ts).
      schedule: { timeZone: 'Europe/Berlin', holidays: [], weekly: { mon: [{ start: '09:00', end: '17:00' }], sat: [], sun: [] } },
    });
  });

  it('trims page names and addresses, defaults the page id', () => {
    expect(OwnPageSchema.parse({ site: 'facebook', name: '  Bäckerei Sonnenschein ', url: ' baeckerei.sonnenschein ' })).toEqual({
      site: 'facebook', name: 'Bäckerei Sonnenschein', url: 'baeckerei.sonnenschein', pageId: '',
    });
  });

  it.each([
    ['an empty page name', { pages: [{ site: 'facebook', name: '   ', url: 'x' }] }],
    ['a page id with letters', { pages: [{ site: 'facebook', name: 'S', url: 'x', pageId: '12a' }] }],
    ['an unknown site', { pages: [{ site: 'myspace', name: 'S', url: 'x' }] }],
    ['a target of 0 minutes', { targetMinutes: 0 }],
    ['a fractional target', { targetMinutes: 1.5 }],
    ['a target over two weeks', { targetMinutes: 60 * 24 * 14 + 1 }],
    ['a backlog of 0 days', { backlogDays: 0 }],
    ['an agent name of 101 characters', { agentName: 'x'.repeat(101) }],
  ])('rejects %s', (_, value) => {
    expect(SettingsSchema.safeParse(value).success).toBe(false);
  });
});
