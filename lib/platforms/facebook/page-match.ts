import type { OwnPage } from '../../models/settings';

const FACEBOOK_HOST = /(^|\.)facebook\.com$/i;
/** Paths that are Facebook's own, never a page's vanity name. */
const RESERVED = new Set(['permalink.php', 'story.php', 'profile.php', 'photo', 'photo.php', 'watch', 'groups', 'pages', 'people', 'events', 'marketplace', 'login', 'settings', 'notifications', 'messages', 'search', 'home.php', 'reel', 'stories']);

export interface FacebookPageKey {
  vanity: string | null;
  pageId: string | null;
}

/** Reads a configured page address: a vanity path (facebook.com/ShopExample) or profile.php?id=…. */
export function pageKeyOf(page: OwnPage): FacebookPageKey {
  const key: FacebookPageKey = { vanity: null, pageId: page.pageId || null };
  let url: URL;
  try {
    // People paste 'facebook.com/Shop' or 'www.facebook.com/Shop' as often as a full address.
    const path = page.url.trim().replace(/^(?:https?:\/\/)?(?:[\w-]+\.)*facebook\.com(?=\/|$)/i, '');
    url = new URL(/^https?:\/\//i.test(path) ? path : `https://www.facebook.com/${path.replace(/^\/+/, '')}`);
  } catch {
    return key;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0];
  if (first === 'profile.php') key.pageId = url.searchParams.get('id') ?? key.pageId;
  else if (first === 'people' || first === 'pages') {
    // people/<Name>/<id>: the name is a slug that changes with a rename and that strangers may share; the id is the Page.
    const id = segments[2];
    if (id && NUMERIC.test(id)) key.pageId = id;
    else key.vanity = segments[1]?.toLowerCase() ?? null;
  } else if (first && !RESERVED.has(first)) key.vanity = first.toLowerCase();
  return key;
}

/** The configured own page this Facebook address belongs to, or null: everything else stays untouched. */
export function facebookOwnPage(url: URL, pages: readonly OwnPage[]): OwnPage | null {
  if (!FACEBOOK_HOST.test(url.hostname)) return null;
  const segments = url.pathname.split('/').filter(Boolean);
  const first = segments[0]?.toLowerCase() ?? '';
  const named = first === 'people' || first === 'pages';
  const vanity = named ? segments[1]?.toLowerCase() ?? '' : first;
  const idParam = url.searchParams.get('id');
  // facebook.com/<id> and people/<Name>/<id> carry the Page's id in the path.
  const inPath = named ? segments[2] : segments[0];
  const pathId = inPath && NUMERIC.test(inPath) ? inPath : null;
  for (const page of pages) {
    if (page.site !== 'facebook') continue;
    const key = pageKeyOf(page);
    if (key.vanity && vanity === key.vanity) return page;
    if (key.pageId && (idParam === key.pageId || pathId === key.pageId)) return page;
  }
  return null;
}

/** A Facebook address, with or without scheme and subdomain: the path and the query. */
const FB_ADDRESS = /^(?:https?:\/\/)?(?:[\w-]+\.)*facebook\.com\/([^?#]*)(?:\?([^#]*))?/i;
const ID_PARAM = /(?:^|&)id=(\d+)(?:&|$)/;
const NUMERIC = /^\d+$/;

/**
 * What a profile address names its owner by: the vanity (lower case) or the numeric id, which
 * facebook.com/<id>, profile.php?id=<id> and people/<Name>/<id> all carry. The name in people/… is
 * only a slug anyone's profile may share, so it is not a key. Null for anything else.
 */
export function profileKeyOf(address: string): string | null {
  const m = FB_ADDRESS.exec(address.trim());
  if (!m) return null;
  const path = m[1]!;
  const slash = path.indexOf('/');
  const first = (slash < 0 ? path : path.slice(0, slash)).toLowerCase();
  if (first === 'profile.php') return ID_PARAM.exec(m[2] ?? '')?.[1] ?? null;
  if (first === 'people' || first === 'pages') {
    const id = path.split('/')[2];
    return id && NUMERIC.test(id) ? id : null;
  }
  return first && !RESERVED.has(first) ? first : null;
}

// Every comment's author is checked against the owners: their addresses are read once per owner list.
const ownerKeySets = new WeakMap<readonly string[], Set<string>>();

/** Whether a profile address is one of the owner entries that are Facebook addresses (names are skipped). */
export function isOwnerProfile(url: string | null, ownerEntries: readonly string[]): boolean {
  let keys = ownerKeySets.get(ownerEntries);
  if (!keys) {
    keys = new Set();
    for (const entry of ownerEntries) {
      const key = profileKeyOf(entry);
      if (key) keys.add(key);
    }
    ownerKeySets.set(ownerEntries, keys);
  }
  if (keys.size === 0 || url === null) return false;
  const key = profileKeyOf(url);
  return key !== null && keys.has(key);
}
