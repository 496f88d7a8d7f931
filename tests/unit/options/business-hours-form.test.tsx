import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ModeratoDatabase } from '../../../lib/db/database';
import { loadSettings, saveSettings } from '../../../lib/db/settings-store';
import { useMessageTemplates } from '../../../lib/i18n';
import { defaultSettings, type Settings } from '../../../lib/models/settings';
import { templates } from '../a11y/messages';
import { freshDb } from '../db/test-db';
import { englishViews } from './english-views';

const state = vi.hoisted(() => ({ db: null as ModeratoDatabase | null }));
vi.mock('../../../lib/db/database', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/db/database')>()),
  database: () => state.db!,
}));

const { SettingsForm } = await import('../../../components/options/SettingsForm');

const settle = async () => {
  for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 0));
};
const mount = englishViews();

function type(el: HTMLInputElement | HTMLTextAreaElement, value: string) {
  el.value = value;
  el.dispatchEvent(new Event('input', { bubbles: true }));
}

async function open(stored?: (s: Settings) => Settings) {
  state.db = freshDb();
  if (stored) await saveSettings(state.db, stored(defaultSettings()));
  const app = mount(<SettingsForm />);
  await settle();
  return app;
}

const field = <T extends Element = HTMLInputElement>(app: HTMLElement, selector: string) => app.querySelector<T & Element>(selector)!;

async function save(app: HTMLElement) {
  field(app, 'form').dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
  await settle();
}

const statusText = (app: HTMLElement) => field(app, '.status').textContent;
const stored = () => loadSettings(state.db!);

const withMonday = (mon: Settings['schedule']['weekly']['mon']) => (s: Settings): Settings => ({ ...s, schedule: { ...s.schedule, weekly: { ...s.schedule.weekly, mon } } });

describe('business hours: the holidays box', () => {
  it('keeps the new line after a date, so a second date can be typed, and saves the dates as a list', async () => {
    const app = await open();
    const area = field<HTMLTextAreaElement>(app, 'textarea[name="holidays"]');
    type(area, '2026-12-24');
    await settle();
    type(area, '2026-12-24\n');
    await settle();
    expect(area.value).toBe('2026-12-24\n');
    type(area, `${area.value}2026-12-25`);
    await settle();
    await save(app);
    expect(statusText(app)).toBe('Saved.');
    expect((await stored()).schedule.holidays).toEqual(['2026-12-24', '2026-12-25']);
  });

  it('trims, splits and keeps each date once on saving, and shows what was saved', async () => {
    const app = await open();
    const area = field<HTMLTextAreaElement>(app, 'textarea[name="holidays"]');
    type(area, '  2026-12-24 \n\n2026-12-25, 2026-12-26\n2026-12-24\n');
    await settle();
    await save(app);
    expect((await stored()).schedule.holidays).toEqual(['2026-12-24', '2026-12-25', '2026-12-26']);
    expect(area.value).toBe('2026-12-24\n2026-12-25\n2026-12-26');
  });

  it('names the line of a date it refuses, and says what a date looks like', async () => {
    const app = await open();
    type(field<HTMLTextAreaElement>(app, 'textarea[name="holidays"]'), '2026-12-24\n\n24.12.2026\n');
    await settle();
    await save(app);
    expect(statusText(app)).toBe('Not saved. Please check: Holidays (one date per line, YYYY-MM-DD) › Line 3: a date as YYYY-MM-DD');
    expect(field(app, 'textarea[name="holidays"]').getAttribute('aria-invalid')).toBe('true');
    expect((await stored()).schedule.holidays).toEqual([]);
  });
});

describe('business hours: a week without any open day', () => {
  const closeWeekdays = async (app: HTMLElement) => {
    for (const d of ['mon', 'tue', 'wed', 'thu', 'fri']) {
      field(app, `input[name="open-${d}"]`).click();
      await settle();
    }
  };

  it('is refused while a site counts business hours only, said in the fieldset and in the summary', async () => {
    const app = await open();
    field(app, 'input[name="business-facebook"]').click();
    await settle();
    await closeWeekdays(app);
    await save(app);
    const message = 'At least one day needs opening hours, or no waiting time ever counts.';
    expect(field(app, '.business-hours [role="alert"]').textContent).toBe(message);
    expect(statusText(app)).toBe(`Not saved. Please check: Business hours: ${message}`);
    expect(field(app, '.status').getAttribute('role')).toBe('alert');
    const monday = field(app, 'input[name="open-mon"]');
    expect(monday.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(monday);
    const s = await stored();
    expect([s.businessHoursSites, s.schedule.weekly.mon]).toEqual([[], [{ start: '09:00', end: '17:00' }]]);

    // Opening one day again clears the refusal, and saving works.
    monday.click();
    await settle();
    expect(app.querySelector('.business-hours [role="alert"]')).toBeNull();
    await save(app);
    expect(statusText(app)).toBe('Saved.');
    expect((await stored()).businessHoursSites).toEqual(['facebook']);
  });

  it('is said in German too', async () => {
    const app = await open();
    useMessageTemplates(templates('de'));
    field(app, 'input[name="business-x"]').click();
    await settle();
    await closeWeekdays(app);
    await save(app);
    expect(field(app, '.business-hours [role="alert"]').textContent).toBe('Mindestens ein Tag braucht Öffnungszeiten, sonst läuft keine Wartezeit.');
  });

  it('is saved where no site counts business hours: the week does not matter then', async () => {
    const app = await open();
    await closeWeekdays(app);
    await save(app);
    expect(statusText(app)).toBe('Saved.');
    expect(Object.values((await stored()).schedule.weekly).every((d) => d.length === 0)).toBe(true);
  });
});

describe('business hours: refusals say why, mark the field and move focus to it', () => {
  it.each([
    ['en', 'Not saved. Please check: Monday, until: must end after it starts; split a night shift across two days'],
    ['de', 'Nicht gespeichert. Bitte prüfen: Montag, bis: muss nach dem Beginn enden; eine Nachtschicht teilen Sie auf zwei Tage auf'],
  ] as const)('an end before the start (a night shift 22:00–06:00) (%s)', async (lang, text) => {
    const app = await open();
    useMessageTemplates(templates(lang));
    type(field(app, 'input[name="start-mon"]'), '22:00');
    await settle();
    type(field(app, 'input[name="end-mon"]'), '06:00');
    await settle();
    await save(app);
    expect(statusText(app)).toBe(text);
    const end = field(app, 'input[name="end-mon"]');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    expect(field(app, 'input[name="start-mon"]').getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(end);
  });

  it.each([
    ['en', 'Not saved. Please check: Time zone: a time zone such as Europe/Berlin'],
    ['de', 'Nicht gespeichert. Bitte prüfen: Zeitzone: eine Zeitzone wie Europe/Berlin'],
  ] as const)('an unknown time zone (%s)', async (lang, text) => {
    const app = await open();
    useMessageTemplates(templates(lang));
    type(field(app, 'input[name="time-zone"]'), 'Berlin');
    await settle();
    await save(app);
    expect(statusText(app)).toBe(text);
    const zone = field(app, 'input[name="time-zone"]');
    expect(zone.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(zone);
  });

  it('shows the refusal as an alert, and clears the marks once the field is edited and saved', async () => {
    const app = await open();
    type(field(app, 'input[name="time-zone"]'), 'Berlin');
    await settle();
    await save(app);
    expect(field(app, '.status').getAttribute('role')).toBe('alert');
    type(field(app, 'input[name="time-zone"]'), 'Europe/Vienna');
    await settle();
    expect(field(app, 'input[name="time-zone"]').getAttribute('aria-invalid')).toBeNull();
    await save(app);
    expect(field(app, '.status').getAttribute('role')).toBe('status');
    expect(statusText(app)).toBe('Saved.');
    expect((await stored()).schedule.timeZone).toBe('Europe/Vienna');
  });

  it('focuses the first refused field in the form’s order, and marks the others', async () => {
    const app = await open();
    type(field(app, 'input[name="target-minutes"]'), '0');
    await settle();
    type(field(app, 'input[name="time-zone"]'), 'Berlin');
    await settle();
    await save(app);
    expect(document.activeElement).toBe(field(app, 'input[name="target-minutes"]'));
    expect(field(app, 'input[name="time-zone"]').getAttribute('aria-invalid')).toBe('true');
  });

  it('marks a refused page field of that page only', async () => {
    const app = await open((s) => ({ ...s, pages: [{ site: 'facebook', name: 'Shop', url: 'https://www.facebook.com/shop', pageId: '' }] }));
    field<HTMLButtonElement>(app, 'button.add-page').click();
    await settle();
    await save(app);
    const names = [...app.querySelectorAll<HTMLInputElement>('input[name="page-name"]')];
    expect(names.map((n) => n.getAttribute('aria-invalid'))).toEqual([null, 'true']);
    expect(document.activeElement).toBe(names[1]);
  });

  it('says so where a change makes a day’s periods overlap', async () => {
    const app = await open(withMonday([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]));
    type(field(app, 'input[name="end-mon"]'), '14:00');
    await settle();
    await save(app);
    expect(statusText(app)).toBe('Not saved. Please check: Monday: its opening periods must not overlap');
  });
});

describe('business hours: a day with several stored periods', () => {
  it('edits the first period and keeps the others', async () => {
    const app = await open(withMonday([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]));
    type(field(app, 'input[name="start-mon"]'), '07:30');
    await settle();
    type(field(app, 'input[name="end-mon"]'), '11:30');
    await settle();
    await save(app);
    expect((await stored()).schedule.weekly.mon).toEqual([{ start: '07:30', end: '11:30' }, { start: '13:00', end: '17:00' }]);
  });

  it('closes the whole day when its box is cleared', async () => {
    const app = await open(withMonday([{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]));
    field(app, 'input[name="open-mon"]').click();
    await settle();
    await save(app);
    expect((await stored()).schedule.weekly.mon).toEqual([]);
  });
});

describe('business hours: the time zone a team starts with', () => {
  const zone = (timeZone: string) => vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone, locale: 'en-US' } as Intl.ResolvedDateTimeFormatOptions);
  afterEach(() => vi.restoreAllMocks());

  it('is the browser’s own zone in the form, and saved as such, while business hours are not in use', async () => {
    zone('America/New_York');
    const app = await open();
    expect(field(app, 'input[name="time-zone"]').value).toBe('America/New_York');
    await save(app);
    expect((await stored()).schedule.timeZone).toBe('America/New_York');
  });

  it('stays Berlin where business hours already count in Berlin time', async () => {
    zone('America/New_York');
    const app = await open((s) => ({ ...s, businessHoursSites: ['facebook'] }));
    expect(field(app, 'input[name="time-zone"]').value).toBe('Europe/Berlin');
  });
});
