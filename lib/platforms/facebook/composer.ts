import { commentOfBox, waitFor, type ReplyComposer } from '../composer-insert';
import { combined } from '../selector-list';
import { hasPrefix } from './extract';
import { FB, FB_WORDS } from './selectors';

const OPEN_WAIT_MS = 3000;
const itemCss = combined(FB.item);

/** The comment's own subtree: its data-commentid wrapper (replies and reply box sit in it), else its parent. */
const threadOf = (item: Element): Element => item.closest('[data-commentid]') ?? item.parentElement ?? item;

/**
 * Without a wrapper the comments are siblings: a box after a later comment is that comment's, and text
 * meant for this one would go to the wrong person. Replies between them do not count: a thread's box
 * comes after its replies, nested or beside it.
 */
function anotherCommentBetween(item: Element, box: Element, thread: Element): boolean {
  for (const other of Array.from(thread.querySelectorAll(itemCss))) {
    if (item.contains(other) || hasPrefix(other, FB_WORDS.replyPrefixes)) continue;
    if ((item.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING) && (box.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_PRECEDING)) return true;
  }
  return false;
}

/** The post's own "Write a comment…" box, told by the start of its placeholder or label (FB_WORDS.postComposer). */
function isPostComposer(box: Element): boolean {
  const words: readonly string[] = FB_WORDS.postComposer;
  return ['aria-placeholder', 'aria-label'].some((attr) => {
    const value = box.getAttribute(attr)?.trim();
    return value !== undefined && words.some((w) => value.startsWith(w));
  });
}

/**
 * The reply box that belongs to this comment: a Lexical editor in the comment's wrapper that is not a
 * nested reply's (its nearest wrapper is this one) and comes after the comment; without wrappers, one
 * with no other comment before it that is not the post's own "Write a comment…" box (it follows the
 * last comment there). With wrappers that box sits outside every comment wrapper and is never reached.
 */
function existingBox(item: Element): HTMLElement | null {
  const thread = threadOf(item);
  for (const candidate of FB.replyBox) {
    for (const box of Array.from(thread.querySelectorAll<HTMLElement>(candidate.css))) {
      const ownWrapper = box.closest('[data-commentid]');
      if (thread.hasAttribute('data-commentid') && ownWrapper !== thread) continue;
      if (!thread.hasAttribute('data-commentid')) {
        if (isPostComposer(box)) continue;
        if (!(item.compareDocumentPosition(box) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
        if (anotherCommentBetween(item, box, thread)) continue;
      }
      const inArticle = box.closest('[role="article"]');
      if (inArticle && inArticle !== item) continue;
      return box;
    }
  }
  return null;
}

/** "Reply" / "Antworten" in the comment's own action row (not a nested reply's). */
function replyButton(item: Element): HTMLElement | null {
  const words: readonly string[] = FB_WORDS.replyButton;
  for (const b of Array.from(item.querySelectorAll<HTMLElement>(FB.actionButton))) {
    if (b.closest('[role="article"]') === item && words.includes((b.textContent ?? '').trim())) return b;
  }
  return null;
}

export const facebookComposer: ReplyComposer = {
  beforeInputFallback: true,
  async replyBoxFor(item) {
    const open = existingBox(item);
    if (open) return open;
    const button = replyButton(item);
    if (!button) return null;
    button.click();
    const thread = threadOf(item);
    const root = thread.parentElement ?? thread;
    return (await waitFor(root, () => existingBox(item) !== null, OPEN_WAIT_MS)) ? existingBox(item) : null;
  },
  commentForFocus(active, isItem) {
    const used = commentOfBox(active);
    if (used) return used;
    // A reply box Facebook opened sits in the comment's wrapper, beside the comment: its article is the wrapper's own.
    const box = active.closest(FB.replyBox.map((c) => c.css).join(', '));
    const wrapper = box?.closest('[data-commentid]');
    if (!wrapper) return null;
    const article = Array.from(wrapper.querySelectorAll('[role="article"]')).find((a) => a.closest('[data-commentid]') === wrapper);
    return article && isItem(article) ? article : null;
  },
};
