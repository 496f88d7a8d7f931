import { urlPath } from '../url-parts';
import { RESERVED_PATHS } from './selectors';

/** X handles: 1–15 letters, digits or underscores. */
const HANDLE = /^[A-Za-z0-9_]{1,15}$/;
/** /<handle>/status/<id>, also the older /statuses/ form; anything may follow (/photo/1, /analytics). */
const STATUS_PATH = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?=\/|$)/;
/** /i/web/status/<id> and /i/status/<id> name no author. */
const ANONYMOUS_STATUS_PATH = /^\/i\/(?:web\/)?status\/(\d{1,25})(?=\/|$)/;
const X_HOST = /^(?:www\.|mobile\.)?(?:x|twitter)\.com$/i;
const BASE = 'https://x.com/';

export interface StatusRef {
  id: string;
  /** As written in the address; null for /i/web/status/<id>. */
  handle: string | null;
}

export function isXHost(hostname: string): boolean {
  return X_HOST.test(hostname);
}

export function isHandle(text: string): boolean {
  return HANDLE.test(text) && !RESERVED_PATHS.has(text.toLowerCase());
}

/** Handles compare without case or a leading "@". */
export function handleKey(handle: string): string {
  // Handles read from the page are bare already (first and last characters of a handle): trimming and
  // stripping them again on every post was a measurable share of reading one.
  if (isHandleChar(handle.charCodeAt(0)) && isHandleChar(handle.charCodeAt(handle.length - 1))) return handle.toLowerCase();
  return handle.trim().replace(/^@/, '').toLowerCase();
}

/** A-Z, a-z, 0-9 or "_": neither blank nor "@". */
function isHandleChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** The handle without a leading "@". */
const bare = (handle: string): string => (handle.charCodeAt(0) === 64 ? handle.slice(1) : handle);

const X_ORIGIN = 'https://x.com';

/**
 * The path of an X address, read without `new URL` (a post has half a dozen links, and URL parsing was
 * the largest single cost of reading one); relative links are read against x.com, other hosts and
 * schemes give null.
 */
function parse(href: string): { pathname: string } | null {
  const parts = urlPath(href, X_ORIGIN);
  if (!parts) return null;
  // Site-relative links, most of X's, need no host check.
  if (parts.origin === X_ORIGIN) return { pathname: parts.path };
  const host = parts.origin.slice(parts.origin.indexOf('//') + 2).replace(/:\d+$/, '');
  return isXHost(host) ? { pathname: parts.path } : null;
}

export function statusFromPath(pathname: string): StatusRef | null {
  const m = STATUS_PATH.exec(pathname);
  if (m && !RESERVED_PATHS.has(m[1]!.toLowerCase())) return { handle: m[1]!, id: m[2]! };
  const anon = ANONYMOUS_STATUS_PATH.exec(pathname);
  return anon ? { handle: null, id: anon[1]! } : null;
}

/**
 * X's own links are site-relative, "/<handle>/status/<id>" and "/<handle>": read straight from the attribute,
 * they give the same answer as the general path below (which the shapes not matched here still take).
 */
const SITE_STATUS = /^\/([A-Za-z0-9_]{1,15})\/status(?:es)?\/(\d{1,25})(?=[/?#]|$)/;
const SITE_PROFILE = /^\/([A-Za-z0-9_]{1,15})\/*(?=[?#]|$)/;

/** The post a link points to; relative links are read against x.com. Other hosts are not X posts. */
export function statusFromHref(href: string): StatusRef | null {
  const m = SITE_STATUS.exec(href);
  if (m && !RESERVED_PATHS.has(m[1]!.toLowerCase())) return { handle: m[1]!, id: m[2]! };
  const url = parse(href);
  return url ? statusFromPath(url.pathname) : null;
}

/** The handle a profile link points to (/<handle> only: /<handle>/status/… is a post, not a profile). */
export function handleFromHref(href: string): string | null {
  const m = SITE_PROFILE.exec(href);
  if (m) return RESERVED_PATHS.has(m[1]!.toLowerCase()) ? null : m[1]!;
  const url = parse(href);
  if (!url) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  return segments.length === 1 && isHandle(segments[0]!) ? segments[0]! : null;
}

export function profileUrl(handle: string): string {
  return `${BASE}${bare(handle)}`;
}

/** One address per post, whatever form the page linked (twitter.com, /photo/1, tracking parameters). */
export function canonicalPermalink(handle: string, id: string): string {
  return `${BASE}${bare(handle)}/status/${id}`;
}

/**
 * The handle a configured owner entry stands for: "sonnenschein_de", "@Sonnenschein_DE" or an address such as
 * https://twitter.com/sonnenschein_de. Display names (with spaces) are no handles and give null: on X anyone may
 * take any display name, so only the handle identifies the company.
 */
export function handleOfOwnerEntry(entry: string): string | null {
  const value = entry.trim();
  if (/^@?[A-Za-z0-9_]{1,15}$/.test(value)) return handleKey(value);
  if (/^(https?:\/\/)?(www\.|mobile\.)?(x|twitter)\.com\//i.test(value)) {
    const handle = handleFromHref(/^https?:/i.test(value) ? value : `https://${value}`);
    return handle ? handleKey(handle) : null;
  }
  return null;
}

// Every post asks; the owner list is one array per page visit, so its handles are worked out once.
const ownerSets = new WeakMap<readonly string[], Set<string>>();

export function ownerHandleSet(ownerNames: readonly string[]): ReadonlySet<string> {
  let set = ownerSets.get(ownerNames);
  if (!set) {
    set = new Set<string>();
    for (const name of ownerNames) {
      const handle = handleOfOwnerEntry(name);
      if (handle) set.add(handle);
    }
    ownerSets.set(ownerNames, set);
  }
  return set;
}
