import { combined } from '../selector-list';
import { handleKey, isXHost, statusFromPath } from './ids';
import { authorOf, ownPermalink, replyingToOf } from './post-parts';
import { X } from './selectors';

/**
 * Where a post sits in what the page shows: the focused post of a status page, the chain above it, the reply
 * branches below it, the unrelated "Discover more" posts after them, or a plain timeline (profile, mentions,
 * search).
 *
 * X's conversation view renders each reply branch as consecutive timeline rows, each post answering the one
 * above it; a row without a post (a divider, "Show replies", the inline reply box) ends a branch, and a row with
 * a heading ends the conversation. The timeline is virtualised: rows far from the viewport are removed and
 * re-added. A post read without the rows above it cannot be placed from the page alone, so placements that the
 * page did determine are remembered by post id (ConversationMemory) and used when the same post comes back
 * without its context: the same post read twice gives the same answer.
 */

export interface PostRef {
  id: string;
  /** Lower-case handle of the author; '' when unknown (an /i/web/status/ address). */
  handle: string;
}

export type Region = 'ancestor' | 'focus' | 'reply' | 'after' | 'timeline';

export interface Placement {
  region: Region;
  /** The post this one answers, as far as the page tells; null for a first post, or when unknown. */
  parent: PostRef | null;
  /** The reply chain above this post, nearest first (the parent first). */
  ancestors: PostRef[];
  /** Posts whose answered state is resolved together: the focused post's id, or the top of a timeline chain. */
  conversation: string;
}

interface Remembered extends Placement {
  handle: string;
}

const MAX_CHAIN = 50;

/** Placements the page determined, by post id and scope (the focused post, or the timeline), newest kept. */
export class ConversationMemory {
  private readonly known = new Map<string, Remembered>();
  /** The focused post of each timeline list seen, for when its row has been scrolled away. */
  private readonly focusOfList = new WeakMap<Element, PostRef>();

  focusOf(list: Element): PostRef | undefined {
    return this.focusOfList.get(list);
  }

  setFocus(list: Element, focus: PostRef): void {
    this.focusOfList.set(list, focus);
  }

  constructor(private readonly limit = 5000) {}

  get(scope: string, id: string): Remembered | undefined {
    return this.known.get(`${scope}|${id}`);
  }

  set(scope: string, ref: PostRef, placement: Placement): void {
    const key = `${scope}|${ref.id}`;
    this.known.delete(key);
    this.known.set(key, { ...placement, ancestors: placement.ancestors.slice(0, MAX_CHAIN), handle: ref.handle });
    if (this.known.size > this.limit) this.known.delete(this.known.keys().next().value!);
  }

  get size(): number {
    return this.known.size;
  }
}

const itemCss = combined(X.item);
const cellCss = combined(X.cell);
const focusedCss = X.item.map((c) => `${c.css}${X.focused.replace(/^article/, '')}`).join(', ');

export function refOf(article: Element): PostRef | null {
  const permalink = ownPermalink(article);
  if (!permalink) return null;
  const author = authorOf(article, permalink);
  return { id: permalink.id, handle: handleKey(author?.handle ?? permalink.handle) };
}

function articleIn(cell: Element): Element | null {
  if (cell.matches(itemCss)) return cell;
  return cell.querySelector(itemCss);
}

function isHeadingRow(cell: Element): boolean {
  return !articleIn(cell) && cell.querySelector(X.heading) !== null;
}

function translateY(cell: Element): number | null {
  const m = /translateY\((-?\d+(?:\.\d+)?)px\)/.exec(cell.getAttribute('style') ?? '');
  return m ? Number(m[1]) : null;
}

/** The row is the first of the whole list, not merely the first one still rendered. */
function isListStart(cell: Element): boolean {
  return !cell.previousElementSibling && (translateY(cell) ?? 0) <= 0;
}

function statusOfAddress(doc: Document | null): PostRef | null {
  try {
    const url = new URL(doc?.location?.href ?? '');
    const status = isXHost(url.hostname) ? statusFromPath(url.pathname) : null;
    return status ? { id: status.id, handle: status.handle ? handleKey(status.handle) : '' } : null;
  } catch {
    return null;
  }
}

/**
 * The status page's focused post: the article X focuses (tabindex=-1), else the post in the address (and its
 * article, when rendered), else the one this list showed before. Once scrolled far down the focused article
 * is gone; the address, and the memory of the list, still name it.
 */
function focusOf(list: Element | null, article: Element, memory: ConversationMemory): { ref: PostRef | null; el: Element | null } {
  const container = list ?? article.closest('section, [data-testid="primaryColumn"], main');
  const el = container ? container.querySelector(focusedCss) : article.matches(focusedCss) ? article : null;
  const ref = el ? refOf(el) : null;
  if (el && ref) {
    if (list) memory.setFocus(list, ref);
    return { ref, el };
  }
  const address = statusOfAddress(article.ownerDocument);
  if (address) {
    for (const candidate of container ? Array.from(container.querySelectorAll(itemCss)) : [article]) {
      const found = refOf(candidate);
      if (found?.id === address.id) return { ref: found, el: candidate };
    }
    return { ref: address, el: null };
  }
  const remembered = list ? memory.focusOf(list) : undefined;
  return { ref: remembered ?? null, el: null };
}

const before = (a: Element, b: Element) => (a.compareDocumentPosition(b) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING

interface Step {
  ref: PostRef;
  placement: Placement;
  /** Determined by the page (or by a remembered placement), not guessed. */
  certain: boolean;
}

/** Placement of the post in `article`, whose own reference is `self`. */
export function placementOf(article: Element, self: PostRef, memory: ConversationMemory): Placement {
  const cell = article.closest(cellCss);
  const list = cell?.parentElement ?? null;
  const focus = focusOf(list, article, memory);
  if (!focus.ref) return timelinePlacement(article, self, cell, memory);
  const scope = `status:${focus.ref.id}`;
  const step = cell && list ? scanConversation(list, cell, focus.ref, focus.el, scope, memory) : loosePlacement(article, self, focus.ref, focus.el, scope, memory);
  if (!step) return { region: 'reply', parent: focus.ref, ancestors: [focus.ref], conversation: focus.ref.id };
  if (step.certain) {
    memory.set(scope, self, step.placement);
    return step.placement;
  }
  return memory.get(scope, self.id) ?? step.placement;
}

/**
 * Walks the rendered rows from the top down to `target`, placing every post on the way: a row's place
 * follows from the one above it. Where the rendered rows do not start at the top of the list, the first post
 * takes its remembered place, else a guess (a reply to the focused post) that is not remembered.
 */
function scanConversation(list: Element, target: Element, focus: PostRef, focusEl: Element | null, scope: string, memory: ConversationMemory): Step | null {
  const first = list.firstElementChild;
  let certain = first ? isListStart(first) : false;
  let after = false;
  let previous: Step | null = null;
  let boundary = false;
  let focusAncestors: PostRef[] | null = null;

  const branchHead = (): Placement => ({
    region: 'reply',
    parent: focus,
    ancestors: [focus, ...(focusAncestors ?? memory.get(scope, focus.id)?.ancestors ?? [])].slice(0, MAX_CHAIN),
    conversation: focus.id,
  });

  for (let row = first; row; row = row.nextElementSibling) {
    if (isHeadingRow(row)) {
      after = true;
      certain = true;
      previous = null;
      boundary = true;
    }
    const art = articleIn(row);
    const ref = art ? refOf(art) : null;
    if (!art || !ref) {
      boundary = true;
      if (row === target) return null;
      continue;
    }
    let placement: Placement;
    let sure = certain;
    if (ref.id === focus.id) {
      const parent = !boundary && previous ? previous.ref : null;
      placement = { region: 'focus', parent, ancestors: parent ? [parent, ...previous!.placement.ancestors] : [], conversation: focus.id };
      // The post above is known when one is rendered right above, or a row without a post is.
      sure = certain || boundary || previous !== null;
    } else if (focusEl && before(art, focusEl)) {
      const parent = !boundary && previous ? previous.ref : null;
      placement = { region: 'ancestor', parent, ancestors: parent ? [parent, ...previous!.placement.ancestors] : [], conversation: focus.id };
    } else if (after) {
      placement = { region: 'after', parent: null, ancestors: [], conversation: ref.id };
    } else if (!previous || boundary || previous.placement.region === 'focus' || previous.placement.region === 'ancestor') {
      placement = branchHead();
    } else {
      placement = { region: 'reply', parent: previous.ref, ancestors: [previous.ref, ...previous.placement.ancestors].slice(0, MAX_CHAIN), conversation: focus.id };
    }
    if (!sure) {
      const remembered = memory.get(scope, ref.id);
      if (remembered) {
        placement = remembered;
        sure = true;
        certain = true;
        after = remembered.region === 'after';
      }
    }
    if (placement.region === 'focus') {
      // Everything below the focused post is placed relative to it.
      focusAncestors = placement.ancestors;
      certain = true;
      after = false;
    }
    const step: Step = { ref, placement, certain: sure };
    if (row === target || row.contains(target)) return step;
    previous = step;
    boundary = false;
  }
  return null;
}

/** Without timeline rows: only the focused post and document order are known. */
function loosePlacement(article: Element, self: PostRef, focus: PostRef, focusEl: Element | null, scope: string, memory: ConversationMemory): Step {
  if (self.id === focus.id) return { ref: self, placement: { region: 'focus', parent: null, ancestors: [], conversation: focus.id }, certain: false };
  if (focusEl && before(article, focusEl)) return { ref: self, placement: { region: 'ancestor', parent: null, ancestors: [], conversation: focus.id }, certain: false };
  const ancestors = [focus, ...(memory.get(scope, focus.id)?.ancestors ?? [])];
  return { ref: self, placement: { region: 'reply', parent: focus, ancestors, conversation: focus.id }, certain: false };
}

/**
 * Profile, replies tab, mentions, search: each row is its own post, except where X shows a reply under the post
 * it answers. That is only trusted when the post says "Replying to @x" and the post right above is by @x.
 */
function timelinePlacement(article: Element, self: PostRef, cell: Element | null, memory: ConversationMemory, depth = 0): Placement {
  const scope = 'timeline';
  const alone: Placement = { region: 'timeline', parent: null, ancestors: [], conversation: self.id };
  if (!cell) return memory.get(scope, self.id) ?? alone;
  const prev = cell.previousElementSibling;
  if (!prev) {
    if (isListStart(cell)) {
      memory.set(scope, self, alone);
      return alone;
    }
    return memory.get(scope, self.id) ?? alone;
  }
  let placement = alone;
  const prevArticle = articleIn(prev);
  const prevRef = prevArticle ? refOf(prevArticle) : null;
  if (prevArticle && prevRef && depth < MAX_CHAIN) {
    const replyingTo = replyingToOf(article);
    if (prevRef.handle && replyingTo.has(prevRef.handle)) {
      const above = timelinePlacement(prevArticle, prevRef, prev, memory, depth + 1);
      placement = {
        region: 'timeline',
        parent: prevRef,
        ancestors: [prevRef, ...above.ancestors].slice(0, MAX_CHAIN),
        conversation: above.conversation,
      };
    }
  }
  memory.set(scope, self, placement);
  return placement;
}
