import { parseAbsolute, parseTimeText, parseTrailingTime, parseUnixSeconds, type ParsedTime } from '../../time/parse-time';
import { MAX_TEXT, readableText, tidyText } from '../dom-text';
import { isOwnerName } from '../owner';
import { combined } from '../selector-list';
import type { ExtractContext, ExtractedItem } from '../types';
import { profileUrl, readPermalink } from './ids';
import { FB, FB_WORDS } from './selectors';

// Selector lists joined once, not on every comment.
const TIME_LINK_CSS = combined(FB.timeLink);
const ABSOLUTE_TIME_CSS = combined(FB.absoluteTime);
/** What is rarely inside a comment, found in one query instead of one each (each walks the whole article). */
const RARE_CSS = `[role="article"], ${ABSOLUTE_TIME_CSS}, ${FB.authorBadge}`;

/** One reading of one article: built per reading, never kept, so it cannot go stale. */
interface Reading {
  article: Element;
  /** A reply article sits inside this one: then each node found must be checked for whose it is. */
  nested: boolean;
  /** Nested articles, legacy absolute times and identity badges, in document order; usually none. */
  rare: NodeListOf<Element>;
}

function readingOf(article: Element): Reading {
  const rare = article.querySelectorAll(RARE_CSS);
  let nested = false;
  // getAttribute, not matches('[role="article"]'): the same test without a selector to look up.
  for (let i = 0; i < rare.length && !nested; i++) nested = rare[i]!.getAttribute('role') === 'article';
  return { article, nested, rare };
}

/** Most articles hold no nested reply (replies sit beside them): then everything inside is theirs. */
const isOwn = (r: Reading, el: Element): boolean => !r.nested || el.closest('[role="article"]') === r.article;

/** Nodes inside the article that belong to it, not to a reply article nested inside it. */
function own<T extends Element>(r: Reading, css: string): T[] {
  const found = r.article.querySelectorAll<T>(css);
  const out: T[] = [];
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (isOwn(r, el)) out.push(el);
  }
  return out;
}

/** The rare nodes (see RARE_CSS) matching `css` that belong to the article, in document order. */
function ownRare(r: Reading, css: string): Element[] {
  const out: Element[] = [];
  for (let i = 0; i < r.rare.length; i++) {
    const el = r.rare[i]!;
    if (el.matches(css) && isOwn(r, el)) out.push(el);
  }
  return out;
}

function firstOwn<T extends Element>(r: Reading, list: readonly { css: string }[]): T | null {
  for (const c of list) {
    const hit = r.nested ? own<T>(r, c.css)[0] : r.article.querySelector<T>(c.css);
    if (hit) return hit;
  }
  return null;
}

/** The action-row link whose text or label is a time; it carries the comment's permalink. */
export function timeLinkOf(article: Element, now: number): TimeLink | null {
  return timeLinkIn(readingOf(article), now);
}

type TimeLink = { link: HTMLAnchorElement; time: ParsedTime | null };

function timeLinkIn(r: Reading, now: number): TimeLink | null {
  let fallback: HTMLAnchorElement | null = null;
  for (const link of own<HTMLAnchorElement>(r, TIME_LINK_CSS)) {
    // The author's name link also carries comment_id; it wraps the name in span[dir=auto].
    if (link.querySelector('span[dir="auto"]')) continue;
    const time = parseTimeText(link.textContent ?? '', now) ?? parseTimeText(link.getAttribute('aria-label') ?? '', now);
    if (time) return { link, time };
    fallback ??= link;
  }
  return fallback ? { link: fallback, time: null } : null;
}

function postedTime(r: Reading, linkTime: ParsedTime | null, now: number): ParsedTime | null {
  for (const el of ownRare(r, ABSOLUTE_TIME_CSS)) {
    const t = parseUnixSeconds(el.getAttribute('data-utime'))
      ?? parseAbsolute(el.getAttribute('title') ?? '', now)
      ?? parseAbsolute(el.getAttribute('data-tooltip-content') ?? '', now);
    if (t) return t;
  }
  if (linkTime) return linkTime;
  return parseTrailingTime(r.article.getAttribute('aria-label') ?? '', now);
}

const LABEL_PREFIXES: readonly string[] = [...FB_WORDS.commentPrefixes, ...FB_WORDS.replyPrefixes];
const SPACES = /\s+/g;

/** Words joined by single spaces, no longer than any text is kept: tidying and folding would change nothing. */
const TIDY_NAME = /^\S+(?: \S+)*$/;

/** The name as readableText reads it, blanks folded: a span holding one text node (the usual name) needs no walk. */
function nameText(span: HTMLElement): string {
  const only = span.firstChild;
  if (only === null || only.nextSibling !== null || only.nodeType !== 3) return readableText(span).replace(SPACES, ' ').trim();
  const data = (only as Text).data;
  return data.length <= MAX_TEXT && TIDY_NAME.test(data) ? data : tidyText(data).replace(SPACES, ' ').trim();
}

function authorOf(r: Reading): { name: string; url: string | null } | null {
  const span = firstOwn<HTMLElement>(r, FB.authorName);
  const name = span ? nameText(span) : '';
  if (name) {
    const link = span!.closest('a');
    return { name, url: link ? profileUrl(link.getAttribute('href') ?? '') : null };
  }
  // Last resort: the name from the label "Comment by <name> <time>".
  const label = r.article.getAttribute('aria-label') ?? '';
  const prefix = LABEL_PREFIXES.find((p) => label.startsWith(p));
  if (!prefix) return null;
  const rest = label.slice(prefix.length);
  const to = FB_WORDS.replyTo.map((w) => rest.indexOf(w)).filter((i) => i > 0).sort((a, b) => a - b)[0];
  return { name: (to ? rest.slice(0, to) : rest).trim(), url: null };
}

function labelNamesOwner(article: Element, ownerNames: readonly string[]): boolean {
  const label = article.getAttribute('aria-label') ?? '';
  for (const prefix of LABEL_PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    const rest = label.slice(prefix.length).toLowerCase();
    return ownerNames.some((o) => {
      const name = o.trim().toLowerCase();
      return name.length > 0 && rest.startsWith(name) && WORD_END.test(rest.slice(name.length));
    });
  }
  return false;
}

const WORD_END = /^(\s|$)/;

function hasAuthorBadge(r: Reading): boolean {
  return ownRare(r, FB.authorBadge).some((b) => FB_WORDS.authorBadgeWords.some((w) => (b.textContent ?? '').includes(w)));
}

/** A collapsed thread says "Shop Example replied · 1 reply" next to the comment. */
function ownerRepliedSummary(article: Element, ownerNames: readonly string[]): boolean {
  const wrapper = article.closest('[data-commentid]') ?? article.parentElement;
  if (!wrapper) return false;
  // The summary sits beside the comment, outside any article: look only in the wrapper's other
  // branches that hold no article (expanded replies are articles themselves).
  for (let child = wrapper.firstElementChild; child; child = child.nextElementSibling) {
    if (child === article || child.getAttribute('role') === 'article' || child.contains(article) || child.querySelector('[role="article"]')) continue;
    const button = child.matches(FB.replySummary) ? child : child.querySelector(FB.replySummary);
    if (!button) continue;
    const text = (button.textContent ?? '').trim();
    const lower = text.toLowerCase();
    // "<Page> replied": the verb must follow the Page's name directly, or "<Page> Fanclub replied" would count.
    const byOwner = ownerNames.some((o) => {
      const name = o.trim().toLowerCase();
      return name.length > 0 && lower.startsWith(name) && REPLIED.test(text.slice(name.length));
    });
    if (byOwner) return true;
  }
  return false;
}

const REPLIED = /^\s+(replied|hat geantwortet)\b/i;
const DIGITS = /^\d+$/;
const isInlineButton = (el: Element): boolean => el.matches(FB.inlineButton);

export function extractFacebookItem(article: Element, ctx: ExtractContext): ExtractedItem | null {
  const r = readingOf(article);
  const found = timeLinkIn(r, ctx.now);
  const href = found?.link.getAttribute('href') ?? '';
  const permalink = href ? readPermalink(href) : null;
  let ids = permalink?.ids ?? null;
  if (!ids) {
    const wrapperId = article.closest('[data-commentid]')?.getAttribute('data-commentid');
    if (wrapperId && DIGITS.test(wrapperId)) ids = { id: wrapperId, parentId: null, postId: null };
  }
  if (!ids) return null;
  const author = authorOf(r);
  if (!author) return null;

  const body = firstOwn<HTMLElement>(r, FB.body);
  const text = body ? readableText(body, isInlineButton) : '';
  const time = postedTime(r, found?.time ?? null, ctx.now);
  // The label glues name and time without a separator, so it only decides when no name link was found.
  const byOwner = isOwnerName(author.name, ctx.ownerNames) || (author.url === null && labelNamesOwner(article, ctx.ownerNames)) || hasAuthorBadge(r);

  return {
    site: 'facebook',
    id: ids.id,
    parentId: ids.parentId,
    author,
    text,
    permalink: permalink?.permalink ?? null,
    postedAt: time?.at ?? null,
    timeSource: time?.source ?? 'first-seen',
    byOwner,
    pageName: ctx.pageName,
    ownerReplyHint: !byOwner && ownerRepliedSummary(article, ctx.ownerNames),
  };
}
