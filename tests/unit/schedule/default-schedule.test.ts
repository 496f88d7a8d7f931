import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings as lightDefaults } from '../../../lib/models/light/settings';
import { defaultSettings } from '../../../lib/models/settings';
import { defaultBusinessSchedule } from '../../../lib/schedule/schedule-model';
import { browserTimeZone, startingSchedule } from '../../../lib/schedule/default-schedule';

/** The browser as if set to `timeZone` (undefined: an engine that names none). */
function browserZone(timeZone: string | undefined) {
  return vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockReturnValue({ timeZone, locale: 'en-US' } as Intl.ResolvedDateTimeFormatOptions);
}

afterEach(() => vi.restoreAllMocks());

describe('the default schedule’s time zone', () => {
  it('is Berlin in the stored defaults, asked of no DateTimeFormat (content scripts build them in the host page)', () => {
    const asked = browserZone('America/New_York');
    expect(defaultBusinessSchedule().timeZone).toBe('Europe/Berlin');
    expect(lightDefaults().schedule.timeZone).toBe('Europe/Berlin');
    expect(lightDefaults()).toStrictEqual(defaultSettings());
    expect(asked).not.toHaveBeenCalled();
  });

  it('starts as the browser’s own zone in the options form while no site counts business hours', () => {
    browserZone('America/New_York');
    expect(startingSchedule(defaultBusinessSchedule(), []).timeZone).toBe('America/New_York');
  });

  it('stays as it is once in use or chosen', () => {
    browserZone('America/New_York');
    expect(startingSchedule(defaultBusinessSchedule(), ['facebook']).timeZone).toBe('Europe/Berlin');
    expect(startingSchedule({ ...defaultBusinessSchedule(), timeZone: 'Asia/Kolkata' }, []).timeZone).toBe('Asia/Kolkata');
  });

  it.each([undefined, '', 'Etc/Unknown', 'Mars/Olympus'])('falls back to Berlin where the browser names no valid zone (%j)', (zone) => {
    browserZone(zone);
    expect(browserTimeZone()).toBe('Europe/Berlin');
  });
});
