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
  // Read backwards through the live list of descendants: stepping back through it is native, where a walk of
  // our own crossed into the DOM several times per element.
  const all = article.getElementsByTagName('*');
  for (let i = all.length - 1; i >= 0; i--) {
    const el = all[i]!;
    if (el.getAttribute('role') === 'group' && el.matches(ACTION_BAR_CSS) && outsideInnerPosts(article, el)) return el;
  }
  return null;
}
