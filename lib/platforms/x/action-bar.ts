import { combined } from '../selector-list';
import { outsideInnerPosts } from './post-parts';
import { X } from './selectors';

const ACTION_BAR_CSS = combined(X.actionBar);

/**
 * The post's own reply / repost / like row: the last of its own X.actionBar matches. X puts the row at the end
 * of the post, so it is looked for from the end backwards; listing every match of the whole post for its last one
 * was most of placing a badge. Every X.actionBar candidate is a div[role="group"]: the attribute is checked first,
 * the selector only for the few elements that carry it.
 */
export function actionBarOf(article: Element): Element | null {
  for (let el = deepestLast(article); el !== article; el = previousInOrder(el)) {
    if (el.getAttribute('role') === 'group' && el.matches(ACTION_BAR_CSS) && outsideInnerPosts(article, el)) return el;
  }
  return null;
}

function deepestLast(el: Element): Element {
  for (let child = el.lastElementChild; child; child = child.lastElementChild) el = child;
  return el;
}

/** The element before `el` in document order (its parent when it is the first child). */
function previousInOrder(el: Element): Element {
  const before = el.previousElementSibling;
  return before ? deepestLast(before) : el.parentElement!;
}
