import type { Settings } from '../../lib/models/settings';
import type { ObservedComment, RecordState } from '../../lib/models/comment';
import { t, tCount } from '../../lib/i18n';
import { formatDuration } from '../../lib/time/format-duration';
import { MINUTE } from '../../lib/time/units';
import { commentStatus, type StatusOptions, type WaitState } from '../../lib/time/waiting';
import { statusOptionsFor } from '../../lib/time/target-options';
import { targetMinutesFor } from '../../lib/time/site-target';
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

/**
 * A thousand chips show a few dozen distinct views: each is made once per settings value, site, language
 * and set of interface texts, and handed out as the same object, so a painter can tell "unchanged" by
 * identity. A content script serves one site, so the site hardly ever changes between calls.
 * The texts' marker is one interface message: it changes when the message templates arrive (see i18n).
 */
interface Views {
  settings: Settings;
  site: ObservedComment['site'];
  locale: string;
  marker: string;
  target: string;
  options: StatusOptions;
  /** By whole minutes times VIEW_KINDS plus the kind (see viewKey). */
  timed: Map<number, ChipView>;
  answeredPlain: ChipView;
  handled: ChipView;
  backlog: ChipView;
}

/** Waiting in each state, with and without the unknown-time note (+1), and answered after a known time. */
const STATE_KIND: Record<WaitState, number> = { 'on-time': 0, 'due-soon': 2, overdue: 4 };
const VIEW_KINDS = 8;
const ANSWERED_KIND = 6;
const MEMO_LIMIT = 5000;

let views: Views | null = null;

function viewsFor(s: Settings, site: ObservedComment['site'], locale: string): Views {
  const marker = t('badgeWaiting');
  if (views?.settings === s && views.site === site && views.locale === locale && views.marker === marker) return views;
  const target = t('badgeTarget', formatDuration(targetMinutesFor(s, site) * MINUTE, locale));
  views = {
    settings: s,
    site,
    locale,
    marker,
    target,
    options: statusOptionsFor(s, site),
    timed: new Map(),
    answeredPlain: { className: 'badge answered', text: t('badgeAnsweredPlain'), title: t('answerTimeCoarse'), state: null },
    handled: { className: 'badge handled', text: t('badgeHandled'), title: null, state: null },
    backlog: { className: 'badge backlog', text: tCount('badgeBacklog', s.backlogDays, [String(s.backlogDays)]), title: target, state: null },
  };
  return views;
}

const viewKey = (ms: number, kind: number): number => Math.max(0, Math.floor(ms / MINUTE)) * VIEW_KINDS + kind;

function remember(v: Views, key: number, view: ChipView): ChipView {
  if (v.timed.size >= MEMO_LIMIT) v.timed.clear();
  v.timed.set(key, view);
  return view;
}

/**
 * How long the comment has waited, against the team's target; null on the company's own comments.
 * Equal inputs give the very same object (see Views); it must not be changed.
 */
export function chipView(observed: ObservedComment, record: RecordState | null, at: number, s: Settings, locale: string): ChipView | null {
  const timing = record ?? {
    postedAt: observed.postedAt,
    firstSeenAt: at,
    answeredAt: observed.answered ? (observed.answeredAt ?? at) : null,
    handledAt: null,
    byOwner: observed.byOwner,
  };
  const v = viewsFor(s, observed.site, locale);
  const status = commentStatus(timing, at, v.options);
  switch (status.kind) {
    case 'own':
      return null;
    case 'answered': {
      // "answered after 1 day" would be wrong for a reply that came in 30 minutes: say how long only
      // when the posting time is known to the minute.
      if (!minutePrecise(record ?? { timeSource: observed.timeSource, postedAt: observed.postedAt, firstSeenAt: at })) return v.answeredPlain;
      const key = viewKey(status.afterMs, ANSWERED_KIND);
      return v.timed.get(key)
        ?? remember(v, key, { className: 'badge answered', text: t('badgeAnswered', formatDuration(status.afterMs, locale)), title: v.target, state: null });
    }
    case 'handled':
      return v.handled;
    case 'backlog':
      return v.backlog;
    case 'waiting': {
      const unknown = (record?.timeSource ?? observed.timeSource) === 'first-seen';
      const key = viewKey(status.waitedMs, STATE_KIND[status.state] + (unknown ? 1 : 0));
      return v.timed.get(key) ?? remember(v, key, {
        className: `badge ${status.state}`,
        text: waitingText(status.waitedMs, locale),
        title: `${STATE_LABEL[status.state]()} · ${v.target}${unknown ? ` · ${t('timeUnknown')}` : ''}`,
        state: status.state,
      });
    }
  }
}

/**
 * The chip as plain DOM, for badges whose full view is not mounted yet. `shown` is what the element
 * shows now (null: nothing yet): comparing with it costs nothing, reading the element back costs a DOM call each.
 */
export function paintChip(el: HTMLElement, view: ChipView, shown: ChipView | null): void {
  if (view === shown) return;
  if (shown?.className !== view.className) el.className = view.className;
  if (shown?.text !== view.text) {
    const text = el.firstChild;
    // A text node's data is set in place; textContent would replace the node.
    if (text?.nodeType === 3 && text === el.lastChild) (text as Text).data = view.text;
    else el.textContent = view.text;
  }
  if (shown?.title !== view.title) {
    if (view.title === null) el.removeAttribute('title');
    else el.setAttribute('title', view.title);
  }
  // Attributes, not el.dataset: the first dataset access on each of a thousand chips builds a map object.
  if (shown?.state !== view.state) {
    if (view.state === null) el.removeAttribute('data-state');
    else el.setAttribute('data-state', view.state);
  }
}
