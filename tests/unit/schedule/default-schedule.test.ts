import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseStoredSettings } from '../../../lib/db/settings-store';
import { defaultSettings as lightDefaults, parseSettings } from '../../../lib/models/light/settings';
import { defaultSettings } from '../../../lib/models/settings';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';

/** The browser as if set to `timeZone` (undefined: an engine that names none). */
function browserZone(timeZone: string | undefined) {
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone, locale: 'en-US' } as Intl.ResolvedDateTimeFormatOptions);
}

afterEach(() => vi.restoreAllMocks());

describe('the default schedule’s time zone', () => {
  it('is the browser’s own zone, not Berlin for everyone', () => {
    browserZone('America/New_York');
    expect(defaultBusinessSchedule().timeZone).toBe('America/New_York');
    expect(defaultSettings().schedule.timeZone).toBe('America/New_York');
  });

  it('is the same in the content scripts’ settings as in the schema’s', () => {
    browserZone('Asia/Kolkata');
    expect(lightDefaults().schedule.timeZone).toBe('Asia/Kolkata');
    expect(lightDefaults()).toStrictEqual(defaultSettings());
  });

  it.each([undefined, '', 'Etc/Unknown', 'Mars/Olympus'])('falls back to Berlin where the browser names no valid zone (%j)', (zone) => {
    browserZone(zone);
    expect(defaultBusinessSchedule().timeZone).toBe('Europe/Berlin');
    expect(defaultSettings().schedule.timeZone).toBe('Europe/Berlin');
  });

  it('leaves a stored schedule in its own zone', () => {
    browserZone('America/New_York');
    const stored = { schedule: { timeZone: 'Europe/Berlin', weekly: { mon: [{ start: '08:00', end: '12:00' }] }, holidays: [] }, businessHoursSites: ['facebook'] };
    expect(parseStoredSettings(stored).schedule.timeZone).toBe('Europe/Berlin');
    expect(parseSettings(stored)!.schedule.timeZone).toBe('Europe/Berlin');
  });
});
