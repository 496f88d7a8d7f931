import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useMessageTemplates } from '../../../lib/i18n';
import type { DayStats, ResponseSeries } from '../../../lib/stats/response-report';
import type { WeekSpread } from '../../../lib/stats/weekly-spread';
import { DailyShareTable, DailyTimesTable, WeeklySpreadTable } from '../../../components/stats/StatsTables';

const TEMPLATES = {
  statsColDay: 'Day', statsColWeek: 'Week', statsColReceived: 'Received', statsColAnswered: 'Answered',
  statsSeriesMedian: 'Median', statsSeriesP90: '90th pct', statsSeriesP25: '25th pct', statsSeriesP75: '75th pct',
  statsColWithin: 'Within', statsColMissed: 'Missed', statsColShare: 'Share', statsColSpread: 'Spread',
  statsRange: '\ue001 to \ue002', statsSparse: 'few answers', statsTableEmpty: 'No data in this period.',
};

function day(key: string, over: Partial<DayStats> = {}): DayStats {
  return {
    day: key, received: 0, answered: 0, medianMinutes: null, p90Minutes: null, withinTarget: 0, missed: 0,
    missedUnanswered: 0, pending: 0, withinTargetShare: null, ...over,
  } as DayStats;
}

function week(start: string, over: Partial<WeekSpread> = {}): WeekSpread {
  return { weekStart: start, fromDay: start, toDay: start, answered: 0, p25Minutes: null, medianMinutes: null, p75Minutes: null, iqrMinutes: null, sparse: false, ...over };
}

const SERIES: ResponseSeries = {
  total: day('total'),
  days: [
    day('2026-03-09', { received: 4, answered: 3, medianMinutes: 12, p90Minutes: 95, withinTarget: 2, missed: 2, withinTargetShare: 0.5 }),
    day('2026-03-10'),
    day('2026-03-11', { received: 2, pending: 2 }),
  ],
  weeks: [
    week('2026-03-02', { fromDay: '2026-03-04', toDay: '2026-03-08', answered: 12, p25Minutes: 5, medianMinutes: 20, p75Minutes: 65, iqrMinutes: 60 }),
    week('2026-03-09', { fromDay: '2026-03-09', toDay: '2026-03-11', answered: 3, p25Minutes: 8, medianMinutes: 12, p75Minutes: 40, iqrMinutes: 32, sparse: true }),
    week('2026-03-16'),
  ],
};

const rowsOf = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
const headOf = (table: Element) => [...table.querySelectorAll('thead th')].map((th) => th.textContent);

let host: HTMLElement;
beforeEach(() => {
  useMessageTemplates(TEMPLATES);
  host = document.createElement('div');
  document.body.append(host);
});
afterEach(() => {
  render(null, host);
  host.remove();
});

describe('the statistics tables (what a screen reader reads instead of the charts)', () => {
  it('lists response times per day with received comments, days without any left out', () => {
    render(<DailyTimesTable series={SERIES} locale="en" />, host);
    const table = host.querySelector('table[data-table="times"]')!;
    expect(headOf(table)).toEqual(['Day', 'Received', 'Answered', 'Median', '90th pct']);
    expect(rowsOf(table)).toEqual([
      ['Mar 9, 2026', '4', '3', '12 min', '1.6 hr'],
      ['Mar 11, 2026', '2', '0', '–', '–'],
    ]);
    expect([...table.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-day'))).toEqual(['2026-03-09', '2026-03-11']);
    expect(table.querySelector('tbody th')!.getAttribute('scope')).toBe('row');
  });

  it('lists the share within target only for days where something was decided', () => {
    render(<DailyShareTable series={SERIES} locale="de" />, host);
    const table = host.querySelector('table[data-table="share"]')!;
    expect(headOf(table)).toEqual(['Day', 'Within', 'Missed', 'Share']);
    expect(rowsOf(table)).toEqual([['9. März 2026', '2', '2', '50\u00a0%']]);
  });

  it('lists the weekly spread, marks weeks with few answers and leaves out weeks without answers', () => {
    render(<WeeklySpreadTable series={SERIES} locale="en" />, host);
    const table = host.querySelector('table[data-table="spread"]')!;
    expect(headOf(table)).toEqual(['Week', 'Answered', '25th pct', 'Median', '75th pct', 'Spread']);
    expect(rowsOf(table)).toEqual([
      ['Mar 4 to Mar 8, 2026', '12', '5 min', '20 min', '1.1 hr', '1 hr'],
      ['Mar 9 to Mar 11, 2026 (few answers)', '3', '8 min', '12 min', '40 min', '32 min'],
    ]);
    const rows = [...table.querySelectorAll('tbody tr')];
    expect(rows.map((tr) => tr.getAttribute('data-week'))).toEqual(['2026-03-02', '2026-03-09']);
    expect(rows.map((tr) => tr.classList.contains('sparse'))).toEqual([false, true]);
  });

  it('says there is no data instead of drawing an empty table', () => {
    const empty: ResponseSeries = { total: day('total'), days: [day('2026-03-10')], weeks: [week('2026-03-09')] };
    render(<><DailyTimesTable series={empty} locale="en" /><DailyShareTable series={empty} locale="en" /><WeeklySpreadTable series={empty} locale="en" /></>, host);
    expect(host.querySelectorAll('table')).toHaveLength(0);
    expect([...host.querySelectorAll('p.table-empty')].map((p) => p.textContent)).toEqual(Array(3).fill('No data in this period.'));
  });
});
