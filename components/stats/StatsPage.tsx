import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { commentsFirstSeenSince } from '../../lib/db/comments-store';
import { database } from '../../lib/db/database';
import { loadSettings } from '../../lib/db/settings-store';
import { t, tCount } from '../../lib/i18n';
import type { TrackedComment } from '../../lib/models/comment';
import { defaultSettings, type Settings } from '../../lib/models/settings';
import { responseRecordsFromComments, statsTargets, statsTimeZone, type SiteClock, type StatsInput } from '../../lib/stats/from-comments';
import type { StatsSite } from '../../lib/stats/response-record';
import type { ResponseSeries } from '../../lib/stats/response-report';
import { computeResponseStats } from '../../lib/stats/response-report';
import { SPREAD_MIN_SAMPLES } from '../../lib/stats/weekly-spread';
import { useLiveQuery } from '../shared/live-query';
import { isolate } from '../../lib/bidi';
import {
  dailyShareData, dailyShareOptions, dailyTimesData, dailyTimesOptions, weeklySpreadData, weeklySpreadOptions,
  type ChartOptions, type ChartTheme, type SeriesLabels,
} from './chart-options';
import { formatCount, formatDay, formatMinutes } from './format';
import { sameStatsInput, scopeChoices, scopeFromValue, scopeTargetMinutes, scopeToValue, seriesInScope } from './scope';
import { DailyShareTable, DailyTimesTable, WeeklySpreadTable } from './StatsTables';
import { SummaryFigures } from './SummaryFigures';
import { UPlotChart } from './UPlotChart';

type WindowDays = 30 | 90;
const WINDOWS: readonly WindowDays[] = [30, 90];
const SITE_NAME: Record<StatsSite, () => string> = { facebook: () => t('siteFacebook'), x: () => t('siteX') };
/** Pending comments turn into misses as time passes; a minute is the finest step the figures show. */
const CLOCK_TICK_MS = 60_000;
const READ_BACK_MS = 91 * 24 * 60 * 60_000;

interface Props {
  locale: string;
  /** The browser's IANA zone: the calendar the days are counted in unless a business-hours schedule says otherwise. */
  browserZone: string;
  /** Per-site target clocks once the settings carry business hours; elapsed minutes from the settings until then. */
  siteClocks?: Partial<Record<StatsSite, SiteClock>>;
}

function clocksFromSettings(s: Settings): Partial<Record<StatsSite, SiteClock>> {
  const out: Partial<Record<StatsSite, SiteClock>> = {};
  for (const site of s.businessHoursSites) out[site] = { businessHoursOnly: true, schedule: s.schedule };
  return out;
}

export function StatsPage({ locale, browserZone, siteClocks }: Props) {
  const db = database();
  // Comments first seen in the last 91 days hold every comment that arrived in the 90-day window
  // (a comment is seen after it is posted); older ones cannot count and need not be read.
  const comments = useLiveQuery<TrackedComment[] | null>(
    () => commentsFirstSeenSince(db, Date.now() - READ_BACK_MS),
    null,
  );
  const settings = useLiveQuery(() => loadSettings(db), defaultSettings());
  const windowDays = useSignal<WindowDays>(30);
  const scopeValue = useSignal('all');
  const now = useSignal(Date.now());
  useEffect(() => {
    const timer = setInterval(() => (now.value = Date.now()), CLOCK_TICK_MS);
    return () => clearInterval(timer);
  }, []);

  // The live query re-emits on every stored sighting (a scroll on the company's page writes several
  // a second); most change only lastSeenAt. The statistics are recomputed only when what they read changed.
  const input = useSignal<StatsInput | null>(null);
  useSignalEffect(() => {
    if (comments.value === null) return;
    const next = responseRecordsFromComments(comments.value, settings.value);
    const prev = input.peek();
    if (!prev || !sameStatsInput(prev, next)) input.value = next;
  });
  // The team's business-hours choice from the settings, unless the caller passes its own clocks.
  const targets = useComputed(() => statsTargets(settings.value, browserZone, siteClocks ?? clocksFromSettings(settings.value)));
  const choices = useComputed(() => scopeChoices(input.value?.records ?? []));
  // One report per window holds every site and page, so switching the scope computes nothing.
  const report = useComputed(() => {
    if (!input.value) return null;
    return computeResponseStats(input.value.records, {
      now: now.value,
      windowDays: windowDays.value,
      timeZone: statsTimeZone(targets.value, browserZone),
      targets: targets.value,
    });
  });
  const series = useComputed(() => (report.value ? seriesInScope(report.value, scopeFromValue(scopeValue.value)) : null));

  if (!input.value || !report.value || !series.value) return <main class="stats"><h1>{t('statsTitle')}</h1><p class="loading">{t('statsLoading')}</p></main>;
  const { leftOut } = input.value;
  const leftOutNotes = (
    <>
      {leftOut.answerTimeUnknown > 0 && <p class="left-out" data-left-out="answer-time-unknown">{tCount('statsLeftOutUnknown', leftOut.answerTimeUnknown, [formatCount(leftOut.answerTimeUnknown, locale)])}</p>}
      {leftOut.history > 0 && <p class="left-out" data-left-out="history">{tCount('statsLeftOutHistory', leftOut.history, [formatCount(leftOut.history, locale), tCount('dayCount', settings.value.backlogDays, [String(settings.value.backlogDays)])])}</p>}
    </>
  );
  if (choices.value.sites.length === 0) {
    return (
      <main class="stats">
        <h1>{t('statsTitle')}</h1>
        <p class="empty">{t('statsEmpty')}</p>
        {leftOutNotes}
      </main>
    );
  }

  const scope = scopeFromValue(scopeValue.value);
  const target = scopeTargetMinutes(scope, targets.value, choices.value.sites);
  const r = report.value;
  return (
    <main class="stats" data-from={r.fromDay} data-to={r.toDay} data-time-zone={r.timeZone} data-window={r.windowDays}>
      <h1>{t('statsTitle')}</h1>
      <form class="controls" onSubmit={(e) => e.preventDefault()}>
        <fieldset class="window">
          <legend>{t('statsWindowLegend')}</legend>
          {WINDOWS.map((days) => (
            <label key={days}>
              <input type="radio" name="window" value={String(days)} checked={windowDays.value === days} onChange={() => (windowDays.value = days)} />
              {t(days === 30 ? 'statsWindow30' : 'statsWindow90')}
            </label>
          ))}
        </fieldset>
        <label class="scope">
          {t('statsScopeLabel')}
          <select name="scope" value={scopeValue.value} onChange={(e) => (scopeValue.value = e.currentTarget.value)}>
            <option value="all">{t('statsScopeAll')}</option>
            {choices.value.sites.length > 1 && (
              <optgroup label={t('statsScopeSites')}>
                {choices.value.sites.map((site) => (
                  <option key={site} value={scopeToValue({ kind: 'site', site })}>{t('statsScopeSite', SITE_NAME[site]())}</option>
                ))}
              </optgroup>
            )}
            <optgroup label={t('statsScopePages')}>
              {choices.value.pages.map((p) => (
                <option key={`${p.site}:${p.pageKey}`} value={scopeToValue({ kind: 'page', ...p })}>{`${SITE_NAME[p.site]()} · ${isolate(p.pageKey)}`}</option>
              ))}
            </optgroup>
          </select>
        </label>
      </form>
      <p class="period">
        <span class="range">{t('statsRange', [formatDay(r.fromDay, locale, true), formatDay(r.toDay, locale, true)])}</span>
        <span class="target">{target !== null ? t('statsTarget', formatMinutes(target, locale)) : t('statsTargetMixed')}</span>
      </p>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" class="visually-hidden">{t('statsFiguresHeading')}</h2>
        <SummaryFigures total={series.value.total} locale={locale} />
        {series.value.total.received === 0 && <p class="scope-empty">{t('statsScopeEmpty')}</p>}
        {leftOutNotes}
      </section>

      <Charts series={series.value} target={target} locale={locale} />
    </main>
  );
}

function chartTheme(): ChartTheme {
  return { text: getComputedStyle(document.body).color || '#222', grid: 'rgba(128, 128, 128, 0.25)' };
}

function seriesLabels(): SeriesLabels {
  return {
    day: t('statsColDay'), week: t('statsColWeek'), median: t('statsSeriesMedian'), p90: t('statsSeriesP90'),
    target: t('statsSeriesTarget'), share: t('statsSeriesShare'), missed: t('statsSeriesMissed'), p25: t('statsSeriesP25'), p75: t('statsSeriesP75'),
  };
}

/** The three charts keep their instances across window and scope changes: only their data changes. */
function Charts({ series, target, locale }: { series: ResponseSeries; target: number | null; locale: string }) {
  const build = (make: (l: string, th: ChartTheme, lb: SeriesLabels) => ChartOptions) => () => make(locale, chartTheme(), seriesLabels());
  return (
    <>
      <ChartFigure name="times" title={t('statsChartTimesTitle')} caption={t('statsChartTimesCaption')}
        table={<DailyTimesTable series={series} locale={locale} />}>
        <UPlotChart options={build(dailyTimesOptions)} data={dailyTimesData(series, target)} height={260} label={t('statsChartTimesTitle')} />
      </ChartFigure>
      <ChartFigure name="share" title={t('statsChartShareTitle')} caption={t('statsChartShareCaption')}
        table={<DailyShareTable series={series} locale={locale} />}>
        <UPlotChart options={build(dailyShareOptions)} data={dailyShareData(series)} height={200} label={t('statsChartShareTitle')} />
      </ChartFigure>
      <ChartFigure name="spread" title={t('statsChartSpreadTitle')} caption={t('statsChartSpreadCaption', String(SPREAD_MIN_SAMPLES))}
        table={<WeeklySpreadTable series={series} locale={locale} />}>
        <UPlotChart options={build(weeklySpreadOptions)} data={weeklySpreadData(series)} height={240} label={t('statsChartSpreadTitle')} />
      </ChartFigure>
    </>
  );
}

function ChartFigure({ name, title, caption, table, children }: { name: string; title: string; caption: string; table: ComponentChildren; children: ComponentChildren }) {
  return (
    <figure class="chart-figure" data-chart={name}>
      <figcaption>
        <h2>{title}</h2>
        <p class="caption">{caption}</p>
      </figcaption>
      {children}
      <details>
        <summary>{t('statsShowTable')}</summary>
        {table}
      </details>
    </figure>
  );
}
