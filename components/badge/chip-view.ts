import type { Settings } from '../../lib/models/settings';
import type { ObservedComment, RecordState } from '../../lib/models/comment';
import { t } from '../../lib/i18n';
import { formatDuration } from '../../lib/time/format-duration';
import { MINUTE } from '../../lib/time/units';
import { commentStatus } from '../../lib/time/waiting';
import { statusOptionsFor } from '../../lib/time/target-options';
import { STATE_LABEL, waitingText } from '../shared/format';

/** What the status chip shows; the same for the light chip and the full badge. */
export interface ChipView {
  className: string;
  text: string;
  title: string | null;
  state: string | null;
}

/**
 * Facebook's relative times are minute-precise below an hour ("42m"), then hours, days, weeks: a
 * comment first seen more than an hour after it was posted has a coarse posting time.
 */
function minutePrecise(timing: { timeSource: string; postedAt: number | null; firstSeenAt: number }): boolean {
  if (timing.timeSource === 'exact') return true;
  if (timing.timeSource !== 'relative' || timing.postedAt === null) return false;
  return timing.firstSeenAt - timing.postedAt < 60 * MINUTE;
}

// A thousand chips show the same target: its text is made once per settings value and language.
let targetMemo: { settings: Settings; locale: string; text: string } | null = null;
function targetText(s: Settings, locale: string): string {
  if (targetMemo?.settings !== s || targetMemo.locale !== locale) {
    targetMemo = { settings: s, locale, text: t('badgeTarget', formatDuration(s.targetMinutes * MINUTE, locale)) };
  }
  return targetMemo.text;
}

/** How long the comment has waited, against the team's target; null on the company's own comments. */
export function chipView(observed: ObservedComment, record: RecordState | null, at: number, s: Settings, locale: string): ChipView | null {
  const timing = record ?? {
    postedAt: observed.postedAt,
    firstSeenAt: at,
    answeredAt: observed.answered ? (observed.answeredAt ?? at) : null,
    handledAt: null,
    byOwner: observed.byOwner,
  };
  const status = commentStatus(timing, at, statusOptionsFor(s, observed.site));
  const target = targetText(s, locale);
  switch (status.kind) {
    case 'own':
      return null;
    case 'answered':
      // "answered after 1 day" would be wrong for a reply that came in 30 minutes: say how long only
      // when the posting time is known to the minute.
      return minutePrecise(record ?? { timeSource: observed.timeSource, postedAt: observed.postedAt, firstSeenAt: at })
        ? { className: 'badge answered', text: t('badgeAnswered', formatDuration(status.afterMs, locale)), title: target, state: null }
        : { className: 'badge answered', text: t('badgeAnsweredPlain'), title: t('answerTimeCoarse'), state: null };
    case 'handled':
      return { className: 'badge handled', text: t('badgeHandled'), title: null, state: null };
    case 'backlog':
      return { className: 'badge backlog', text: t('badgeBacklog', String(s.backlogDays)), title: target, state: null };
    case 'waiting': {
      const unknownTime = (record?.timeSource ?? observed.timeSource) === 'first-seen' ? ` · ${t('timeUnknown')}` : '';
      return {
        className: `badge ${status.state}`,
        text: waitingText(status.waitedMs, locale),
        title: `${STATE_LABEL[status.state]()} · ${target}${unknownTime}`,
        state: status.state,
      };
    }
  }
}

/** The chip as plain DOM, for badges whose full view is not mounted yet. */
export function paintChip(el: HTMLElement, view: ChipView): void {
  if (el.className !== view.className) el.className = view.className;
  if (el.textContent !== view.text) el.textContent = view.text;
  if (view.title === null) el.removeAttribute('title');
  else if (el.getAttribute('title') !== view.title) el.setAttribute('title', view.title);
  // Attributes, not el.dataset: the first dataset access on each of a thousand chips builds a map object.
  if (view.state === null) el.removeAttribute('data-state');
  else if (el.getAttribute('data-state') !== view.state) el.setAttribute('data-state', view.state);
}
