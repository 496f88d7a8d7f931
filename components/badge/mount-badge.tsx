import { render } from 'preact';
import type { Signal } from '@preact/signals';
import type { Settings } from '../../lib/models/settings';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { CommentBadge } from './CommentBadge';
import type { BadgeActions } from './BadgeActions';
import { createSuggestionSource } from '../../lib/overlay/suggestion-source';

/** Renders a badge into its shadow root; returns how to take it down again. */
export function badgeMounter(now: Signal<number>, settings: Signal<Settings>, locale: string, actions: BadgeActions) {
  // One source per page: its cache and request batching are shared by all badges.
  const suggestions = createSuggestionSource();
  return (root: ShadowRoot, model: BadgeModel): (() => void) => {
    // The shared clock ticks once a minute; a badge mounted between ticks must not run behind the
    // time its comment was read at.
    render(<CommentBadge model={model} now={now} mountedAt={Date.now()} settings={settings} locale={locale} actions={actions} suggestions={suggestions} />, root);
    return () => render(null, root);
  };
}
