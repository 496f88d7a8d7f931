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

/**
 * Business hours: per site whether only open hours count against the target, and the team's week,
 * holidays and time zone. One opening period per day here; the stored model allows several.
 */
export function BusinessHoursFields({ s, update }: { s: Settings; update: (patch: Partial<Settings>) => void }) {
  const schedule = s.schedule;
  const setDay = (day: Weekday, open: boolean, start?: string, end?: string) => {
    const current = schedule.weekly[day][0];
    const next = open ? [{ start: start ?? current?.start ?? '09:00', end: end ?? current?.end ?? '17:00' }] : [];
    update({ schedule: { ...schedule, weekly: { ...schedule.weekly, [day]: next } } });
  };
  const toggleSite = (site: 'facebook' | 'x', on: boolean) =>
    update({ businessHoursSites: on ? [...new Set([...s.businessHoursSites, site])] : s.businessHoursSites.filter((x) => x !== site) });
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
        <input name="time-zone" list="moderato-zones" value={schedule.timeZone} onInput={(e) => update({ schedule: { ...schedule, timeZone: e.currentTarget.value.trim() } })} />
        <datalist id="moderato-zones">{zones().map((z) => <option key={z} value={z} />)}</datalist>
      </label>
      <table class="week">
        <tbody>
          {WEEKDAYS.map((day) => {
            const slot = schedule.weekly[day][0];
            return (
              <tr key={day} data-day={day}>
                <th scope="row"><label><input type="checkbox" name={`open-${day}`} checked={!!slot} onChange={(e) => setDay(day, e.currentTarget.checked)} /> {t(DAY_KEY[day])}</label></th>
                {/* The table has no column headings to name these by: each says its day and end of the period. */}
                <td>{slot && <input type="time" name={`start-${day}`} aria-label={t('openFrom', t(DAY_KEY[day]))} value={slot.start} onInput={(e) => setDay(day, true, e.currentTarget.value, slot.end)} />}</td>
                <td>{slot && <input type="time" name={`end-${day}`} aria-label={t('openUntil', t(DAY_KEY[day]))} value={slot.end === '24:00' ? '23:59' : slot.end} onInput={(e) => setDay(day, true, slot.start, e.currentTarget.value)} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <label>{t('holidays')}
        <textarea name="holidays" rows={3} placeholder="2026-12-24" value={schedule.holidays.join('\n')}
          onInput={(e) => update({ schedule: { ...schedule, holidays: e.currentTarget.value.split(/[\s,;]+/).filter(Boolean) } })} />
      </label>
    </fieldset>
  );
}
