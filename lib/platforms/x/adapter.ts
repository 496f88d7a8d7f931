import { combined } from '../selector-list';
import { actionBarOf } from './action-bar';
import type { PlatformAdapter } from '../types';
import { ConversationMemory, statusOfAddress } from './conversation';
import { extractXItem } from './extract';
import { xLayer, xOwnPage } from './page-match';
import { ownFirst } from './post-parts';
import { X } from './selectors';

const itemCss = combined(X.item);

export interface XAdapter extends PlatformAdapter {
  /** Where posts were placed in their conversations; survives the virtualised timeline's re-rendering. */
  readonly memory: ConversationMemory;
}

const foreignOrArticleCss = `${X.foreignRegion}, article`;

/**
 * Not in a foreign region, and not inside another article (X renders quotes as div[role=link]: an article inside
 * another is not a post of this timeline). One walk up answers both for the usual post, which has neither.
 */
function isTimelinePost(el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null || parent.closest(foreignOrArticleCss) === null) return !el.matches(X.foreignRegion);
  return !el.closest(X.foreignRegion) && !parent.closest('article');
}

/** One adapter per page: its memory of conversation places belongs to that page's timeline. */
export function createXAdapter(memory = new ConversationMemory()): XAdapter {
  return {
    site: 'x',
    memory,
    ownPageFor: xOwnPage,
    isLayer: xLayer,
    scanRoot(doc) {
      // The first match of the first candidate that matches: no need to list the whole page's matches.
      for (const c of X.scanRoot) {
        const hit = doc.querySelector(c.css);
        if (hit) return hit;
      }
      return doc;
    },
    findItems(root) {
      const found: Element[] = [];
      if ((root as Node).nodeType === 1 && (root as Element).matches(itemCss) && isTimelinePost(root as Element)) found.push(root as Element);
      for (const c of X.item) {
        const matches = root.querySelectorAll(c.css);
        if (!matches.length) continue;
        for (let i = 0; i < matches.length; i++) if (isTimelinePost(matches[i]!)) found.push(matches[i]!);
        break;
      }
      return found;
    },
    extract: (item, ctx) => extractXItem(item, ctx, memory),
    badgeAnchor(item) {
      return { after: actionBarOf(item) ?? ownFirst(item, X.text) ?? item.lastElementChild ?? item };
    },
    release: () => memory.release(),
    // X shows a post it has cached at once and inserts the conversation above it when that has loaded.
    contextArrivesLate: (doc) => statusOfAddress(doc) !== null,
    looksLikeComments(root) {
      return root.querySelector('article a[href*="/status/"] time, [data-testid="cellInnerDiv"] a[href*="/status/"] time') !== null;
    },
  };
}

export const x: XAdapter = createXAdapter();
