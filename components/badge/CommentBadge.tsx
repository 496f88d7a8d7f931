import type { Signal } from '@preact/signals';
import type { Settings } from '../../lib/models/settings';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { t } from '../../lib/i18n';
import { formatDuration } from '../../lib/time/format-duration';
import { MINUTE } from '../../lib/time/units';
import { commentStatus } from '../../lib/time/waiting';
import { STATE_LABEL, waitingText } from '../shared/format';

export interface CommentBadgeProps {
  model: BadgeModel;
  now: Signal<number>;
  mountedAt: number;
  settings: Signal<Settings>;
  locale: string;
}

/** The annotation under one comment: how long it has waited, against the team's target. */
export function CommentBadge({ model, now, mountedAt, settings, locale }: CommentBadgeProps) {
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
  const status = commentStatus(timing, at, s);
  const target = t('badgeTarget', formatDuration(s.targetMinutes * MINUTE, locale));
  const unknownTime = (record?.timeSource ?? observed.timeSource) === 'first-seen' ? ` · ${t('timeUnknown')}` : '';
  switch (status.kind) {
    case 'own':
      return null;
    case 'answered':
      return <span class="badge answered" title={target}>{t('badgeAnswered', formatDuration(status.afterMs, locale))}</span>;
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
