import { commentOfBox, waitFor, type ReplyComposer } from '../composer-insert';
import { combined, queryAllFirst } from '../selector-list';
import { X } from './selectors';

const OPEN_WAIT_MS = 3000;

const boxSelector = () => combined(X.composer);

/**
 * The reply boxes, by the first selector that finds any: X wraps its Draft.js editor (tweetTextarea_0) in
 * a container whose test id starts the same way (tweetTextarea_0RichTextInputContainer), so one combined
 * query returns the wrapper first, and a paste into it never reaches the editor. A box found only by a
 * fallback is the editable element inside it, where there is one.
 */
function boxes(doc: Document): HTMLElement[] {
  return queryAllFirst(doc, X.composer).elements.map((el) =>
    el.matches('[contenteditable="true"]') ? el : el.querySelector('[contenteditable="true"]') ?? el,
  ) as HTMLElement[];
}

/** The inline reply box of a status page: it answers the focused post. */
function inlineBox(doc: Document): HTMLElement | null {
  return boxes(doc).find((b) => !b.closest(X.dialog)) ?? null;
}

function dialogBox(doc: Document): HTMLElement | null {
  return boxes(doc).find((b) => b.closest(X.dialog)) ?? null;
}

/** The post's own reply button (a quoted post inside it has none of its own that counts). */
function replyButton(item: Element): HTMLElement | null {
  return Array.from(item.querySelectorAll<HTMLElement>(combined(X.replyButton))).find((b) => b.closest('article') === item) ?? null;
}

export const xComposer: ReplyComposer = {
  beforeInputFallback: false,
  async replyBoxFor(item) {
    const doc = item.ownerDocument;
    if (item.matches(X.focused)) {
      const inline = inlineBox(doc);
      if (inline) return inline;
    }
    // Any other post is answered in X's reply dialog, opened by the post's reply button.
    const button = replyButton(item);
    if (!button) return null;
    button.click();
    return (await waitFor(doc.body, () => dialogBox(doc) !== null, OPEN_WAIT_MS)) ? dialogBox(doc) : null;
  },
  commentForFocus(active, isItem) {
    const used = commentOfBox(active);
    if (used) return used;
    const box = active.closest(boxSelector());
    if (!box || box.closest(X.dialog)) return null;
    const focused = active.ownerDocument.querySelector(X.focused);
    return focused && isItem(focused) ? focused : null;
  },
};
