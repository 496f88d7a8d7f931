import type { Signal } from '@preact/signals';
import type { WaitState } from '../../lib/time/waiting';
import { STATE_LABEL } from '../shared/format';
import type { Settings } from '../../lib/models/settings';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { chipView } from './chip-view';
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

// The chip's colour is not seen by everyone: a mark that grows with the urgency keeps the badge compact,
// and the state in words is there for screen readers. Both sit beside the chip, not in it: the chip
// must read the same as the light chip it replaces (chip-view.ts paintChip), which has neither.
const STATE_MARK: Record<WaitState, string> = { 'on-time': '', 'due-soon': '!', overdue: '!!' };

// Inline, not a class: the badge's shadow-root sheet (badge.css.ts) has no visually-hidden rule.
const SCREEN_READER_ONLY = { position: 'absolute', width: '1px', height: '1px', margin: '-1px', overflow: 'hidden', clipPath: 'inset(50%)', whiteSpace: 'nowrap' } as const;

/** How long the comment has waited, against the team's target; null on the company's own comments. */
export function StatusChip({ model, now, mountedAt, settings, locale }: CommentBadgeProps) {
  const view = chipView(model.observed.value, model.record.value, Math.max(now.value, mountedAt), settings.value, locale);
  if (!view) return null;
  const state = view.state as WaitState | null;
  return (
    <>
      {state && STATE_MARK[state] && <span class="mark" aria-hidden="true" style={{ fontWeight: 700 }}>{STATE_MARK[state]}</span>}
      <span class={view.className} title={view.title ?? undefined} data-state={view.state ?? undefined}>{view.text}</span>
      {state && <span class="state" style={SCREEN_READER_ONLY}>{STATE_LABEL[state]()}</span>}
    </>
  );
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
