import type { ReplyComposer } from '../platforms/composer-insert';
import type { Annotator } from './annotator';

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
    // Closed then opened, so a second press moves the focus to the chips again.
    model.suggestionsOpen.value = false;
    model.suggestionsOpen.value = true;
  };
}
