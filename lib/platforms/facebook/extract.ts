import { parseAbsolute, parseTimeText, parseTrailingTime, parseUnixSeconds, type ParsedTime } from '../../time/parse-time';
import { readableText } from '../dom-text';
import { isOwnerName } from '../owner';
import { combined } from '../selector-list';
import type { ExtractContext, ExtractedItem } from '../types';
import { cleanPermalink, idsFromPermalink, profileUrl } from './ids';
import { FB, FB_WORDS } from './selectors';

/** Nodes inside `article` that belong to it, not to a reply article nested inside it. */
function own<T extends Element>(article: Element, css: string): T[] {
  const found = article.querySelectorAll<T>(css);
  const out: T[] = [];
  // Most articles hold no nested reply (replies sit beside them): then everything inside is theirs.
  const check = nested.get(article);
  for (let i = 0; i < found.length; i++) {
    const el = found[i]!;
    if (!check || el.closest('[role="article"]') === article) out.push(el);
  }
  return out;
}

/** The first node inside `article` matching `css` that belongs to it. */
function ownFirst<T extends Element>(article: Element, css: string): T | null {
  if (!nested.get(article)) return article.querySelector<T>(css);
  return own<T>(article, css)[0] ?? null;
}

// Selector lists joined once, not on every comment.
const TIME_LINK_CSS = combined(FB.timeLink);
const ABSOLUTE_TIME_CSS = combined(FB.absoluteTime);

// One reading of one article asks this several times; remembered only while that reading lasts.
let memoArticle: Element | null = null;
let memoNested = false;
const nested = {
  get(article: Element): boolean {
    if (article !== memoArticle) {
      memoArticle = article;
      memoNested = article.querySelector('[role="article"]') !== null;
    }
    return memoNested;
  },
};

function firstOwn<T extends Element>(article: Element, list: readonly { css: string }[]): T | null {
  for (const c of list) {
    const hit = ownFirst<T>(article, c.css);
    if (hit) return hit;
  }
  return null;
}

/** The action-row link whose text or label is a time; it carries the comment's permalink. */
export function timeLinkOf(article: Element, now: number): { link: HTMLAnchorElement; time: ParsedTime | null } | null {
  let fallback: HTMLAnchorElement | null = null;
  for (const link of own<HTMLAnchorElement>(article, TIME_LINK_CSS)) {
    // The author's name link also carries comment_id; it wraps the name in span[dir=auto].
    if (link.querySelector('span[dir="auto"]')) continue;
    const time = parseTimeText(link.textContent ?? '', now) ?? parseTimeText(link.getAttribute('aria-label') ?? '', now);
    if (time) return { link, time };
    fallback ??= link;
  }
  return fallback ? { link: fallback, time: null } : null;
}

function postedTime(article: Element, linkTime: ParsedTime | null, now: number): ParsedTime | null {
  for (const el of own(article, ABSOLUTE_TIME_CSS)) {
    const t = parseUnixSeconds(el.getAttribute('data-utime'))
      ?? parseAbsolute(el.getAttribute('title') ?? '', now)
      ?? parseAbsolute(el.getAttribute('data-tooltip-content') ?? '', now);
    if (t) return t;
  }
  if (linkTime) return linkTime;
  return parseTrailingTime(article.getAttribute('aria-label') ?? '', now);
}

function authorOf(article: Element): { name: string; url: string | null } | null {
  const span = firstOwn<HTMLElement>(article, FB.authorName);
  const link = span?.closest('a');
  const name = span ? readableText(span).replace(/\s+/g, ' ').trim() : '';
  if (name) return { name, url: link ? profileUrl(link.getAttribute('href') ?? '') : null };
  // Last resort: the name from the label "Comment by <name> <time>".
  const label = article.getAttribute('aria-label') ?? '';
  const prefix = [...FB_WORDS.commentPrefixes, ...FB_WORDS.replyPrefixes].find((p) => label.startsWith(p));
  if (!prefix) return null;
  const rest = label.slice(prefix.length);
  const to = FB_WORDS.replyTo.map((w) => rest.indexOf(w)).filter((i) => i > 0).sort((a, b) => a - b)[0];
  return { name: (to ? rest.slice(0, to) : rest).trim(), url: null };
}

function labelNamesOwner(article: Element, ownerNames: readonly string[]): boolean {
  const label = article.getAttribute('aria-label') ?? '';
  for (const prefix of [...FB_WORDS.commentPrefixes, ...FB_WORDS.replyPrefixes]) {
    if (!label.startsWith(prefix)) continue;
    const rest = label.slice(prefix.length).toLowerCase();
    return ownerNames.some((o) => {
      const name = o.trim().toLowerCase();
      return name.length > 0 && rest.startsWith(name) && /^(\s|$)/.test(rest.slice(name.length));
    });
  }
  return false;
}

function hasAuthorBadge(article: Element): boolean {
  return own(article, FB.authorBadge).some((b) => FB_WORDS.authorBadgeWords.some((w) => (b.textContent ?? '').includes(w)));
}

/** A collapsed thread says "Shop Example replied · 1 reply" next to the comment. */
function ownerRepliedSummary(article: Element, ownerNames: readonly string[]): boolean {
  const wrapper = article.closest('[data-commentid]') ?? article.parentElement;
  if (!wrapper) return false;
  // The summary sits beside the comment, outside any article: look only in the wrapper's other
  // branches that hold no article (expanded replies are articles themselves).
  for (let child = wrapper.firstElementChild; child; child = child.nextElementSibling) {
    if (child === article || child.contains(article) || child.matches('[role="article"]') || child.querySelector('[role="article"]')) continue;
    const button = child.matches(FB.replySummary) ? child : child.querySelector(FB.replySummary);
    if (!button) continue;
    const text = (button.textContent ?? '').trim();
    const lower = text.toLowerCase();
    // "<Page> replied": the verb must follow the Page's name directly, or "<Page> Fanclub replied" would count.
    const byOwner = ownerNames.some((o) => {
      const name = o.trim().toLowerCase();
      return name.length > 0 && lower.startsWith(name) && /^\s+(replied|hat geantwortet)\b/i.test(text.slice(name.length));
    });
    if (byOwner) return true;
  }
  return false;
}

export function extractFacebookItem(article: Element, ctx: ExtractContext): ExtractedItem | null {
  try {
    return readItem(article, ctx);
  } finally {
    memoArticle = null;
  }
}

function readItem(article: Element, ctx: ExtractContext): ExtractedItem | null {
  const found = timeLinkOf(article, ctx.now);
  const href = found?.link.getAttribute('href') ?? '';
  let ids = href ? idsFromPermalink(href) : null;
  if (!ids) {
    const wrapperId = article.closest('[data-commentid]')?.getAttribute('data-commentid');
    if (wrapperId && /^\d+$/.test(wrapperId)) ids = { id: wrapperId, parentId: null, postId: null };
  }
  if (!ids) return null;
  const author = authorOf(article);
  if (!author) return null;

  const body = firstOwn<HTMLElement>(article, FB.body);
  const text = body ? readableText(body, (el) => el.matches(FB.inlineButton)) : '';
  const time = postedTime(article, found?.time ?? null, ctx.now);
  // The label glues name and time without a separator, so it only decides when no name link was found.
  const byOwner = isOwnerName(author.name, ctx.ownerNames) || (author.url === null && labelNamesOwner(article, ctx.ownerNames)) || hasAuthorBadge(article);

  return {
    site: 'facebook',
    id: ids.id,
    parentId: ids.parentId,
    author,
    text,
    permalink: href ? cleanPermalink(href) : null,
    postedAt: time?.at ?? null,
    timeSource: time?.source ?? 'first-seen',
    byOwner,
    pageName: ctx.pageName,
    ownerReplyHint: !byOwner && ownerRepliedSummary(article, ctx.ownerNames),
  };
}
