import { formatUrl, param, urlParts, type UrlParts } from '../url-parts';

const BASE = 'https://www.facebook.com';

/** Ids as Facebook puts them into comment permalinks. */
export interface FacebookCommentIds {
  id: string;
  parentId: string | null;
  postId: string | null;
}

const DIGIT_ID = /^\d{1,30}$/;
const BASE64_ID = /^[A-Za-z0-9+/=_-]{8,200}$/;
const DECODED_ID = /^comment:(\d+)_(\d+)$/;

/**
 * A `comment_id` is digits, or base64 such as `Y29tbWVudDo…` decoding to `comment:<postId>_<commentId>`.
 * Returns the comment's own digits (and the post id where the base64 form carries it).
 */
export function decodeCommentId(raw: string): { id: string; postId: string | null } | null {
  const value = raw.trim();
  if (DIGIT_ID.test(value)) return { id: value, postId: null };
  if (!BASE64_ID.test(value)) return null;
  let decoded: string;
  try {
    decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const m = DECODED_ID.exec(decoded);
  return m ? { id: m[2]!, postId: m[1]! } : null;
}

/** Reads the ids from a comment's permalink. A reply's link names its parent too. */
export function idsFromPermalink(href: string, base = BASE): FacebookCommentIds | null {
  const url = urlParts(href, origin(base), isKept);
  return url ? idsOf(url) : null;
}

/** Ids and the clean permalink of one link, parsed once: reading a comment needs both. */
export function readPermalink(href: string): { ids: FacebookCommentIds | null; permalink: string | null } {
  const url = urlParts(href, BASE_ORIGIN, isKept);
  return url ? { ids: idsOf(url), permalink: formatUrl(url) } : { ids: null, permalink: null };
}

// Every name idsOf reads is among those a clean permalink keeps, so one filtered parse serves both.
function idsOf(url: UrlParts): FacebookCommentIds | null {
  const comment = param(url, 'comment_id');
  if (!comment) return null;
  const parent = decodeCommentId(comment);
  if (!parent) return null;
  const replyRaw = param(url, 'reply_comment_id');
  const reply = replyRaw ? decodeCommentId(replyRaw) : null;
  if (replyRaw && !reply) return null;
  const postId = parent.postId ?? reply?.postId ?? postIdFromPath(url);
  return reply ? { id: reply.id, parentId: parent.id, postId } : { id: parent.id, parentId: null, postId };
}

const originOf = (base: string): string => /^https?:\/\/[^/]+/i.exec(base)?.[0]?.toLowerCase() ?? BASE;
const BASE_ORIGIN = originOf(BASE);
const origin = (base: string): string => (base === BASE ? BASE_ORIGIN : originOf(base));

/** `story_fbid=`, `/posts/<id>` (digits or an opaque `pfbid0…` token). */
export function postIdFromPath(url: UrlParts | URL): string | null {
  const isUrl = url instanceof URL;
  const story = isUrl ? url.searchParams.get('story_fbid') : param(url, 'story_fbid');
  if (story) return story;
  const m = POSTS_PATH.exec(isUrl ? url.pathname : url.path);
  return m ? m[1]! : null;
}

const POSTS_PATH = /\/posts\/([A-Za-z0-9]+)/;
const KEEP = new Set(['story_fbid', 'id', 'comment_id', 'reply_comment_id', 'fbid', 'v']);
const isKept = (name: string): boolean => KEEP.has(name);
const isId = (name: string): boolean => name === 'id';

/** A permalink without Facebook's tracking parameters, keeping what identifies the comment. */
export function cleanPermalink(href: string, base = BASE): string | null {
  const url = urlParts(href, origin(base), isKept);
  return url ? formatUrl(url) : null;
}

/** An author's profile address: the path, and for profile.php its id, without comment or tracking parameters. */
export function profileUrl(href: string, base = BASE): string | null {
  const url = urlParts(href, origin(base), isId);
  return url ? formatUrl(url) : null;
}
