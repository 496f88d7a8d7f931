import { handleKey, isXHost, statusFromPath } from './ids';
import { authorOf, ownPermalink, replyingToOf, type Author, type Permalink } from './post-parts';
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
 *
 * All rows of a list are placed in one pass, and that table is kept until the list's rows change: reading the
 * thirty posts of a batch costs one pass, not thirty.
 */

export interface PostRef {
  id: string;
  /** Lower-case handle of the author; '' when unknown (an /i/web/status/ address). */
  handle: string;
  /** When it was posted, where its own time was read; a reference remembered or taken from the address has none. */
  at?: number | null;
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

export interface ArticleParts {
  permalink: Permalink;
  author: Author | null;
  ref: PostRef;
}

interface Remembered extends Placement {
  handle: string;
}

interface Step {
  ref: PostRef;
  placement: Placement;
  /** Determined by the page (or by a remembered placement), not guessed. */
  certain: boolean;
}

/** One list's rows as last placed; valid while the same row and article elements are there. */
interface Table {
  rows: Element[];
  articles: (Element | null)[];
  focusEl: Element | null;
  addressId: string | null;
  refs: (PostRef | null)[];
  steps: Map<Element, Step>;
  /** Places row i, continuing from the rows above it: rows appended later are placed without redoing the others. */
  place: Placer;
  /** The focused post when it was not rendered yet: if an appended row holds it, the table is rebuilt. */
  pendingFocus: string | null;
  /** Validated in the current task; reset by a microtask. */
  checkedThisTask: boolean;
}

type Placer = (rows: Element[], articles: (Element | null)[], refs: (PostRef | null)[], i: number) => void;

const MAX_CHAIN = 50;

/** Placements the page determined, by post id and scope (the focused post, or the timeline), newest kept. */
export class ConversationMemory {
  private readonly known = new Map<string, Remembered>();
  /** The focused post of each list seen, for when its row has been scrolled away. */
  private readonly focusOfList = new WeakMap<Element, PostRef>();
  private readonly tables = new WeakMap<Element, Table>();
  /** What each rendered row and article was read as: X never changes a rendered post, it renders a new one. */
  private readonly rowArticles = new WeakMap<Element, Element>();
  private readonly articleParts = new WeakMap<Element, ArticleParts>();

  /**
   * What changed in each watched list since its table was last checked. Re-checking a table means comparing
   * every row, and the overlay reads in many short slices: without this, a long conversation cost one pass
   * over all its rows per slice.
   */
  private readonly changes = new Map<Element, { change: ListChange; observer: MutationObserver }>();

  constructor(private readonly limit = 5000) {}

  /** What changed in `list` since the last call ('any' for a list not watched yet); starts watching it. */
  takeChange(list: Element): ListChange {
    // Lists the page dropped (navigation, a re-rendered timeline) are let go of, observer and all.
    for (const [other, entry] of this.changes) {
      if (!other.isConnected) {
        entry.observer.disconnect();
        this.changes.delete(other);
      }
    }
    const watched = this.changes.get(list);
    if (!watched) {
      if (typeof MutationObserver === 'function') {
        const entry = { change: 'none' as ListChange, observer: new MutationObserver((records) => (entry.change = merge(entry.change, records, list))) };
        // tabindex too: X marks the focused post with it (X.focused), and the table trusts an unchanged list.
        entry.observer.observe(list, { childList: true, subtree: true, attributes: true, attributeFilter: ['tabindex'] });
        this.changes.set(list, entry);
      }
      return 'any';
    }
    // Records not yet delivered (the page changed the list in this same task) count too.
    const change = merge(watched.change, watched.observer.takeRecords(), list);
    watched.change = 'none';
    return change;
  }

  /** Stops watching every list (the overlay stopped). */
  release(): void {
    for (const { observer } of this.changes.values()) observer.disconnect();
    this.changes.clear();
  }

  get(scope: string, id: string): Remembered | undefined {
    return this.known.get(`${scope}|${id}`);
  }

  set(scope: string, ref: PostRef, placement: Placement): void {
    const key = `${scope}|${ref.id}`;
    this.known.delete(key);
    // Written out rather than spread (every post placed passes here); placements are never changed once made,
    // so a chain within the limit is shared, not copied.
    const { ancestors } = placement;
    this.known.set(key, {
      region: placement.region,
      parent: placement.parent,
      ancestors: ancestors.length > MAX_CHAIN ? ancestors.slice(0, MAX_CHAIN) : ancestors,
      conversation: placement.conversation,
      handle: ref.handle,
    });
    if (this.known.size > this.limit) this.known.delete(this.known.keys().next().value!);
  }

  get size(): number {
    return this.known.size;
  }

  focusOf(list: Element): PostRef | undefined {
    return this.focusOfList.get(list);
  }

  setFocus(list: Element, focus: PostRef): void {
    this.focusOfList.set(list, focus);
  }

  table(list: Element): Table | undefined {
    return this.tables.get(list);
  }

  setTable(list: Element, table: Table): void {
    this.tables.set(list, table);
  }

  /** The row's article; only found ones are kept (a row may still be filled in). */
  articleOf(row: Element): Element | null {
    let article = this.rowArticles.get(row);
    if (!article || !row.contains(article)) {
      article = articleIn(row) ?? undefined;
      if (article) this.rowArticles.set(row, article);
    }
    return article ?? null;
  }

  /** The article's own reference, read once per article. */
  refOf(article: Element): PostRef | null {
    return this.partsOf(article)?.ref ?? null;
  }

  /**
   * The article's permalink and author, read once per article: placing the rows of a list reads them for
   * every post, and reading the post itself needs them again.
   */
  partsOf(article: Element): ArticleParts | null {
    let parts = this.articleParts.get(article);
    if (!parts) {
      parts = readParts(article) ?? undefined;
      if (parts) this.articleParts.set(article, parts);
    }
    return parts ?? null;
  }
}

export type ListChange = 'none' | 'appended' | 'any';

/** Moderato's own badges come and go inside the rows: they change nothing about the conversation. */
const ownNodesOnly = (nodes: NodeList): boolean => {
  for (let i = 0; i < nodes.length; i++) if ((nodes[i] as Element).tagName !== 'MODERATO-BADGE') return false;
  return true;
};

function merge(change: ListChange, records: MutationRecord[], list: Element): ListChange {
  for (const r of records) {
    if (change === 'any') return change;
    if (r.type === 'attributes') {
      change = 'any';
      continue;
    }
    if (ownNodesOnly(r.addedNodes) && ownNodesOnly(r.removedNodes)) continue;
    // Rows added at the end of the list, nothing removed: X loading more replies below.
    const appended = r.target === list && r.removedNodes.length === 0 && r.nextSibling === null;
    change = appended ? 'appended' : 'any';
  }
  return change;
}

const cellCss = X.cell.map((c) => c.css).join(', ');
/** Cheap on purpose (no :has): it runs for every row of a list. */
const rowArticleCss = 'article';

/**
 * Whether post `a` is older than post `b`: a reply is never older than its parent. By their times where both
 * were read; else by their ids, which X hands out in time order (snowflake ids carry their creation time in
 * the high bits), for a reference taken from the address.
 */
function postedBefore(a: PostRef, b: PostRef): boolean {
  if (a.at != null && b.at != null) return a.at < b.at;
  return a.id.length !== b.id.length ? a.id.length < b.id.length : a.id < b.id;
}

/** The post's own time, from its permalink's datetime (exact, and cheap: no text to parse). */
function postedAtOf(permalink: Permalink): number | null {
  const t = Date.parse(permalink.time.getAttribute('datetime') ?? '');
  return Number.isFinite(t) ? t : null;
}

/** The article's permalink, author and reference; null when it has no permalink of its own. */
function readParts(article: Element): ArticleParts | null {
  const permalink = ownPermalink(article);
  if (!permalink) return null;
  const author = authorOf(article, permalink);
  return { permalink, author, ref: { id: permalink.id, handle: handleKey(author?.handle ?? permalink.handle), at: postedAtOf(permalink) } };
}

export function refOf(article: Element): PostRef | null {
  return readParts(article)?.ref ?? null;
}

function articleIn(row: Element): Element | null {
  return row.tagName === 'ARTICLE' ? row : row.querySelector(rowArticleCss);
}

function isHeadingRow(row: Element, article: Element | null): boolean {
  return !article && row.querySelector(X.heading) !== null;
}

function translateY(row: Element): number | null {
  const m = /translateY\((-?\d+(?:\.\d+)?)px\)/.exec(row.getAttribute('style') ?? '');
  return m ? Number(m[1]) : null;
}

/** The row is the first of the whole list, not merely the first one still rendered. */
function isListStart(row: Element): boolean {
  return !row.previousElementSibling && (translateY(row) ?? 0) <= 0;
}

// Asked on every slice that reads posts; the address changes only on navigation.
let addressMemo: { href: string; ref: PostRef | null } | null = null;

export function statusOfAddress(doc: Document | null): PostRef | null {
  const href = doc?.location?.href ?? '';
  if (addressMemo?.href === href) return addressMemo.ref;
  let ref: PostRef | null = null;
  try {
    const url = new URL(href);
    const status = isXHost(url.hostname) ? statusFromPath(url.pathname) : null;
    ref = status ? { id: status.id, handle: status.handle ? handleKey(status.handle) : '' } : null;
  } catch {
    ref = null;
  }
  addressMemo = { href, ref };
  return ref;
}

/** Placement of the post in `article`, whose own reference is `self`. */
export function placementOf(article: Element, self: PostRef, memory: ConversationMemory): Placement {
  const row = article.closest(cellCss);
  const list = row?.parentElement ?? null;
  if (!row || !list) return loosePlacement(article, self, memory);
  const table = tableOf(list, article.ownerDocument, memory);
  const step = table.steps.get(row);
  if (step && step.ref.id === self.id) return step.placement;
  // The row holds no readable post of its own (or another one than asked for): place it on its own.
  return { region: 'timeline', parent: null, ancestors: [], conversation: self.id };
}

/**
 * The list's table, rebuilt only when its rows, their articles, the focused post or the address changed. Rows
 * appended below the others (X loading more replies) are placed on their own, continuing from the last row.
 */
function tableOf(list: Element, doc: Document | null, memory: ConversationMemory): Table {
  const cached = memory.table(list);
  // Checked earlier in this same task (the overlay reads a batch of posts in one go): no page code has run since.
  if (cached?.checkedThisTask) return cached;
  const change = memory.takeChange(list);
  const addressId = statusOfAddress(doc)?.id ?? null;
  // The watcher sees rows, their contents and tabindex change: when none did, neither did the focused post.
  if (cached !== undefined && change === 'none' && cached.addressId === addressId) return checkedThisTask(cached);
  // Rows only appended: the new ones follow the last row read; copying a thousand-row list's children
  // on every slice was most of the slice's cost, and so was searching it for the focused post.
  const last = cached?.rows.at(-1);
  const grown = cached !== undefined && change === 'appended' && (last === undefined ? cached.rows.length === 0 : last.parentElement === list);
  const rows = grown ? rowsAfter(cached.rows, last ?? null, list) : childrenOf(list);
  const focusEl = grown ? (cached.focusEl ?? focusedIn(rows, cached.rows.length)) : list.querySelector(X.focused);
  const same = cached !== undefined && cached.focusEl === focusEl && cached.addressId === addressId;
  // Rows only appended: the rows above are the ones already placed, only the new ones are read.
  const appendedOnly = same && change === 'appended' && rows.length >= cached.rows.length && rows[cached.rows.length - 1] === cached.rows.at(-1);
  const articles = appendedOnly
    ? [...cached.articles, ...rows.slice(cached.rows.length).map((row) => memory.articleOf(row))]
    : rows.map((row) => memory.articleOf(row));
  if (
    same && cached.rows.length <= rows.length &&
    (appendedOnly || cached.rows.every((r, i) => r === rows[i] && cached.articles[i] === articles[i]))
  ) {
    if (cached.rows.length === rows.length) return checkedThisTask(cached);
    const added = articles.slice(cached.rows.length).map((a) => (a ? memory.refOf(a) : null));
    if (cached.pendingFocus === null || !added.some((r) => r?.id === cached.pendingFocus)) {
      const refs = [...cached.refs, ...added];
      for (let i = cached.rows.length; i < rows.length; i++) cached.place(rows, articles, refs, i);
      Object.assign(cached, { rows, articles, refs });
      return checkedThisTask(cached);
    }
  }
  const refs = articles.map((a) => (a ? memory.refOf(a) : null));
  const focus = focusOfList(list, rows, articles, refs, focusEl, doc, memory);
  const steps = new Map<Element, Step>();
  const place = focus
    ? conversationPlacer(rows[0], focus.ref, focus.index, `status:${focus.ref.id}`, memory, steps)
    : timelinePlacer(memory, steps);
  for (let i = 0; i < rows.length; i++) place(rows, articles, refs, i);
  const pendingFocus = focus && focus.index < 0 ? focus.ref.id : null;
  const table: Table = { rows, articles, focusEl, addressId, refs, steps, place, pendingFocus, checkedThisTask: false };
  memory.setTable(list, table);
  return checkedThisTask(table);
}

function childrenOf(list: Element): Element[] {
  const rows: Element[] = [];
  for (let row = list.firstElementChild; row; row = row.nextElementSibling) rows.push(row);
  return rows;
}

/** The rows read before, then every row after `last` (the list's first child when there was none). */
function rowsAfter(before: Element[], last: Element | null, list: Element): Element[] {
  const rows = before.slice();
  for (let row = last ? last.nextElementSibling : list.firstElementChild; row; row = row.nextElementSibling) rows.push(row);
  return rows;
}

function focusedIn(rows: Element[], from: number): Element | null {
  for (let i = from; i < rows.length; i++) {
    const row = rows[i]!;
    const hit = row.matches(X.focused) ? row : row.querySelector(X.focused);
    if (hit) return hit;
  }
  return null;
}

/** Trusts the table until the current task ends: the page can only change the list once this code has returned. */
function checkedThisTask(table: Table): Table {
  if (!table.checkedThisTask) {
    table.checkedThisTask = true;
    queueMicrotask(() => {
      table.checkedThisTask = false;
    });
  }
  return table;
}

/**
 * The status page's focused post: the article X focuses (tabindex=-1), else the post in the address (and its
 * row, when rendered), else the one this list showed before. Once scrolled far down the focused article is
 * gone; the address, and the memory of the list, still name it. `index` is its row, or -1.
 */
function focusOfList(
  list: Element, rows: Element[], articles: (Element | null)[], refs: (PostRef | null)[], focusEl: Element | null, doc: Document | null, memory: ConversationMemory,
): { ref: PostRef; index: number } | null {
  if (focusEl) {
    const index = articles.indexOf(focusEl);
    const ref = index >= 0 ? refs[index] : memory.refOf(focusEl);
    if (ref) {
      memory.setFocus(list, ref);
      return { ref, index };
    }
  }
  const address = statusOfAddress(doc);
  const remembered = address ?? memory.focusOf(list) ?? null;
  if (!remembered) return null;
  const index = refs.findIndex((r) => r?.id === remembered.id);
  return { ref: index >= 0 ? refs[index]! : remembered, index };
}

/**
 * Places every row from the top down: a row's place follows from the one above it. Where the rendered rows do
 * not start at the top of the list, the first post takes its remembered place, else a guess (a reply to the
 * focused post) that is not remembered. Certain places are remembered.
 */
function conversationPlacer(
  firstRow: Element | undefined, focus: PostRef, focusIndex: number, scope: string, memory: ConversationMemory, steps: Map<Element, Step>,
): Placer {
  let certain = firstRow ? isListStart(firstRow) : false;
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
  const chained = (region: Region, above: Step | null): Placement => ({
    region,
    parent: above?.ref ?? null,
    ancestors: above ? [above.ref, ...above.placement.ancestors].slice(0, MAX_CHAIN) : [],
    conversation: focus.id,
  });

  return (rows, articles, refs, i) => {
    const row = rows[i]!;
    const ref = refs[i];
    if (!ref) {
      if (isHeadingRow(row, articles[i] ?? null)) {
        after = true;
        certain = true;
        previous = null;
      }
      boundary = true;
      return;
    }
    let placement: Placement;
    let sure = certain;
    const above = boundary ? null : previous;
    if (ref.id === focus.id) {
      placement = chained('focus', above);
      // The post above is known when one is rendered right above, or a row without a post is.
      sure = certain || boundary || previous !== null;
    } else if (i < focusIndex) {
      placement = chained('ancestor', above);
    } else if (after) {
      placement = { region: 'after', parent: null, ancestors: [], conversation: ref.id };
    } else if (focusIndex < 0 && postedBefore(ref, focus)) {
      // The focused post is not rendered yet, and this one is older: an ancestor drawn first, never a reply to it.
      placement = chained('ancestor', above);
      sure = false;
    } else if (!above || above.placement.region === 'focus' || above.placement.region === 'ancestor' || postedBefore(ref, above.ref)) {
      // Older than the post above: not its reply, so the head of another branch.
      placement = branchHead();
    } else {
      placement = chained('reply', above);
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
    if (sure) memory.set(scope, ref, placement);
    steps.set(row, step);
    previous = step;
    boundary = false;
  };
}

/**
 * Profile, replies tab, mentions, search: each row is its own post, except where X shows a reply under the post
 * it answers. That is only trusted when the post says "Replying to @x" and the post right above is by @x.
 */
function timelinePlacer(memory: ConversationMemory, steps: Map<Element, Step>): Placer {
  const scope = 'timeline';
  let previous: Step | null = null;
  return (rows, articles, refs, i) => {
    const row = rows[i]!;
    const ref = refs[i];
    const article = articles[i];
    if (!ref || !article) {
      previous = null;
      return;
    }
    let step: Step;
    if (i === 0 && !isListStart(row)) {
      const remembered = memory.get(scope, ref.id);
      step = { ref, placement: remembered ?? { region: 'timeline', parent: null, ancestors: [], conversation: ref.id }, certain: remembered !== undefined };
    } else {
      const above: Step | null = previous;
      // A reply is younger than its parent: on the replies tab every customer post says "Replying to" the
      // company, and the module above ends with a company post written later.
      const answersAbove = above !== null && above.ref.handle !== '' && !postedBefore(ref, above.ref) && replyingToOf(article).has(above.ref.handle);
      step = {
        ref,
        certain: true,
        placement: answersAbove
          ? { region: 'timeline', parent: above.ref, ancestors: [above.ref, ...above.placement.ancestors].slice(0, MAX_CHAIN), conversation: above.placement.conversation }
          : { region: 'timeline', parent: null, ancestors: [], conversation: ref.id },
      };
      memory.set(scope, ref, step.placement);
    }
    steps.set(row, step);
    previous = step;
  };
}

/** Without timeline rows: only the focused post (or the address) and document order are known. */
function loosePlacement(article: Element, self: PostRef, memory: ConversationMemory): Placement {
  const container = article.closest('section, [data-testid="primaryColumn"], main');
  const focusEl = container?.querySelector(X.focused) ?? null;
  const focus = (focusEl ? refOf(focusEl) : null) ?? statusOfAddress(article.ownerDocument);
  if (!focus) return { region: 'timeline', parent: null, ancestors: [], conversation: self.id };
  const scope = `status:${focus.id}`;
  if (self.id === focus.id) return memory.get(scope, self.id) ?? { region: 'focus', parent: null, ancestors: [], conversation: focus.id };
  const before = focusEl !== null && (article.compareDocumentPosition(focusEl) & 4) !== 0; // focusEl follows
  if (before) return { region: 'ancestor', parent: null, ancestors: [], conversation: focus.id };
  return { region: 'reply', parent: focus, ancestors: [focus, ...(memory.get(scope, focus.id)?.ancestors ?? [])], conversation: focus.id };
}
