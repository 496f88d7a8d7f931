import { render } from 'preact';
import { effect, type Signal } from '@preact/signals';
import type { Settings } from '../../lib/models/settings';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { CommentBadge } from './CommentBadge';
import type { BadgeActions } from './BadgeActions';
import { createSuggestionSource } from '../../lib/overlay/suggestion-source';
import { chipView, paintChip } from './chip-view';
import { idleWork } from '../../lib/overlay/idle-work';

/** How far outside the viewport a badge gets its full view, so it is complete before it scrolls in. */
const NEAR_VIEWPORT = '1200px 0px';

/**
 * Renders badges into their shadow roots; returns how to take one down again.
 *
 * Every badge shows its waiting time at once, as plain DOM kept current by one signal effect. The full
 * view (claim, notes, flags, suggestions) is a Preact tree costing several times more; it is rendered
 * when the badge comes near the viewport, when it has flags, a dispute, notes or a claim to show, or
 * when its suggestions are asked for. A post whose thousand comments load at once thus pays for the few the moderator sees.
 */
export function badgeMounter(now: Signal<number>, settings: Signal<Settings>, locale: string, actions: BadgeActions) {
  // One source per page: its cache and request batching are shared by all badges.
  const suggestions = createSuggestionSource();
  const upgrades = new WeakMap<Element, () => void>();
  // A screenful of badges comes near the viewport at once: their full views are rendered a slice of idle time at a time.
  const due = new Set<Element>();
  const work = idleWork((budgetMs) => {
    const started = performance.now();
    for (const host of due) {
      due.delete(host);
      upgrades.get(host)?.();
      if (performance.now() - started > budgetMs) break;
    }
    if (due.size) work.request();
  }, { maxSliceMs: 4 });
  const near = typeof IntersectionObserver === 'function'
    ? new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) due.add(entry.target);
        else due.delete(entry.target);
      }
      if (due.size) work.request();
    }, { rootMargin: NEAR_VIEWPORT })
    : null;

  const lightShell = document.createElement('div');
  lightShell.className = 'moderato';
  lightShell.append(document.createElement('span'));

  return (root: ShadowRoot, model: BadgeModel): (() => void) => {
    // The shared clock ticks once a minute; a badge mounted between ticks must not run behind the
    // time its comment was read at.
    const mountedAt = Date.now();
    const host = root.host;
    // One native clone instead of two elements built and joined by hand, a thousand times over.
    const wrap = lightShell.cloneNode(true) as HTMLDivElement;
    const chip = wrap.firstChild as HTMLSpanElement;
    root.append(wrap);
    let full = false;

    const upgrade = (): void => {
      if (full) return;
      full = true;
      near?.unobserve(host);
      upgrades.delete(host);
      due.delete(host);
      disposeLight();
      wrap.remove();
      render(<CommentBadge model={model} now={now} mountedAt={mountedAt} settings={settings} locale={locale} actions={actions} suggestions={suggestions} />, root);
    };
    const disposeLight = effect(() => {
      const view = chipView(model.observed.value, model.record.value, Math.max(now.value, mountedAt), settings.value, locale);
      // A badge with more to say than the time (flags, a dispute, notes, a claim) is shown in full at once.
      const wants = model.suggestionsOpen.value || model.flags.value !== null || model.dispute.value !== null
        || model.notes.value.length > 0 || (model.record.value?.claimedBy ?? null) !== null;
      if (full) return;
      if (wants) {
        // Outside the effect's own run: upgrading disposes it.
        queueMicrotask(upgrade);
        return;
      }
      wrap.hidden = view === null;
      if (view) paintChip(chip, view);
    });

    if (near) {
      upgrades.set(host, upgrade);
      near.observe(host);
    } else {
      upgrade();
    }
    return () => {
      near?.unobserve(host);
      upgrades.delete(host);
      due.delete(host);
      disposeLight();
      if (full) render(null, root);
      else wrap.remove();
    };
  };
}
