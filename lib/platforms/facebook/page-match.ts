import type { OwnPage } from '../../models/settings';

const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;
/** Paths that are Facebook's own, never a page's vanity name. */
const RESERVED = new Set(['permalink.php', 'story.php', 'profile.php', 'photo', 'photo.php', 'watch', 'groups', 'pages', 'people', 'events', 'marketplace', 'login', 'settings', 'notifications', 'messages', 'search', 'home.php', 'reel', 'stories', 'p', 'share']);

export interface FacebookPageKey {
  vanity: string | null;
  pageId: string | null;
}

const NUMERIC = /^\d+$/;
/** `p/<Name>-<id>`: Facebook's address for a Page without a username; the id is the part after the last hyphen. */
const P_SLUG_ID = /-(\d+)$/;
const ID_PARAM = /(?:^|[?&])id=(\d+)(?:&|$)/;

/**
 * What a Facebook path names its owner by, the one reading of an address for settings, visited pages and
 * comment authors alike. `facebook.com/<id>`, `profile.php?id=<id>`, `people/<Name>/<id>` and
 * `p/<Name>-<id>` carry the numeric id; `people/<Name>` is only a slug that changes with a rename and that
 * strangers may share, so it is never a key, and `share/<code>` links only redirect and name no page. `path` may start with a slash; `query` is the part after "?", with or without it.
 */
export function facebookPathKey(path: string, query: string): FacebookPageKey {
  let from = path.charCodeAt(0) === 47 ? 1 : 0;
  while (path.charCodeAt(from) === 47) from++;
  const end = (at: number): number => {
    const slash = path.indexOf('/', at);
    return slash < 0 ? path.length : slash;
  };
  const firstEnd = end(from);
  const first = path.slice(from, firstEnd).toLowerCase();
  if (first === 'profile.php') return { vanity: null, pageId: ID_PARAM.exec(query)?.[1] ?? null };
  if (first === 'people' || first === 'pages') {
    const slugEnd = end(firstEnd + 1);
    const id = slugEnd < path.length ? path.slice(slugEnd + 1, end(slugEnd + 1)) : '';
    return { vanity: null, pageId: NUMERIC.test(id) ? id : null };
  }
  if (first === 'p') {
    const slug = path.slice(firstEnd + 1, end(firstEnd + 1));
    return { vanity: null, pageId: P_SLUG_ID.exec(slug)?.[1] ?? null };
  }
  if (NUMERIC.test(first)) return { vanity: null, pageId: first };
  const vanity = first && !RESERVED.has(first) ? decoded(first) : null;
  // A page's name typed where its address belongs ("Bäckerei Sonnenschein") is no vanity: those are one word.
  return { vanity: vanity && !/\s/.test(vanity) ? vanity : null, pageId: null };
}

/** Vanity names are ASCII on Facebook, but a pasted address may carry a letter its link would escape. */
function decoded(segment: string): string {
  if (segment.indexOf('%') < 0) return segment;
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment;
  }
}

/** Reads a configured page address: a vanity path (facebook.com/ShopExample), profile.php?id=…, people/<Name>/<id> or facebook.com/<id>. */
export function pageKeyOf(page: OwnPage): FacebookPageKey {
  const fallback = page.pageId || null;
  // People paste 'facebook.com/Shop' or 'www.facebook.com/Shop' as often as a full address.
  const path = page.url.trim().replace(/^(?:https?:\/\/)?(?:[\w-]+\.)*facebook\.com(?=[/?#]|$)/i, '');
  if (/^[a-z][a-z\d+.-]*:/i.test(path)) return { vanity: null, pageId: fallback };
  const m = /^([^?#]*)(?:\?([^#]*))?/.exec(path)!;
  const key = facebookPathKey(m[1]!, m[2] ?? '');
  return { vanity: key.vanity, pageId: key.pageId ?? fallback };
}

/** The configured own page this Facebook address belongs to, or null: everything else stays untouched. */
export function facebookOwnPage(url: URL, pages: readonly OwnPage[]): OwnPage | null {
  if (!FACEBOOK_HOST.test(url.hostname)) return null;
  const visited = facebookPathKey(url.pathname, url.search.slice(1));
  // permalink.php?story_fbid=…&id=<page id>: a post of the Page with the id in the query. Only where the
  // path names no page itself: facebook.com/othershop?id=<our id> is the other shop, whatever the query says.
  const idParam = visited.vanity === null ? url.searchParams.get('id') : null;
  for (const page of pages) {
    if (page.site !== 'facebook') continue;
    const key = pageKeyOf(page);
    if (key.vanity && visited.vanity === key.vanity) return page;
    if (key.pageId && (visited.pageId === key.pageId || idParam === key.pageId)) return page;
  }
  return null;
}

/** A Facebook address, with or without scheme and subdomain: the path and the query. */
const FB_ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)*facebook\.com\/([^?#]*)(?:\?([^#]*))?/i;

/** What a profile address names its owner by (see facebookPathKey): the vanity (lower case) or the numeric id; null for anything else. */
export function profileKeyOf(address: string): string | null {
  const m = FB_ADDRESS.exec(address.trim());
  if (!m) return null;
  const key = facebookPathKey(m[1]!, m[2] ?? '');
  return key.vanity ?? key.pageId;
}

// Every comment's author is checked against the owners: their addresses are read once per owner list.
const ownerKeySets = new WeakMap<readonly string[], { keys: Set<string>; vanities: boolean; ids: boolean }>();

function ownerKeys(ownerEntries: readonly string[]): { keys: Set<string>; vanities: boolean; ids: boolean } {
  let found = ownerKeySets.get(ownerEntries);
  if (!found) {
    found = { keys: new Set(), vanities: false, ids: false };
    for (const entry of ownerEntries) {
      // A bare number is the Page's id from the settings (OwnPage.pageId).
      const key = NUMERIC.test(entry) ? entry : profileKeyOf(entry);
      if (!key) continue;
      found.keys.add(key);
      if (NUMERIC.test(key)) found.ids = true;
      else found.vanities = true;
    }
    ownerKeySets.set(ownerEntries, found);
  }
  return found;
}

/** Whether a profile address is one of the owner entries that are Facebook addresses or ids (names are skipped). */
export function isOwnerProfile(url: string | null, ownerEntries: readonly string[]): boolean {
  return ownerByAddress(url, ownerEntries) === true;
}

/**
 * What the author's address says about being the Page: true when it is one of the owners' addresses,
 * false when it is plainly someone else's, null when it cannot tell. A vanity cannot be compared with an
 * id: a Page set up as facebook.com/shop may link its comments by its numeric id, so an id the settings
 * do not know (and a vanity where the settings hold only ids) leaves the decision to the name.
 */
export function ownerByAddress(url: string | null, ownerEntries: readonly string[]): boolean | null {
  const { keys, vanities, ids } = ownerKeys(ownerEntries);
  if (keys.size === 0 || url === null) return null;
  const key = profileKeyOf(url);
  if (key === null) return null;
  if (keys.has(key)) return true;
  return (NUMERIC.test(key) ? ids : vanities) ? false : null;
}
