import { parseAbsolute, parseTimeText, type ParsedTime } from '../../time/parse-time';
import { combined, elementsOf } from '../selector-list';
import type { SelectorList } from '../types';
import { handleFromHref, statusFromHref } from './ids';
import { X, X_WORDS } from './selectors';
import { oneLineShown, rawPlainText, rawShownText, tidyShown } from './shown-text';

/**
 * Reading the parts of ONE post. X nests a quoted post inside the post that quotes it, with its own author,
 * text and time: everything here skips what sits inside a quote (or inside another article).
 */

const quoteCss = X.quote;

const innerPostCss = `article, ${quoteCss}`;

/** `el` is part of `article` itself, not of a post quoted in it. */
export function belongsTo(article: Element, el: Element): boolean {
  return article.contains(el) && outsideInnerPosts(article, el);
}

/**
 * Not inside a quote or another article below `article` (for `el` already known to be inside it). One native
 * walk up settles the usual case, the nearest article or quote above `el` being the post itself: asking each
 * post whether it holds a quote at all searched its whole subtree, and was the largest single cost of reading it.
 */
export function outsideInnerPosts(article: Element, el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null || parent === article || parent.closest(innerPostCss) === article) return true;
  for (let node: Element | null = parent; node && node !== article; node = node.parentElement) {
    if (node.tagName === 'ARTICLE' || node.matches(quoteCss)) return false;
  }
  return true;
}

export function ownAll<T extends Element = Element>(article: Element, css: string): T[] {
  const found = article.querySelectorAll<T>(css);
  // Most posts quote nothing: then every match is theirs, with no walk up from each one.
  if (found.length > 1 && article.querySelector(innerPostCss) === null) return elementsOf(found);
  const out: T[] = [];
  for (let i = 0; i < found.length; i++) if (outsideInnerPosts(article, found[i]!)) out.push(found[i]!);
  return out;
}

export function ownFirst<T extends Element = Element>(article: Element, list: SelectorList): T | null {
  for (const c of list) {
    // The first match is nearly always the post's own: the whole list is only needed when it is a quote's.
    const first = article.querySelector<T>(c.css);
    if (!first) continue;
    if (outsideInnerPosts(article, first)) return first;
    const found = article.querySelectorAll<T>(c.css);
    for (let i = 1; i < found.length; i++) if (outsideInnerPosts(article, found[i]!)) return found[i]!;
  }
  return null;
}

/**
 * Text as shown: X keeps line breaks as "\n" inside the text (pre-wrap) and wraps mentions in inline divs,
 * so blocks do NOT become line breaks here (unlike dom-text's readableText). Emoji images become their alt.
 * Never touches innerHTML.
 */
export function inlineText(root: Node, skip?: (el: Element) => boolean): string {
  return tidyShown(rawShownText(root, skip));
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

export interface Permalink {
  id: string;
  /** The handle in the permalink's path. */
  handle: string;
  link: Element;
  time: Element;
}

/**
 * The post's own permalink: the status link around one of its own <time> elements. A quoted post's time has
 * no link around it (and sits inside the quote), so it never gives the id; other status links in the post
 * (a link in the text, a card) carry no <time>.
 */
export function ownPermalink(article: Element): Permalink | null {
  // The first <time> is the post's own nearly always: the rest are only listed when it is not.
  const first = article.querySelector('time');
  if (!first) return null;
  const found = permalinkAt(article, first);
  if (found) return found;
  const times = article.querySelectorAll('time');
  for (let i = 1; i < times.length; i++) {
    const next = permalinkAt(article, times[i]!);
    if (next) return next;
  }
  return null;
}

const STATUS_LINK = 'a[href*="/status/"]';
const linkOrInnerPostCss = `${STATUS_LINK}, ${innerPostCss}`;

function permalinkAt(article: Element, time: Element): Permalink | null {
  // The usual shape in two walks up: the nearest status link, article or quote above the time is a link (only
  // the link selector names <a>), and the nearest article or quote above that link is the post itself.
  const near = time.closest(linkOrInnerPostCss);
  if (near !== null && near !== article && near.localName === 'a' && near.parentElement?.closest(innerPostCss) === article) {
    return permalinkOf(near, time);
  }
  return permalinkAtSlowly(article, time);
}

/** The same answer step by step, for every other shape. */
function permalinkAtSlowly(article: Element, time: Element): Permalink | null {
  if (!outsideInnerPosts(article, time)) return null;
  const link = time.closest(STATUS_LINK);
  // A link around the post's own <time>, inside the post, is the post's own too.
  if (!link || !article.contains(link)) return null;
  return permalinkOf(link, time);
}

function permalinkOf(link: Element, time: Element): Permalink | null {
  const status = statusFromHref(link.getAttribute('href') ?? '');
  return status?.handle ? { id: status.id, handle: status.handle, link, time } : null;
}

/** datetime="ISO" first; else the link's aria-label ("4 hours ago") or the visible text ("4h", "2. März"). */
export function postedTimeOf(permalink: Permalink, now: number): ParsedTime | null {
  const iso = permalink.time.getAttribute('datetime');
  if (iso) {
    const exact = parseAbsolute(iso, now);
    if (exact) return exact;
  }
  return parseTimeText(permalink.link.getAttribute('aria-label') ?? '', now)
    ?? parseTimeText(oneLine(permalink.time.textContent ?? ''), now);
}

export interface Author {
  /** As written on the page (case kept). */
  handle: string;
  displayName: string;
}

/** Handle from the author block's profile links; display name from the first link that is not "@handle". */
export function authorOf(article: Element, permalink: Permalink | null): Author | null {
  const block = ownFirst(article, X.userName);
  let handle: string | null = null;
  let displayName = '';
  if (block) {
    // The first link (the display name) nearly always gives both: the others are only listed when it does not.
    let links: NodeListOf<Element> | null = null;
    for (let i = 0, link = block.querySelector('a[href]'); link; link = (links ??= block.querySelectorAll('a[href]'))[++i] ?? null) {
      const h = handleFromHref(link.getAttribute('href') ?? '');
      if (!h) continue;
      handle ??= h;
      if (!displayName) {
        const shown = oneLineShown(rawPlainText(link));
        if (shown && !shown.startsWith('@')) displayName = shown;
      }
      if (displayName) break;
    }
    if (!handle) {
      // Without links (as in a quote): "Display Name @handle · 4h".
      const text = oneLine(inlineText(block));
      const m = /(?:^|\s)@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/.exec(text);
      if (m) {
        handle = m[1]!;
        displayName ||= text.slice(0, m.index).trim();
      }
    }
  }
  handle ??= permalink?.handle ?? null;
  if (!handle) return null;
  return { handle, displayName: displayName.slice(0, 300) || `@${handle}` };
}

function textBlock(article: Element): Element | null {
  return ownFirst(article, X.text);
}

const controlCss = X.textControl;

const isControl = (el: Element): boolean => el.matches(controlCss);

/** The post's own text block and its text as shown (controls such as "Show more" left out). */
export function textPartsOf(article: Element): { block: Element | null; text: string } {
  const block = textBlock(article);
  return { block, text: block ? inlineText(block, isControl) : '' };
}

export function textOf(article: Element): string {
  return textPartsOf(article).text;
}

// Not after a slash: "youtube.com/@shop" is an address, which X neither links nor notifies as a mention.
const MENTION = /(?:^|[^A-Za-z0-9_@/])@([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_@])/g;

// Handles matched by MENTION, handleFromHref and the permalink are bare: lower-casing is all handleKey would do.
function handlesInText(text: string): string[] {
  return Array.from(text.matchAll(MENTION), (m) => m[1]!.toLowerCase());
}

/**
 * Handles the post's own text mentions (links to /<handle> and "@handle"), lower-case. `parts` is the
 * post's textPartsOf when the caller has it already: reading the text twice was a tenth of reading a post.
 */
export function mentionsOf(article: Element, parts = textPartsOf(article)): Set<string> {
  const { block, text } = parts;
  const found = new Set<string>();
  if (!block) return found;
  for (const link of elementsOf(block.querySelectorAll('a[href]'))) {
    const h = handleFromHref(link.getAttribute('href') ?? '');
    if (h && oneLine(link.textContent ?? '').startsWith('@')) found.add(h.toLowerCase());
  }
  for (const h of handlesInText(text)) found.add(h);
  return found;
}

const mentionOnce = new RegExp(MENTION.source, 'g');
const AT_FIRST = /^\s*@/;

/**
 * Whether `owners` holds one of mentionsOf's handles, without building the set: most posts name nobody, and
 * a handle that is not an owner's needs no look at its link text.
 */
export function mentionsAny(parts: { block: Element | null; text: string }, owners: ReadonlySet<string>): boolean {
  const { block, text } = parts;
  if (!block || owners.size === 0) return false;
  const links = block.querySelectorAll('a[href]');
  for (let i = 0; i < links.length; i++) {
    const h = handleFromHref(links[i]!.getAttribute('href') ?? '');
    // "Shown starting with @" as mentionsOf's oneLine(…).startsWith('@').
    if (h && owners.has(h.toLowerCase()) && AT_FIRST.test(links[i]!.textContent ?? '')) return true;
  }
  if (text.indexOf('@') < 0) return false;
  mentionOnce.lastIndex = 0;
  for (let m = mentionOnce.exec(text); m; m = mentionOnce.exec(text)) if (owners.has(m[1]!.toLowerCase())) return true;
  return false;
}

const excludedForContext = [combined(X.userName), combined(X.text), X.socialContext].join(', ');

const NONE: ReadonlySet<string> = new Set();

function includesAny(text: string, words: readonly string[]): boolean {
  for (const w of words) if (text.includes(w)) return true;
  return false;
}

/** Handles in the "Replying to @a and @b" line above the text, lower-case; empty when the post shows none. */
export function replyingToOf(article: Element): ReadonlySet<string> {
  // Most posts show no such line: one read of the article's text settles it before any link is looked at.
  if (!includesAny(article.textContent ?? '', X_WORDS.replyingTo)) return NONE;
  const found = new Set<string>();
  for (const link of ownAll(article, 'a[href]')) {
    if (link.closest(excludedForContext)) continue;
    const handle = handleFromHref(link.getAttribute('href') ?? '');
    if (!handle) continue;
    // The line is a few levels up: "Replying to " + a link per handle.
    let node: Element | null = link.parentElement;
    for (let depth = 0; node && node !== article && depth < 4; depth++, node = node.parentElement) {
      const text = oneLine(node.textContent ?? '');
      if (X_WORDS.replyingTo.some((w) => text.startsWith(w))) {
        found.add(handle.toLowerCase());
        for (const h of handlesInText(text)) found.add(h);
        break;
      }
    }
  }
  return found;
}

/** Promoted posts: no permalink time, inside X's placement tracker. */
export function isPromoted(article: Element): boolean {
  return article.closest(X.promoted) !== null;
}
