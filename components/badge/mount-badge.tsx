import { render } from 'preact';
import { effect, type Signal } from '@preact/signals';
import type { Settings } from '../../lib/models/settings';
import type { ObservedComment, RecordState } from '../../lib/models/comment';
import type { BadgeModel } from '../../lib/overlay/annotator';
import { CommentBadge } from './CommentBadge';
import type { BadgeActions } from './BadgeActions';
import { createSuggestionSource, type CachingSuggestionSource } from '../../lib/overlay/suggestion-source';
import { chipView, paintChip, type ChipView } from './chip-view';
import { idleWork } from '../../lib/overlay/idle-work';

/** How far outside the viewport a badge gets its full view, so it is complete before it scrolls in. */
const NEAR_VIEWPORT = '1200px 0px';

/** A badge still shown as its plain chip. */
interface LightChip {
  model: BadgeModel;
  root: ShadowRoot;
  mountedAt: number;
  /** Made on the first paint, from a template already showing that view. */
  wrap: HTMLDivElement | null;
  /** What the chip's element shows (painted), and whether the wrap is hidden (the company's own comment). */
  painted: ChipView | null;
  hidden: boolean;
  upgrade: () => void;
}

/**
 * Renders badges into their shadow roots; returns how to take one down again.
 *
 * Every badge shows its waiting time at once, as plain DOM. The full view (claim, notes, flags,
 * suggestions) is a Preact tree costing several times more; it is rendered when the badge comes near
 * the viewport, when it has flags, a dispute, notes or a claim to show, or when its suggestions are
 * asked for. A post whose thousand comments load at once thus pays for the few the moderator sees.
 */
/** `suggestions`: one source per page, its cache and request batching shared by all badges (run-overlay drops its cache). */
export function badgeMounter(now: Signal<number>, settings: Signal<Settings>, locale: string, actions: BadgeActions, suggestions: CachingSuggestionSource = createSuggestionSource()) {
  const lights = new Map<Element, LightChip>();
  // A screenful of badges comes near the viewport at once: their full views are rendered a slice of idle time at a time.
  const due = new Set<Element>();
  const work = idleWork((budgetMs) => {
    const started = performance.now();
    for (const host of due) {
      due.delete(host);
      lights.get(host)?.upgrade();
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

  const shell = document.createElement('div');
  shell.className = 'moderato';
  shell.append(document.createElement('span'));
  const hiddenShell = shell.cloneNode(true) as HTMLDivElement;
  hiddenShell.hidden = true;
  // A thousand chips show a few dozen views (chipView hands out one object per view): each view is
  // painted once into a template, and a new chip is one native clone of it.
  const templates = new WeakMap<ChipView, HTMLDivElement>();
  const templateOf = (view: ChipView): HTMLDivElement => {
    let template = templates.get(view);
    if (!template) {
      template = shell.cloneNode(true) as HTMLDivElement;
      paintChip(template.firstChild as HTMLElement, view, null);
      templates.set(view, template);
    }
    return template;
  };

  // Reads no signal itself: its callers subscribe to what should repaint it.
  const paint = (c: LightChip, observed: ObservedComment, record: RecordState | null, at: number, s: Settings): void => {
    const view = chipView(observed, record, Math.max(at, c.mountedAt), s, locale);
    if (!c.wrap) {
      c.wrap = (view ? templateOf(view) : hiddenShell).cloneNode(true) as HTMLDivElement;
      c.painted = view;
      c.hidden = view === null;
      c.root.append(c.wrap);
      return;
    }
    if (c.hidden !== (view === null)) c.wrap.hidden = c.hidden = view === null;
    if (view && view !== c.painted) {
      paintChip(c.wrap.firstChild as HTMLElement, view, c.painted);
      c.painted = view;
    }
  };
  // The clock and the settings repaint every light chip in one pass, not one effect run per badge.
  effect(() => {
    const at = now.value;
    const s = settings.value;
    for (const c of lights.values()) paint(c, c.model.observed.peek(), c.model.record.peek(), at, s);
  });

  return (root: ShadowRoot, model: BadgeModel): (() => void) => {
    const host = root.host;
    let full = false;
    const light: LightChip = {
      model,
      root,
      // The shared clock ticks once a minute; a badge mounted between ticks must not run behind the
      // time its comment was read at.
      mountedAt: Date.now(),
      wrap: null,
      painted: null,
      hidden: false,
      upgrade: () => {
        if (full) return;
        full = true;
        near?.unobserve(host);
        lights.delete(host);
        due.delete(host);
        disposeLight();
        light.wrap?.remove();
        render(<CommentBadge model={model} now={now} mountedAt={light.mountedAt} settings={settings} locale={locale} actions={actions} suggestions={suggestions} />, root);
      },
    };
    // The badge's own signals: a new record or observation repaints it; more to show upgrades it.
    const disposeLight = effect(() => {
      const observed = model.observed.value;
      const record = model.record.value;
      // A badge with more to say than the time (flags, a dispute, notes, a claim) is shown in full at once.
      const wants = model.suggestionsOpen.value || model.flags.value !== null || model.dispute.value !== null
        || model.notes.value.length > 0 || (record?.claimedBy ?? null) !== null;
      if (full) return;
      if (wants) {
        // Outside the effect's own run: upgrading disposes it.
        queueMicrotask(light.upgrade);
        return;
      }
      paint(light, observed, record, now.peek(), settings.peek());
    });

    if (near) {
      lights.set(host, light);
      near.observe(host);
    } else {
      light.upgrade();
    }
    return () => {
      near?.unobserve(host);
      lights.delete(host);
      due.delete(host);
      disposeLight();
      if (full) render(null, root);
      else light.wrap?.remove();
    };
  };
}
