import { combined, queryAllFirst } from '../selector-list';
import type { PlatformAdapter } from '../types';
import { ConversationMemory } from './conversation';
import { extractXItem } from './extract';
import { xOwnPage } from './page-match';
import { ownAll, ownFirst } from './post-parts';
import { X } from './selectors';

const itemCss = combined(X.item);
const ACTION_BAR_CSS = combined(X.actionBar);

export interface XAdapter extends PlatformAdapter {
  /** Where posts were placed in their conversations; survives the virtualised timeline's re-rendering. */
  readonly memory: ConversationMemory;
}

/** One adapter per page: its memory of conversation places belongs to that page's timeline. */
export function createXAdapter(memory = new ConversationMemory()): XAdapter {
  return {
    site: 'x',
    memory,
    ownPageFor: xOwnPage,
    scanRoot(doc) {
      return queryAllFirst(doc, X.scanRoot).elements[0] ?? doc;
    },
    findItems(root) {
      const found = queryAllFirst(root, X.item).elements;
      if ((root as Node).nodeType === 1 && (root as Element).matches(itemCss)) found.unshift(root as Element);
      // An article inside another is not a post of this timeline (X renders quotes as div[role=link]).
      return found.filter((el) => !el.closest(X.foreignRegion) && !el.parentElement?.closest('article'));
    },
    extract: (item, ctx) => extractXItem(item, ctx, memory),
    badgeAnchor(item) {
      const bar = ownAll(item, ACTION_BAR_CSS).pop();
      return { after: bar ?? ownFirst(item, X.text) ?? item.lastElementChild ?? item };
    },
    release: () => memory.release(),
    looksLikeComments(root) {
      return root.querySelector('article a[href*="/status/"] time, [data-testid="cellInnerDiv"] a[href*="/status/"] time') !== null;
    },
  };
}

export const x: XAdapter = createXAdapter();
