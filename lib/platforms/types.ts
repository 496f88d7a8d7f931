import type { ObservedComment, Site } from '../models/comment';
import type { OwnPage } from '../models/settings';

/** One way of finding a thing on a page; a site's list of them is tried in order. */
export interface SelectorCandidate {
  css: string;
  /** When and where this form was seen, so a stale one can be retired knowingly. */
  seen: string;
}
export type SelectorList = readonly SelectorCandidate[];

export interface ExtractContext {
  now: number;
  /** Names (Facebook) or handles (X) under which the company writes. */
  ownerNames: readonly string[];
  pageName: string;
}

/** What an adapter knows of one item before the thread pass decides whether it was answered. */
export type ExtractedItem = Omit<ObservedComment, 'answered' | 'answeredAt'> & {
  /** The site itself says the owner replied (e.g. a collapsed "Shop replied · 1 reply"). */
  ownerReplyHint: boolean;
  /**
   * Set where parentId names the exact post answered (X): items with the same key are resolved
   * together, along reply chains, instead of as one flat thread (Facebook).
   */
  conversation?: string;
};

/** A readable item the company need not see (not written to it, an ad): neither badged nor a layout miss. */
export const NOT_CONCERNED = 'not-concerned' as const;

export interface BadgeAnchor {
  /** The badge host is inserted right after this node. */
  after: Element;
}

/**
 * Everything Moderato knows about one site's markup lives behind this interface, in
 * lib/platforms/<site>/. The overlay, storage and views are shared.
 */
export interface PlatformAdapter {
  site: Site;
  /** Which of the configured own pages this address belongs to, if any. */
  ownPageFor(url: URL, pages: readonly OwnPage[]): OwnPage | null;
  /** Where comments live right now (e.g. an open permalink dialog instead of the page behind it). */
  scanRoot(doc: Document): ParentNode;
  /** Item elements inside `root`, including `root` itself when it is one. */
  findItems(root: ParentNode): Element[];
  /** Reads one item; null when it does not read as one (the markup changed), NOT_CONCERNED when it is not for the company. */
  extract(item: Element, ctx: ExtractContext): ExtractedItem | null | typeof NOT_CONCERNED;
  badgeAnchor(item: Element): BadgeAnchor;
  /** Whether the page shows nodes that look like comments at all (for the health line). */
  looksLikeComments(root: ParentNode): boolean;
  /** Lets go of what the adapter watches on the page (the overlay stopped). */
  release?(): void;
  /**
   * An address that opens over the page without leaving it (X's reply dialog at /compose/post): the
   * page, its badges and a reply being written stay as they are.
   */
  isLayer?(url: URL): boolean;
  /**
   * Whether an item read as not for the company may turn out to be one once more of the page is drawn:
   * on a post's own X page the posts above it arrive after it, and only they show whom it answers.
   * Such items are read again whenever new items appear.
   */
  contextArrivesLate?(doc: Document): boolean;
}
