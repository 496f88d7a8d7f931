import { t } from '../../lib/i18n';
import type { ResponseSeries } from '../../lib/stats/response-report';
import { formatCount, formatDay, formatMinutes, formatShare } from './format';

/**
 * The charts' numbers as tables: what a screen reader, a keyboard user or someone checking a figure by
 * hand reads instead of the canvas. Days with nothing to show are left out to keep 90-day tables short.
 */
export function DailyTimesTable({ series, locale }: { series: ResponseSeries; locale: string }) {
  const rows = series.days.filter((d) => d.received > 0);
  if (rows.length === 0) return <p class="table-empty">{t('statsTableEmpty')}</p>;
  return (
    <table class="numbers" data-table="times">
      <thead>
        <tr>
          <th scope="col">{t('statsColDay')}</th>
          <th scope="col">{t('statsColReceived')}</th>
          <th scope="col">{t('statsColAnswered')}</th>
          <th scope="col">{t('statsSeriesMedian')}</th>
          <th scope="col">{t('statsSeriesP90')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.day} data-day={d.day}>
            <th scope="row">{formatDay(d.day, locale, true)}</th>
            <td>{formatCount(d.received, locale)}</td>
            <td>{formatCount(d.answered, locale)}</td>
            <td>{formatMinutes(d.medianMinutes, locale)}</td>
            <td>{formatMinutes(d.p90Minutes, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DailyShareTable({ series, locale }: { series: ResponseSeries; locale: string }) {
  const rows = series.days.filter((d) => d.withinTarget + d.missed > 0);
  if (rows.length === 0) return <p class="table-empty">{t('statsTableEmpty')}</p>;
  return (
    <table class="numbers" data-table="share">
      <thead>
        <tr>
          <th scope="col">{t('statsColDay')}</th>
          <th scope="col">{t('statsColWithin')}</th>
          <th scope="col">{t('statsColMissed')}</th>
          <th scope="col">{t('statsColShare')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((d) => (
          <tr key={d.day} data-day={d.day}>
            <th scope="row">{formatDay(d.day, locale, true)}</th>
            <td>{formatCount(d.withinTarget, locale)}</td>
            <td>{formatCount(d.missed, locale)}</td>
            <td>{formatShare(d.withinTargetShare, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function WeeklySpreadTable({ series, locale }: { series: ResponseSeries; locale: string }) {
  const rows = series.weeks.filter((w) => w.answered > 0);
  if (rows.length === 0) return <p class="table-empty">{t('statsTableEmpty')}</p>;
  return (
    <table class="numbers" data-table="spread">
      <thead>
        <tr>
          <th scope="col">{t('statsColWeek')}</th>
          <th scope="col">{t('statsColAnswered')}</th>
          <th scope="col">{t('statsSeriesP25')}</th>
          <th scope="col">{t('statsSeriesMedian')}</th>
          <th scope="col">{t('statsSeriesP75')}</th>
          <th scope="col">{t('statsColSpread')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((w) => (
          <tr key={w.weekStart} data-week={w.weekStart} class={w.sparse ? 'sparse' : undefined}>
            <th scope="row">
              {t('statsRange', [formatDay(w.fromDay, locale), formatDay(w.toDay, locale, true)])}
              {w.sparse && <span class="sparse-note"> ({t('statsSparse')})</span>}
            </th>
            <td>{formatCount(w.answered, locale)}</td>
            <td>{formatMinutes(w.p25Minutes, locale)}</td>
            <td>{formatMinutes(w.medianMinutes, locale)}</td>
            <td>{formatMinutes(w.p75Minutes, locale)}</td>
            <td>{formatMinutes(w.iqrMinutes, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
