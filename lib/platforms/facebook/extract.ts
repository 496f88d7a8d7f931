import {
  parseAbsolute, parseTimeText, parseTrailingTime, parseUnixSeconds, trailingExactTime, trailingTime, type ParsedTime,
} from '../../time/parse-time';
import { MAX_TEXT, readableText, tidyText } from '../dom-text';
import { isOwnerName } from '../owner';
import { combined } from '../selector-list';
import type { ExtractContext, ExtractedItem } from '../types';
import { profileUrl, readPermalink, type FacebookCommentIds } from './ids';
import { ownerByAddress } from './page-match';
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
    const time = linkTime(link, now);
    if (time) return { link, time };
    fallback ??= link;
  }
  return fallback ? { link: fallback, time: null } : null;
}

/** The text is short and coarse ("1d" for 26 hours); the link's label may name the day and minute. */
function linkTime(link: HTMLAnchorElement, now: number): ParsedTime | null {
  const text = parseTimeText(link.textContent ?? '', now);
  if (text?.source === 'exact') return text;
  const label = link.getAttribute('aria-label');
  const labelled = label ? parseTimeText(label, now) : null;
  return labelled?.source === 'exact' ? labelled : text ?? labelled;
}

function postedTime(r: Reading, linkTime: ParsedTime | null, now: number): ParsedTime | null {
  for (const el of ownRare(r, ABSOLUTE_TIME_CSS)) {
    const t = parseUnixSeconds(el.getAttribute('data-utime'))
      ?? parseAbsolute(el.getAttribute('title') ?? '', now)
      ?? parseAbsolute(el.getAttribute('data-tooltip-content') ?? '', now);
    if (t) return t;
  }
  if (linkTime?.source === 'exact') return linkTime;
  const label = r.article.getAttribute('aria-label') ?? '';
  // The article's label ends in the long form ("18 February at 10:00" under "2w"), worth reading only when exact.
  if (linkTime) return trailingExactTime(label, now) ?? linkTime;
  return parseTrailingTime(label, now);
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

// A stored author name holds at most 300 characters (AuthorSchema), as X cuts its names: one longer
// name, or a whole label read as one, would have the background refuse the sighting.
const capped = (name: string): string => (name.length > 300 ? name.slice(0, 300) : name);

function authorOf(r: Reading, now: number): { name: string; url: string | null } | null {
  const span = firstOwn<HTMLElement>(r, FB.authorName);
  const name = span ? capped(nameText(span)) : '';
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
  if (to) return { name: capped(rest.slice(0, to).trim()), url: null };
  // The time is glued on ("Anna Berger 3 minutes ago"): left in, the name would change every minute.
  const time = trailingTime(rest, now);
  const before = time ? rest.slice(0, time.start).trim() : '';
  return { name: capped(before || rest.trim()), url: null };
}

/**
 * The label names the Page when the Page's name is followed by nothing, by the time, or by the " to "
 * of a reply: "<Page name> Fanclub 3 minutes ago" is someone else.
 */
function labelNamesOwner(article: Element, ownerNames: readonly string[], now: number): boolean {
  const label = article.getAttribute('aria-label') ?? '';
  for (const prefix of LABEL_PREFIXES) {
    if (!label.startsWith(prefix)) continue;
    const rest = label.slice(prefix.length);
    const lower = rest.toLowerCase();
    return lowerOwners(ownerNames).some((name) => {
      if (!lower.startsWith(name)) return false;
      const after = rest.slice(name.length);
      if (after.trim() === '' || FB_WORDS.replyTo.some((w) => after.startsWith(w))) return true;
      const time = trailingTime(after, now);
      return time !== null && after.slice(0, time.start).trim() === '';
    });
  }
  return false;
}

function hasAuthorBadge(r: Reading): boolean {
  return ownRare(r, FB.authorBadge).some((b) => FB_WORDS.authorBadgeWords.some((w) => (b.textContent ?? '').includes(w)));
}

/** A collapsed thread says "Shop Example replied · 1 reply" next to the comment, or inside it when replies nest there. */
function ownerRepliedSummary(r: Reading, ownerNames: readonly string[]): boolean {
  const { article } = r;
  const wrapper = article.closest('[data-commentid]') ?? article.parentElement;
  if (wrapper) {
    // Beside the comment, outside any article: look only in the wrapper's other branches that hold no
    // article (expanded replies are articles themselves).
    for (let child = wrapper.firstElementChild; child; child = child.nextElementSibling) {
      if (child === article || child.getAttribute('role') === 'article' || child.contains(article) || child.querySelector('[role="article"]')) continue;
      const button = child.matches(FB.replySummary) ? child : child.querySelector(FB.replySummary);
      if (button && namesOwnerReply(button, ownerNames)) return true;
    }
  }
  // Inside the article, beside replies nested there: its own buttons, not a nested reply's.
  for (const button of own(r, FB.replySummary)) if (namesOwnerReply(button, ownerNames)) return true;
  return false;
}

// Labels and buttons of every comment are compared with the owners' names: lower-cased once per list.
const lowerOwnerNames = new WeakMap<readonly string[], string[]>();

function lowerOwners(ownerNames: readonly string[]): string[] {
  let names = lowerOwnerNames.get(ownerNames);
  if (!names) {
    names = ownerNames.map((o) => o.trim().toLowerCase()).filter((o) => o.length > 0);
    lowerOwnerNames.set(ownerNames, names);
  }
  return names;
}

function namesOwnerReply(button: Element, ownerNames: readonly string[]): boolean {
  const text = (button.textContent ?? '').trim();
  if (!text) return false;
  const lower = text.toLowerCase();
  // "<Page> replied": the verb must follow the Page's name directly, or "<Page> Fanclub replied" would count.
  return lowerOwners(ownerNames).some((name) => lower.startsWith(name) && REPLIED.test(text.slice(name.length)));
}

const REPLIED = /^\s+(replied|hat geantwortet)\b/i;
const DIGITS = /^\d+$/;
const isInlineButton = (el: Element): boolean => el.matches(FB.inlineButton);

/**
 * Without a permalink only the data-commentid wrapper names the item. A reply's wrapper sits inside its
 * parent's (beside or inside its article); the outermost one is the thread's top comment, which is what
 * a reply's permalink names as its parent too (comment_id=<top>&reply_comment_id=<reply>).
 */
function wrapperIds(article: Element): FacebookCommentIds | null {
  const wrapper = article.closest('[data-commentid]');
  const id = wrapper?.getAttribute('data-commentid');
  if (!id || !DIGITS.test(id)) return null;
  let top: Element | null = null;
  for (let up = wrapper!.parentElement?.closest('[data-commentid]') ?? null; up; up = up.parentElement?.closest('[data-commentid]') ?? null) top = up;
  let parentId = top?.getAttribute('data-commentid') ?? null;
  // The single-comment permalink view puts replies beside their comment, not inside its wrapper: a reply
  // (by its label) with no wrapper around it belongs to the nearest comment before it.
  if (top === null && hasPrefix(article, FB_WORDS.replyPrefixes)) parentId = commentBefore(wrapper!);
  return { id, parentId: parentId !== null && DIGITS.test(parentId) ? parentId : null, postId: null };
}

/** Whether the article's label opens with one of `prefixes` ("Reply by ", "Antwort von ", …). */
export const hasPrefix = (article: Element | null, prefixes: readonly string[]): boolean => {
  const label = article?.getAttribute('aria-label') ?? '';
  return prefixes.some((p) => label.startsWith(p));
};

/** The id of the nearest earlier sibling wrapper whose article is a comment (not another reply). */
function commentBefore(wrapper: Element): string | null {
  for (let s = wrapper.previousElementSibling; s; s = s.previousElementSibling) {
    const id = s.getAttribute('data-commentid');
    if (id && hasPrefix(s.querySelector('[role="article"]'), FB_WORDS.commentPrefixes)) return id;
  }
  return null;
}

export function extractFacebookItem(article: Element, ctx: ExtractContext): ExtractedItem | null {
  const r = readingOf(article);
  const found = timeLinkIn(r, ctx.now);
  const href = found?.link.getAttribute('href') ?? '';
  const permalink = href ? readPermalink(href) : null;
  let ids = permalink?.ids ?? null;
  if (!ids) ids = wrapperIds(article);
  if (!ids) return null;
  const author = authorOf(r, ctx.now);
  if (!author) return null;

  const body = firstOwn<HTMLElement>(r, FB.body);
  const text = body ? readableText(body, isInlineButton) : '';
  const time = postedTime(r, found?.time ?? null, ctx.now);
  // The address decides where it can: anyone may call themselves after the Page, and the name the Page
  // shows may differ from the one configured (spelling, a rename). The label glues name and time without
  // a separator, so it only decides when no name link was found.
  const byAddress = ownerByAddress(author.url, ctx.ownerNames);
  // The "Author" badge marks whoever wrote the post, which on a visitor's post is a customer: it too
  // decides only where the address cannot.
  const byOwner = byAddress ?? (hasAuthorBadge(r) || isOwnerName(author.name, ctx.ownerNames) || (author.url === null && labelNamesOwner(article, ctx.ownerNames, ctx.now)));

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
    ownerReplyHint: !byOwner && ownerRepliedSummary(r, ctx.ownerNames),
  };
}
