import { t, type MessageKey } from '../../lib/i18n';
import type { Settings } from '../../lib/models/settings';
import { WEEKDAYS, type Weekday } from '../../lib/schedule/schedule-model';

export const DAY_KEY: Record<Weekday, MessageKey> = {
  mon: 'dayMon', tue: 'dayTue', wed: 'dayWed', thu: 'dayThu', fri: 'dayFri', sat: 'daySat', sun: 'daySun',
};

function zones(): string[] {
  try {
    return (Intl as unknown as { supportedValuesOf(k: string): string[] }).supportedValuesOf('timeZone');
  } catch {
    return ['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich', 'Europe/London', 'UTC'];
  }
}

/** The holiday dates in the box, each with the line (from 1) it stands on: split, trimmed, each date once. */
export function holidaysFromText(text: string): { dates: string[]; lines: number[] } {
  const dates: string[] = [];
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    for (const date of line.split(/[\s,;]+/)) {
      if (!date || dates.includes(date)) continue;
      dates.push(date);
      lines.push(i + 1);
    }
  });
  return { dates, lines };
}

/** Id of the message that business hours need an open day, for the day boxes' aria-describedby. */
const NO_OPEN_DAY_ID = 'moderato-no-open-day';

/** What the settings form gives the business-hours fieldset: the draft, the raw holidays, and what saving refused. */
export interface BusinessHoursProps {
  s: Settings;
  update: (patch: Partial<Settings>) => void;
  /** The holidays as typed: dates become a list only on saving, so a new line stays while typing. */
  holidaysText: string;
  setHolidaysText: (text: string) => void;
  /** Whether saving refused the field of this name (an input's `name`). */
  invalid: (name: string) => boolean;
  /** Saving was refused: a site counts business hours only, but no day has any. */
  noOpenDay: boolean;
}

/**
 * Business hours: per site whether only open hours count against the target, and the team's week,
 * holidays and time zone. The form edits each day's first opening period; further ones stored keep.
 */
export function BusinessHoursFields({ s, update, holidaysText, setHolidaysText, invalid, noOpenDay }: BusinessHoursProps) {
  const schedule = s.schedule;
  const setDay = (day: Weekday, open: boolean, start?: string, end?: string) => {
    const [current, ...rest] = schedule.weekly[day];
    const next = open ? [{ start: start ?? current?.start ?? '09:00', end: end ?? current?.end ?? '17:00' }, ...rest] : [];
    update({ schedule: { ...schedule, weekly: { ...schedule.weekly, [day]: next } } });
  };
  const toggleSite = (site: 'facebook' | 'x', on: boolean) =>
    update({ businessHoursSites: on ? [...new Set([...s.businessHoursSites, site])] : s.businessHoursSites.filter((x) => x !== site) });
  const mark = (name: string) => (invalid(name) ? 'true' : undefined);
  return (
    <fieldset class="business-hours">
      <legend>{t('businessHours')}</legend>
      <p class="hint">{t('businessHoursHint')}</p>
      {(['facebook', 'x'] as const).map((site) => (
        <label class="check" key={site}>
          <input type="checkbox" name={`business-${site}`} checked={s.businessHoursSites.includes(site)} onChange={(e) => toggleSite(site, e.currentTarget.checked)} />
          {' '}{t('businessHoursOnly', site === 'facebook' ? t('siteFacebook') : t('siteX'))}
        </label>
      ))}
      <label>{t('timeZone')}
        <input name="time-zone" list="moderato-zones" value={schedule.timeZone} aria-invalid={mark('time-zone')}
          onInput={(e) => update({ schedule: { ...schedule, timeZone: e.currentTarget.value.trim() } })} />
        <datalist id="moderato-zones">{zones().map((z) => <option key={z} value={z} />)}</datalist>
      </label>
      <table class="week">
        <tbody>
          {WEEKDAYS.map((day) => {
            const slot = schedule.weekly[day][0];
            return (
              <tr key={day} data-day={day}>
                <th scope="row"><label>
                  <input type="checkbox" name={`open-${day}`} checked={!!slot} aria-invalid={noOpenDay ? 'true' : undefined} aria-describedby={noOpenDay ? NO_OPEN_DAY_ID : undefined}
                    onChange={(e) => setDay(day, e.currentTarget.checked)} /> {t(DAY_KEY[day])}
                </label></th>
                {/* The table has no column headings to name these by: each says its day and end of the period. */}
                <td>{slot && <input type="time" name={`start-${day}`} aria-label={t('openFrom', t(DAY_KEY[day]))} value={slot.start} aria-invalid={mark(`start-${day}`)}
                  onInput={(e) => setDay(day, true, e.currentTarget.value, slot.end)} />}</td>
                <td>{slot && <input type="time" name={`end-${day}`} aria-label={t('openUntil', t(DAY_KEY[day]))} value={slot.end === '24:00' ? '23:59' : slot.end} aria-invalid={mark(`end-${day}`)}
                  onInput={(e) => setDay(day, true, slot.start, e.currentTarget.value)} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {noOpenDay && <p class="hint warn no-open-day" id={NO_OPEN_DAY_ID} role="alert">{t('businessHoursNoOpenDay')}</p>}
      <label>{t('holidays')}
        <textarea name="holidays" rows={3} placeholder="2026-12-24" value={holidaysText} aria-invalid={mark('holidays')}
          onInput={(e) => setHolidaysText(e.currentTarget.value)} />
      </label>
    </fieldset>
  );
}
