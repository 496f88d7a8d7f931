import type { OwnPage } from '../../models/settings';
import { handleKey, handleOfOwnerEntry, isXHost, statusFromPath } from './ids';

/** Profile tabs that list the company's posts and the conversations it joined. */
const PROFILE_TABS = new Set(['with_replies']);
/** After /status/<id>: views that still show the conversation (a media viewer over it). */
const STATUS_OVERLAYS = new Set(['photo', 'video']);

/**
 * The handle of a configured X page: from its address (x.com/<handle>, twitter.com/<handle>, "@handle"),
 * else from its name when that is a handle. Lower-case; null when neither names one.
 */
export function handleOfPage(page: OwnPage): string | null {
  return handleOfOwnerEntry(page.url) ?? handleOfOwnerEntry(page.name);
}

/** Handles a search asks for: "@handle" or "to:handle" anywhere in q. */
function searchedHandles(url: URL): Set<string> {
  const q = url.searchParams.get('q') ?? '';
  const found = new Set<string>();
  for (const m of q.matchAll(/(?:^|[^A-Za-z0-9_@])(?:@|to:)([A-Za-z0-9_]{1,15})(?![A-Za-z0-9_])/gi)) found.add(handleKey(m[1]!));
  return found;
}

/**
 * X's reply and post dialogs (/compose/post, formerly /compose/tweet) change the address while the
 * conversation stays rendered behind them.
 */
export function xLayer(url: URL): boolean {
  return isXHost(url.hostname) && /^\/compose(\/|$)/i.test(url.pathname);
}

/**
 * The configured X page this address belongs to, or null: everything else stays untouched.
 * - /<handle> and /<handle>/with_replies of a configured handle;
 * - any status page /<anyone>/status/<id>: a conversation may sit under the company's post or under a customer's
 *   post that mentions it. Which posts get a badge is decided per post (extract), not here. The page is the one
 *   whose handle is in the address, else the first configured X page;
 * - /notifications/mentions (X does not say in the address whose; the first configured X page);
 * - a search for @handle or to:handle.
 */
export function xOwnPage(url: URL, pages: readonly OwnPage[]): OwnPage | null {
  if (!isXHost(url.hostname)) return null;
  const xPages = pages.flatMap((page) => {
    if (page.site !== 'x') return [];
    const handle = handleOfPage(page);
    return handle ? [{ page, handle }] : [];
  });
  if (!xPages.length) return null;
  const byHandle = (handle: string | null | undefined) => (handle ? xPages.find((p) => p.handle === handleKey(handle))?.page ?? null : null);
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0] ?? '';

  const status = statusFromPath(url.pathname);
  if (status) {
    const rest = segments.slice(first.toLowerCase() === 'i' ? (segments[1] === 'web' ? 4 : 3) : 3);
    if (rest.length && !STATUS_OVERLAYS.has(rest[0]!.toLowerCase())) return null;
    return byHandle(status.handle) ?? xPages[0]!.page;
  }
  if (segments.length === 2 && first === 'notifications' && segments[1] === 'mentions') return xPages[0]!.page;
  if (segments.length === 1 && first === 'search') {
    for (const handle of searchedHandles(url)) {
      const page = byHandle(handle);
      if (page) return page;
    }
    return null;
  }
  if (segments.length === 1 || (segments.length === 2 && PROFILE_TABS.has(segments[1]!.toLowerCase()))) return byHandle(first);
  return null;
}
