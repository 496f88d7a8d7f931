import type { ComponentChildren } from 'preact';
import { t } from '../../lib/i18n';
import type { ResponseSeries } from '../../lib/stats/response-report';
import { formatCount, formatDay, formatMinutes, formatShare } from './format';

/**
 * The charts' numbers as tables: what a screen reader, a keyboard user or someone checking a figure by
 * hand reads instead of the canvas. Days with nothing to show are left out to keep 90-day tables short.
 */

interface Column<R> {
  label: string;
  cell: (row: R) => string;
}

/** One row per period: the period names the row (a row header), the columns hold its figures. */
function NumbersTable<R>({ name, rows, period, columns, rowId, rowClass }: {
  name: string;
  rows: R[];
  period: { label: string; cell: (row: R) => ComponentChildren };
  columns: Column<R>[];
  /** The data attribute that names a row (data-day, data-week), and its value. */
  rowId: [attribute: string, value: (row: R) => string];
  rowClass?: (row: R) => string | undefined;
}) {
  if (rows.length === 0) return <p class="table-empty">{t('statsTableEmpty')}</p>;
  return (
    <table class="numbers" data-table={name}>
      <thead>
        <tr>
          <th scope="col">{period.label}</th>
          {columns.map((c) => <th scope="col">{c.label}</th>)}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => {
          const id = rowId[1](r);
          return (
            <tr key={id} {...{ [rowId[0]]: id }} class={rowClass?.(r)}>
              <th scope="row">{period.cell(r)}</th>
              {columns.map((c) => <td>{c.cell(r)}</td>)}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

type Day = ResponseSeries['days'][number];
type Week = ResponseSeries['weeks'][number];

export function DailyTimesTable({ series, locale }: { series: ResponseSeries; locale: string }) {
  return (
    <NumbersTable<Day>
      name="times"
      rows={series.days.filter((d) => d.received > 0)}
      period={{ label: t('statsColDay'), cell: (d) => formatDay(d.day, locale, true) }}
      columns={[
        { label: t('statsColReceived'), cell: (d) => formatCount(d.received, locale) },
        { label: t('statsColAnswered'), cell: (d) => formatCount(d.answered, locale) },
        { label: t('statsSeriesMedian'), cell: (d) => formatMinutes(d.medianMinutes, locale) },
        { label: t('statsSeriesP90'), cell: (d) => formatMinutes(d.p90Minutes, locale) },
      ]}
      rowId={['data-day', (d) => d.day]}
    />
  );
}

export function DailyShareTable({ series, locale }: { series: ResponseSeries; locale: string }) {
  return (
    <NumbersTable<Day>
      name="share"
      rows={series.days.filter((d) => d.withinTarget + d.missed > 0)}
      period={{ label: t('statsColDay'), cell: (d) => formatDay(d.day, locale, true) }}
      columns={[
        { label: t('statsColWithin'), cell: (d) => formatCount(d.withinTarget, locale) },
        { label: t('statsColMissed'), cell: (d) => formatCount(d.missed, locale) },
        { label: t('statsColShare'), cell: (d) => formatShare(d.withinTargetShare, locale) },
      ]}
      rowId={['data-day', (d) => d.day]}
    />
  );
}

export function WeeklySpreadTable({ series, locale }: { series: ResponseSeries; locale: string }) {
  return (
    <NumbersTable<Week>
      name="spread"
      rows={series.weeks.filter((w) => w.answered > 0)}
      period={{
        label: t('statsColWeek'),
        cell: (w) => (
          <>
            {t('statsRange', [formatDay(w.fromDay, locale), formatDay(w.toDay, locale, true)])}
            {w.sparse && <span class="sparse-note"> ({t('statsSparse')})</span>}
          </>
        ),
      }}
      columns={[
        { label: t('statsColAnswered'), cell: (w) => formatCount(w.answered, locale) },
        { label: t('statsSeriesP25'), cell: (w) => formatMinutes(w.p25Minutes, locale) },
        { label: t('statsSeriesMedian'), cell: (w) => formatMinutes(w.medianMinutes, locale) },
        { label: t('statsSeriesP75'), cell: (w) => formatMinutes(w.p75Minutes, locale) },
        { label: t('statsColSpread'), cell: (w) => formatMinutes(w.iqrMinutes, locale) },
      ]}
      rowId={['data-week', (w) => w.weekStart]}
      rowClass={(w) => (w.sparse ? 'sparse' : undefined)}
    />
  );
}
