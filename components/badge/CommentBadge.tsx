import type { Signal } from '@preact/signals';
import type { Settings } from '../../lib/models/settings';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { t } from '../../lib/i18n';
import { formatDuration } from '../../lib/time/format-duration';
import { MINUTE } from '../../lib/time/units';
import { commentStatus } from '../../lib/time/waiting';
import { statusOptionsFor } from '../../lib/time/target-options';
import { STATE_LABEL, waitingText } from '../shared/format';
import { BadgeActionsRow, type BadgeActions } from './BadgeActions';
import { NetiquetteFlags } from './NetiquetteFlags';
import type { SuggestionSource } from '../../lib/overlay/suggestion-source';
import { Suggestions } from './Suggestions';

export interface CommentBadgeProps {
  model: BadgeModel;
  now: Signal<number>;
  mountedAt: number;
  settings: Signal<Settings>;
  locale: string;
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

/** How long the comment has waited, against the team's target; null on the company's own comments. */
export function StatusChip({ model, now, mountedAt, settings, locale }: CommentBadgeProps) {
  const observed = model.observed.value;
  const record = model.record.value;
  const at = Math.max(now.value, mountedAt);
  const s = settings.value;
  const timing = record ?? {
    postedAt: observed.postedAt,
    firstSeenAt: at,
    answeredAt: observed.answered ? (observed.answeredAt ?? at) : null,
    handledAt: null,
    byOwner: observed.byOwner,
  };
  const status = commentStatus(timing, at, statusOptionsFor(s, observed.site));
  const target = t('badgeTarget', formatDuration(s.targetMinutes * MINUTE, locale));
  const unknownTime = (record?.timeSource ?? observed.timeSource) === 'first-seen' ? ` · ${t('timeUnknown')}` : '';
  switch (status.kind) {
    case 'own':
      return null;
    case 'answered':
      // "answered after 1 day" would be wrong for a reply that came in 30 minutes: say how long only
      // when the posting time is known to the minute.
      return minutePrecise(record ?? { timeSource: observed.timeSource, postedAt: observed.postedAt, firstSeenAt: at })
        ? <span class="badge answered" title={target}>{t('badgeAnswered', formatDuration(status.afterMs, locale))}</span>
        : <span class="badge answered" title={t('answerTimeCoarse')}>{t('badgeAnsweredPlain')}</span>;
    case 'handled':
      return <span class="badge handled">{t('badgeHandled')}</span>;
    case 'backlog':
      return <span class="badge backlog" title={target}>{t('badgeBacklog', String(s.backlogDays))}</span>;
    case 'waiting':
      return (
        <span class={`badge ${status.state}`} title={`${STATE_LABEL[status.state]()} · ${target}${unknownTime}`} data-state={status.state}>
          {waitingText(status.waitedMs, locale)}
        </span>
      );
  }
}

/** The annotation under one comment: waiting time, claim and team notes. */
export function CommentBadge(props: CommentBadgeProps & { actions: BadgeActions; suggestions?: SuggestionSource }) {
  const chip = StatusChip(props);
  if (chip === null) return null;
  const record = props.model.record.value;
  const observed = props.model.observed.value;
  const waiting = !observed.answered && !(record?.answeredAt ?? null) && !(record?.handledAt ?? null);
  return (
    <div class="moderato">
      {chip}
      <BadgeActionsRow model={props.model} settings={props.settings} actions={props.actions} waiting={waiting} locale={props.locale} />
      <NetiquetteFlags model={props.model} settings={props.settings} actions={props.actions.netiquette} locale={props.locale} />
      {props.suggestions && <Suggestions model={props.model} source={props.suggestions} locale={props.locale} />}
    </div>
  );
}
