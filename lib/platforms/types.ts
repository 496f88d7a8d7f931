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
};

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
  /** Reads one item; null when it does not look like one after all. */
  extract(item: Element, ctx: ExtractContext): ExtractedItem | null;
  badgeAnchor(item: Element): BadgeAnchor;
  /** Whether the page shows nodes that look like comments at all (for the health line). */
  looksLikeComments(root: ParentNode): boolean;
}
