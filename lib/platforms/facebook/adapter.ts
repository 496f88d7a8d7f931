import { combined, queryAllFirst } from '../selector-list';
import type { PlatformAdapter } from '../types';
import { extractFacebookItem } from './extract';
import { facebookOwnPage } from './page-match';
import { FB } from './selectors';

const itemCss = combined(FB.item);

function isComment(el: Element): boolean {
  return !el.closest(FB.foreignRegion);
}

export const facebook: PlatformAdapter = {
  site: 'facebook',
  ownPageFor: facebookOwnPage,
  scanRoot(doc) {
    const dialog = queryAllFirst(doc, FB.permalinkDialog).elements.find((d) => d.querySelector(itemCss));
    return dialog ?? doc;
  },
  findItems(root) {
    const found = queryAllFirst(root, FB.item).elements;
    // nodeType, not instanceof: nodes from another window (happy-dom, frames) are Elements too.
    if ((root as Node).nodeType === 1 && (root as Element).matches(itemCss)) found.unshift(root as Element);
    return found.filter(isComment);
  },
  extract: extractFacebookItem,
  badgeAnchor(item) {
    // After the action row (Like · Reply · 3m), which belongs to this item and not to a nested reply.
    // The first list is almost always the item's own: only when it belongs to a nested reply are the others searched.
    const first = item.querySelector('ul');
    const row = first === null || first.closest('[role="article"]') === item
      ? first
      : Array.from(item.querySelectorAll('ul')).find((ul) => ul.closest('[role="article"]') === item);
    return { after: row ?? item.lastElementChild ?? item };
  },
  looksLikeComments(root) {
    // Comment permalinks outlive most redesigns: if they are there but no item matched, the layout changed.
    return root.querySelector('a[href*="comment_id="], [data-commentid]') !== null;
  },
};
