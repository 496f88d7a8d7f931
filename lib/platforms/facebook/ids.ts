import { formatUrl, param, urlParts, type UrlParts } from '../url-parts';

const BASE = 'https://www.facebook.com';

/** Ids as Facebook puts them into comment permalinks. */
export interface FacebookCommentIds {
  id: string;
  parentId: string | null;
  postId: string | null;
}

/**
 * A `comment_id` is digits, or base64 such as `Y29tbWVudDo…` decoding to `comment:<postId>_<commentId>`.
 * Returns the comment's own digits (and the post id where the base64 form carries it).
 */
export function decodeCommentId(raw: string): { id: string; postId: string | null } | null {
  const value = raw.trim();
  if (/^\d{1,30}$/.test(value)) return { id: value, postId: null };
  if (!/^[A-Za-z0-9+/=_-]{8,200}$/.test(value)) return null;
  let decoded: string;
  try {
    decoded = atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
  const m = /^comment:(\d+)_(\d+)$/.exec(decoded);
  return m ? { id: m[2]!, postId: m[1]! } : null;
}

/** Reads the ids from a comment's permalink. A reply's link names its parent too. */
export function idsFromPermalink(href: string, base = BASE): FacebookCommentIds | null {
  const url = urlParts(href, origin(base));
  if (!url) return null;
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

const origin = (base: string): string => /^https?:\/\/[^/]+/i.exec(base)?.[0]?.toLowerCase() ?? BASE;

/** `story_fbid=`, `/posts/<id>` (digits or an opaque `pfbid0…` token). */
export function postIdFromPath(url: UrlParts | URL): string | null {
  const story = url instanceof URL ? url.searchParams.get('story_fbid') : param(url, 'story_fbid');
  if (story) return story;
  const m = /\/posts\/([A-Za-z0-9]+)/.exec(url instanceof URL ? url.pathname : url.path);
  return m ? m[1]! : null;
}

const KEEP = new Set(['story_fbid', 'id', 'comment_id', 'reply_comment_id', 'fbid', 'v']);

/** A permalink without Facebook's tracking parameters, keeping what identifies the comment. */
export function cleanPermalink(href: string, base = BASE): string | null {
  const url = urlParts(href, origin(base));
  if (!url) return null;
  return formatUrl({ ...url, params: url.params.filter(([k]) => KEEP.has(k)) });
}

/** An author's profile address: the path, and for profile.php its id, without comment or tracking parameters. */
export function profileUrl(href: string, base = BASE): string | null {
  const url = urlParts(href, origin(base));
  if (!url) return null;
  return formatUrl({ ...url, params: url.params.filter(([k]) => k === 'id') });
}
