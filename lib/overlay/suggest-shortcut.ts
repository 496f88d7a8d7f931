import { signal, type Signal } from '@preact/signals';
import type { ReplyComposer } from '../platforms/composer-insert';
import type { Annotator, BadgeModel } from './annotator';

const presses = new WeakMap<BadgeModel, Signal<number>>();

/**
 * How often the shortcut asked for this badge's suggestions. A press while they are open changes
 * nothing in `suggestionsOpen`, so the chips' focus follows this count instead.
 */
export function shortcutPresses(model: BadgeModel): Signal<number> {
  let count = presses.get(model);
  if (!count) presses.set(model, (count = signal(0)));
  return count;
}

/** Alt+Shift+R, by key position so that layouts where Alt changes the letter (macOS) still work. */
export const isSuggestShortcut = (e: KeyboardEvent): boolean =>
  e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyR' || e.key.toLowerCase() === 'r');

/**
 * The keydown listener that opens the suggestions of the comment in focus: the comment containing
 * the focused element, the badge in focus, or the comment whose reply box has the focus.
 */
export function suggestShortcut(annotator: Annotator, composer: ReplyComposer, doc: Document): (e: KeyboardEvent) => void {
  return (e) => {
    if (!annotator.active || !isSuggestShortcut(e)) return;
    const active = doc.activeElement;
    let model = annotator.modelFor(active);
    if (!model && active) model = annotator.modelFor(composer.commentForFocus(active, (el) => annotator.hasItem(el)));
    // The company's own comments show no badge, so nothing would open: the key stays the site's (and the
    // keyboard's: Option+Shift+R types a character on a Mac).
    if (!model || (model.record.peek()?.byOwner ?? model.observed.peek().byOwner)) return;
    e.preventDefault();
    e.stopPropagation();
    model.suggestionsOpen.value = true;
    shortcutPresses(model).value++;
  };
}
