import { useComputed, useSignal, useSignalEffect } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { commentsFirstSeenSinceCounted } from '../../lib/db/comments-store';
import { database } from '../../lib/db/database';
import { loadSettings } from '../../lib/db/settings-store';
import { loadTargetHistory } from '../../lib/db/target-history-store';
import { targetsAt, type TargetEpoch } from '../../lib/stats/target-history';
import { t, tCount } from '../../lib/i18n';
import { watchedPages } from '../../lib/comments/watched-pages';
import type { TrackedComment } from '../../lib/models/comment';
import { defaultSettings, type Settings } from '../../lib/models/settings';
import { responseRecordsFromComments, siteClocksOf, statsTargets, statsTimeZone, type SiteClock, type StatsInput } from '../../lib/stats/from-comments';
import { STATS_SITES, type StatsSite } from '../../lib/stats/response-record';
import type { ResponseSeries } from '../../lib/stats/response-report';
import { computeResponseStats } from '../../lib/stats/response-report';
import { SPREAD_MIN_SAMPLES } from '../../lib/stats/weekly-spread';
import { useLiveQuery } from '../shared/live-query';
import { isolate } from '../../lib/bidi';
import type { TargetClock } from '../../lib/schedule/target-clock';
import {
  dailyShareData, dailyShareOptions, dailyTimesData, dailyTimesOptions, weeklySpreadData, weeklySpreadOptions,
  type ChartOptions, type ChartTheme, type SeriesLabels,
} from './chart-options';
import { dayKeyToMs, formatCount, formatDay, formatMinutes } from './format';
import { dateFormat } from '../../lib/time/format-date';
import { sameStatsInput, scopeChoices, type Scope, scopeFromValue, scopeTargetMinutes, scopeToValue, seriesInScope } from './scope';
import { DailyShareTable, DailyTimesTable, WeeklySpreadTable } from './StatsTables';
import { SummaryFigures } from './SummaryFigures';
import { UPlotChart } from './UPlotChart';

/** A sentence ending in an abbreviated unit ("1 Std.") has one full stop, not two. */
const oneFullStop = (sentence: string): string => sentence.replace(/\.\.$/, '.');

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

export function StatsPage({ locale, browserZone, siteClocks }: Props) {
  const db = database();
  // Comments first seen in the last 91 days hold every comment that arrived in the 90-day window
  // (a comment is seen after it is posted); older ones cannot count and need not be read.
  // Either read failing (storage unavailable) ends the wait with a message instead of "Loading…" for ever.
  // One signal each: a later success of the other query must not clear the failure.
  const commentsFailed = useSignal(false);
  const settingsFailed = useSignal(false);
  const comments = useLiveQuery<{ comments: TrackedComment[]; unreadable: number } | null>(
    () => commentsFirstSeenSinceCounted(db, Date.now() - READ_BACK_MS),
    null,
    true,
    commentsFailed,
  );
  // Null until read: which pages are watched decides what counts, so nothing is computed from the defaults.
  const storedSettings = useLiveQuery<Settings | null>(() => loadSettings(db), null, true, settingsFailed);
  const settings = useComputed(() => storedSettings.value ?? defaultSettings());
  // Unreadable, the history costs only the older targets: everything is judged by today's.
  const history = useLiveQuery<TargetEpoch[]>(() => loadTargetHistory(db).catch(() => []), []);
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
    if (comments.value === null || storedSettings.value === null) return;
    const computed = responseRecordsFromComments(comments.value.comments, storedSettings.value);
    const next = { ...computed, leftOut: { ...computed.leftOut, unreadable: comments.value.unreadable } };
    const prev = input.peek();
    if (!prev || !sameStatsInput(prev, next)) input.value = next;
  });
  // The team's business-hours choice from the settings, unless the caller passes its own clocks.
  const targets = useComputed(() => statsTargets(settings.value, browserZone, siteClocks ?? siteClocksOf(settings.value)));
  const choices = useComputed(() => scopeChoices(input.value?.records ?? [], watchedPages(settings.value.pages)));
  // One report per window holds every site and page, so switching the scope computes nothing.
  const report = useComputed(() => {
    if (!input.value) return null;
    return computeResponseStats(input.value.records, {
      now: now.value,
      windowDays: windowDays.value,
      timeZone: statsTimeZone(targets.value, browserZone),
      targets: targets.value,
      // The caller's own clocks (tests) judge everything; otherwise each comment by the target it was written under.
      targetsAt: siteClocks ? undefined : targetsAt(history.value, targets.value),
    });
  });
  const series = useComputed(() => (report.value ? seriesInScope(report.value, scopeFromValue(scopeValue.value)) : null));

  if (!input.value || !report.value || !series.value) {
    return (
      <main class="stats">
        <h1>{t('statsTitle')}</h1>
        {commentsFailed.value || settingsFailed.value
          ? <p class="status error stats-load-failed" role="alert">{t('storageReadFailed')}</p>
          : <p class="loading">{t('statsLoading')}</p>}
      </main>
    );
  }
  const { leftOut } = input.value;
  const leftOutNotes = (
    <>
      {leftOut.answerTimeUnknown > 0 && <p class="left-out" data-left-out="answer-time-unknown">{tCount('statsLeftOutUnknown', leftOut.answerTimeUnknown, [formatCount(leftOut.answerTimeUnknown, locale)])}</p>}
      {leftOut.history > 0 && <p class="left-out" data-left-out="history">{tCount('statsLeftOutHistory', leftOut.history, [formatCount(leftOut.history, locale), tCount('dayCount', settings.value.backlogDays, [String(settings.value.backlogDays)])])}</p>}
      {leftOut.unwatched > 0 && <p class="left-out" data-left-out="unwatched">{tCount('statsLeftOutUnwatched', leftOut.unwatched, [formatCount(leftOut.unwatched, locale)])}</p>}
      {leftOut.unreadable > 0 && <p class="left-out" data-left-out="unreadable">{tCount('statsLeftOutUnreadable', leftOut.unreadable, [formatCount(leftOut.unreadable, locale)])}</p>}
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
  // The last change of targets the window reaches back over: comments from before it are judged by the older ones.
  const windowStart = dayKeyToMs(r.fromDay);
  const lastChange = siteClocks ? null : (history.value.filter((e) => e.until >= windowStart).at(-1)?.until ?? null);
  const business = businessNote(scope, targets.value, choices.value.sites);
  const withBusiness = (text: string) => (business ? `${text} ${business}` : text);
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
                <option key={`${p.site}:${p.pageKey}`} value={scopeToValue({ kind: 'page', site: p.site, pageKey: p.pageKey })} data-watched={String(p.watched)}>
                  {p.watched ? `${SITE_NAME[p.site]()} · ${isolate(p.pageKey)}` : t('statsScopePageUnwatched', `${SITE_NAME[p.site]()} · ${isolate(p.pageKey)}`)}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
      </form>
      <p class="period">
        <span class="range">{t('statsRange', [formatDay(r.fromDay, locale, true), formatDay(r.toDay, locale, true)])}</span>
        <span class="target" data-business-hours={business ? 'true' : 'false'}>
          {target !== null ? oneFullStop(t('statsTarget', withBusiness(formatMinutes(target, locale)))) : withBusiness(t('statsTargetMixed'))}
        </span>
        {lastChange !== null && (
          <span class="target-changed" data-changed-at={lastChange}>{t('statsTargetChanged', dateFormat(locale, { dateStyle: 'medium' }).format(lastChange))}</span>
        )}
      </p>

      <section aria-labelledby="figures-heading">
        <h2 id="figures-heading" class="visually-hidden">{withBusiness(t('statsFiguresHeading'))}</h2>
        <SummaryFigures total={series.value.total} locale={locale} />
        {series.value.total.received === 0 && <p class="scope-empty">{t('statsScopeEmpty')}</p>}
        {leftOutNotes}
      </section>

      <Charts series={series.value} target={target} locale={locale} business={business} />
    </main>
  );
}

/**
 * "(business hours)" when every site in the scope measures on its business-hours clock, "(X: business
 * hours)" when only one of them does, null when none does: the figures are then elapsed time.
 */
function businessNote(scope: Scope, targets: Readonly<Record<StatsSite, TargetClock>>, sitesWithData: readonly StatsSite[]): string | null {
  const inScope = scope.kind === 'all' ? (sitesWithData.length ? sitesWithData : STATS_SITES) : [scope.site];
  const business = inScope.filter((s) => targets[s].businessHoursOnly);
  if (business.length === 0) return null;
  if (business.length === inScope.length) return t('statsBusinessTime');
  return t('statsBusinessTimeSite', business.map((s) => SITE_NAME[s]()).join(', '));
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
function Charts({ series, target, locale, business }: { series: ResponseSeries; target: number | null; locale: string; business: string | null }) {
  const build = (make: (l: string, th: ChartTheme, lb: SeriesLabels) => ChartOptions) => () => make(locale, chartTheme(), seriesLabels());
  const withBusiness = (text: string) => (business ? `${text} ${business}` : text);
  return (
    <>
      <ChartFigure name="times" title={withBusiness(t('statsChartTimesTitle'))} caption={withBusiness(t('statsChartTimesCaption'))}
        table={<DailyTimesTable series={series} locale={locale} />}>
        <UPlotChart options={build(dailyTimesOptions)} data={dailyTimesData(series, target)} height={260} label={t('statsChartTimesTitle')} />
      </ChartFigure>
      <ChartFigure name="share" title={withBusiness(t('statsChartShareTitle'))} caption={withBusiness(t('statsChartShareCaption'))}
        table={<DailyShareTable series={series} locale={locale} />}>
        <UPlotChart options={build(dailyShareOptions)} data={dailyShareData(series)} height={200} label={t('statsChartShareTitle')} />
      </ChartFigure>
      <ChartFigure name="spread" title={withBusiness(t('statsChartSpreadTitle'))} caption={withBusiness(t('statsChartSpreadCaption', String(SPREAD_MIN_SAMPLES)))}
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
